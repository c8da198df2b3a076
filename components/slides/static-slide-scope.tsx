"use client";

import { SlideScopeProvider } from "./slide-scope";

const STATIC = { live: false };

/** Marks slides as static copies (the presenter's preview, the handout): no interactive widgets. */
export function StaticSlideScope({ children }: { children: React.ReactNode }) {
  return <SlideScopeProvider value={STATIC}>{children}</SlideScopeProvider>;
}
