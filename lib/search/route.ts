/**
 * The address a prerendered or exported HTML file is served at, from its path relative to the
 * site folder: `lessons/ecs/index.html` (and `lessons/ecs.html`) are `/lessons/ecs/`, as the site
 * links its pages with a trailing slash; `index.html` is `/`. Path separators may be either slash.
 */
export function routeForHtmlFile(relativePath: string): string {
  const parts = relativePath.replaceAll("\\", "/").split("/").filter(Boolean);
  const last = parts.pop() ?? "";
  const name = last.replace(/\.html$/, "");
  if (name !== "index") parts.push(name);
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
}
