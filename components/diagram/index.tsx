import { STEPS } from "@/lib/diagram/graph";

import { DiagramLoader } from "./diagram-loader";

/**
 * The interactive architecture diagram: developer → ECR → ECS/Fargate → load balancer → users.
 *
 * ```mdx
 * <ArchitectureDiagram />
 * <ArchitectureDiagram step={3} launchType="ec2" tasks={4} />
 * ```
 *
 * `step` (1–5) is the workflow step shown first, `launchType` "fargate" (default) or "ec2",
 * `tasks` the starting desired count (1–10). A `?step=N` in the page URL wins over `step`.
 * React Flow loads only when the diagram is about to scroll into view; the text version below
 * it is what prints and what shows without JavaScript.
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
  return (
    <figure className="not-prose my-8" data-architecture-diagram="">
      <DiagramLoader initialStep={step} initialLaunchType={launchType} initialTasks={tasks} />
      <figcaption className="mt-4">
        <p className="text-sm font-semibold text-slate-900 dark:text-white">
          The flow, step by step
        </p>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm text-slate-700 dark:text-slate-300">
          {STEPS.map((s) => (
            <li key={s.id}>
              <strong>{s.title}:</strong> {s.narration}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
