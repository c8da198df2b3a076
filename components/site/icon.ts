import type { Metadata } from "next";

// The course's mark as the header's logo draws it (components/site/header-bar.tsx: change both
// together), with the accent colour written out, as a tab has no stylesheet.
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b6aa2"/><path d="M7 18h18l-2.5 6h-13z" fill="#fff"/><path d="M10 11h4v5h-4zM15 11h4v5h-4zM15 6h4v4h-4z" fill="#fff" opacity=".85"/></svg>';

/**
 * Every document's icon, inside the page as a data: URL. A file would be one more request on
 * every load (revalidated each time, as its name does not change), made before the first paint.
 */
export const siteIcons: Metadata["icons"] = {
  icon: { url: `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`, type: "image/svg+xml" },
};
