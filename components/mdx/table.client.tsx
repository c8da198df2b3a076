"use client";

import { useId, useLayoutEffect, useRef, useState } from "react";

/** What names a scrolling table: its caption, else the heading it sits under. */
type Name = { labelledBy: string } | { label: string };

/**
 * The heading a table sits under: the nearest heading before it in the document, looking back
 * through its own and its ancestors' earlier siblings.
 */
function headingBefore(element: HTMLElement): HTMLElement | undefined {
  for (let at: HTMLElement | null = element; at && at !== document.body; at = at.parentElement) {
    for (let before = at.previousElementSibling; before; before = before.previousElementSibling) {
      if (/^H[1-6]$/.test(before.tagName)) return before as HTMLElement;
      const inside = before.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6");
      if (inside.length > 0) return inside[inside.length - 1];
    }
  }
  return undefined;
}

function nameOf(region: HTMLElement, captionId: string): Name | undefined {
  const caption = region.querySelector("caption");
  if (caption) {
    if (!caption.id) caption.id = captionId;
    return { labelledBy: caption.id };
  }
  const heading = headingBefore(region);
  if (!heading) return undefined;
  // Preview copies of a slide drop their headings' ids (an id must be unique in a page).
  return heading.id ? { labelledBy: heading.id } : { label: heading.textContent?.trim() ?? "" };
}

/**
 * A wide table scrolls sideways inside the page instead of widening it (phones). Only while it
 * does is it a named, focusable region, so keyboard users can scroll it; a table that fits is
 * no tab stop. The name is its caption or the heading it sits under, so a screen reader's list
 * of regions tells the tables apart.
 */
export function TableScroller({ children }: { children: React.ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const [scrolls, setScrolls] = useState(false);
  const [name, setName] = useState<Name>();

  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    const check = () => {
      const overflows = element.scrollWidth > element.clientWidth + 1;
      setScrolls(overflows);
      if (overflows) setName(nameOf(element, captionId));
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [captionId]);

  const named = !scrolls
    ? {}
    : name && "labelledBy" in name
      ? { "aria-labelledby": name.labelledBy }
      : { "aria-label": name?.label || "Table" };
  return (
    <div
      ref={region}
      className="my-6 overflow-x-auto"
      data-table-scroller=""
      {...(scrolls ? { role: "region", tabIndex: 0, ...named } : {})}
    >
      {children}
    </div>
  );
}
