import { getContentPaths } from "@/lib/content";
import { buildGraph } from "@/lib/diagram/graph";
import { diagramSizes } from "@/lib/diagram/layout";
import { loadDiagramContent } from "@/lib/diagram/load";

import { DiagramLoaderLazy } from "./diagram-loader.lazy";

/**
 * The interactive architecture diagram: the developer and the users outside AWS; in the Region,
 * ECR, ECS, Fargate, IAM and CloudWatch Logs, and a VPC across two Availability Zones with the
 * load balancer in the public subnets and the tasks in the private ones.
 *
 * ```mdx
 * <ArchitectureDiagram />
 * <ArchitectureDiagram step={3} launchType="ec2" tasks={4} />
 * ```
 *
 * `step` (1–5) is the workflow step shown first, `launchType` "fargate" (default) or "ec2",
 * `tasks` the starting desired count (1–10). A `?step=N` in the page URL wins over `step`.
 * What it says comes from content/_data/diagram.yaml. React Flow loads only when the diagram is
 * about to scroll into view or gets keyboard focus; the text version below it shows without
 * JavaScript.
 */
export function ArchitectureDiagram({
  step = 0,
  launchType = "fargate",
  tasks = 2,
}: {
  step?: number;
  launchType?: "fargate" | "ec2";
  tasks?: number;
}) {
  const content = loadDiagramContent(getContentPaths());
  const graph = buildGraph(content, { launchType, desiredCount: tasks });
  const sizes = diagramSizes(graph, "portrait");
  return (
    <figure className="not-prose my-8" data-architecture-diagram="">
      <DiagramLoaderLazy
        content={content}
        sizes={sizes}
        initialStep={step}
        initialLaunchType={launchType}
        initialTasks={tasks}
      />
      <figcaption className="mt-4">
        <p className="text-sm font-semibold text-slate-900 dark:text-white">
          The flow, step by step
        </p>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm text-slate-700 dark:text-slate-300">
          {content.steps.map((s) => (
            <li key={s.id}>
              <strong>{s.title}:</strong> {s.narration}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
