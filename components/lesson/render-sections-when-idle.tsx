"use client";

import { useEffect } from "react";

import { RENDERED_CLASS, SECTION_CLASS } from "@/lib/content/sections";

import { layOutSectionsWhenIdle } from "./lay-out-sections";

/**
 * The browser skips the layout of lesson sections far off screen, so the first frame is quick
 * (see lib/content/sections.ts); in idle time they are laid out for good
 * (layOutSectionsWhenIdle). The page's HTML starts that with an inline script (SectionsScript,
 * in the site layout); this effect covers a lesson reached by client-side navigation, and picks
 * up whatever the script has not done yet.
 */
export function RenderSectionsWhenIdle() {
  useEffect(() => layOutSectionsWhenIdle(SECTION_CLASS, RENDERED_CLASS), []);
  return null;
}
