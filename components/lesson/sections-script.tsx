import { RENDERED_CLASS, SECTION_CLASS } from "@/lib/content/sections";

import { layOutSectionsWhenIdle } from "./lay-out-sections";

// Runs as the page is parsed, after the page's content (see app/(site)/layout.tsx); the work
// itself waits for the first frame and then for idle time (see layOutSectionsWhenIdle). On a
// page without lesson sections it finds nothing to do.
const script = `(${layOutSectionsWhenIdle.toString()})(${JSON.stringify(SECTION_CLASS)},${JSON.stringify(RENDERED_CLASS)})`;

/**
 * Starts laying out a lesson's skipped sections from the first frame on, before the page's
 * scripts have loaded: a reader who jumps to the end in that moment lands without a shift. The
 * sections' class changes before React hydrates them, hence suppressHydrationWarning on each
 * (lib/content/sections.ts).
 */
export function SectionsScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
