import { getContentPaths } from "@/lib/content";
import { buildGraph } from "@/lib/diagram/graph";
import { diagramSizes } from "@/lib/diagram/layout";
import { loadDiagramContent } from "@/lib/diagram/load";

import { LabClientLazy } from "./lab.lazy";

/**
 * The lesson's lab: a simulated AWS account in the browser, with a console for `aws` and
 * `docker` commands, an editor for the lab's files and a list of what the account holds, also
 * drawn as the architecture diagram. Put it once, near the top of a hands-on lesson:
 *
 * ```mdx
 * <Lab />
 * ```
 *
 * It shows a short card with a button that opens the lab in a drawer at the bottom of the
 * window. Code blocks marked ` ```bash run ` get a "Run in the lab" button, and blocks marked
 * ` ```json title="taskdef.json" file ` an "Open in the editor" button (see
 * lib/content/lab-code.ts). On a slide it is a short note; without JavaScript the card says
 * the lab needs it.
 */
export function Lab() {
  const words = loadDiagramContent(getContentPaths());
  // The account's diagram walks no steps or flows: their words stay out of the page.
  const content = { ...words, steps: [], flows: [] };
  const empty = buildGraph(content, { launchType: "fargate", desiredCount: 0, tasks: [] });
  // Where the drawer is wide the account is drawn landscape (components/diagram/diagram-canvas.tsx):
  // its placeholder takes that shape.
  return <LabClientLazy diagram={{ content, sizes: diagramSizes(empty, "landscape") }} />;
}
