const NUMBER_PREFIX = /^(\d+)[-_.\s]+(?=.)/;

/**
 * Splits a Docusaurus-style number prefix off a file or folder name:
 * `01-intro.mdx` → `{ position: 1, name: "intro.mdx" }`. Names without one are returned as-is.
 */
export function splitNumberPrefix(name: string): { position?: number; name: string } {
  const match = NUMBER_PREFIX.exec(name);
  if (!match?.[1]) return { name };
  return { position: Number(match[1]), name: name.slice(match[0].length) };
}

/** Drops the extension and any number prefix: `02-ecs-deep-dive.mdx` → `ecs-deep-dive`. */
export function baseSlug(fileName: string): string {
  return splitNumberPrefix(fileName.replace(/\.mdx?$/, "")).name;
}

/**
 * Turns a Docusaurus `slug` or `id` into the single URL segment we route on:
 * `/aws/ecs-intro/` → `aws-ecs-intro`. Returns undefined when nothing usable is left.
 */
export function normalizeSlug(raw: string): string | undefined {
  const slug = raw
    .trim()
    .replace(/^\/+|\/+$/g, "")
    .split("/")
    .filter(Boolean)
    .join("-");
  return slug || undefined;
}

/** `ecs-deep_dive` → `Ecs deep dive`: a readable fallback title for a file or folder name. */
export function humanize(name: string): string {
  const words = name.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const VALID_SLUG = /^[a-z0-9][a-z0-9._~-]*$/i;

/** Whether a slug is safe to use as a URL segment as-is. */
export function isValidSlug(slug: string): boolean {
  return VALID_SLUG.test(slug);
}
