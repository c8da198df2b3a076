/**
 * Source-level rewrites that make Markdown written for Docusaurus valid MDX for our pipeline.
 * Every rewrite keeps the number of lines, so error lines still match the author's file.
 * Code fences are left untouched.
 *
 * - `:::tip Title` becomes `:::tip[Title]` (Docusaurus accepts both; remark-directive only the latter).
 * - `## Heading {#custom-id}` has its brace escaped so MDX reads it as text; the heading plugin
 *   in `remark.ts` then takes the id off the end of the heading. (Docusaurus does the same.)
 * - HTML comments `<!-- … -->`, invalid in MDX, become MDX comments.
 */
export function preprocessMdx(source: string): string {
  const lines = source.split("\n");
  let fence: string | undefined;
  return lines
    .map((line) => {
      const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fenceMatch?.[1]) {
        const marker = fenceMatch[1];
        if (!fence) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
          fence = undefined;
        return line;
      }
      if (fence) return line;
      return line
        .replace(
          /^(\s*:{3,}[a-z]+)[ \t]+(?![[{])(\S.*?)\s*$/,
          (_, head: string, title: string) => `${head}[${title.replace(/[[\]]/g, "\\$&")}]`,
        )
        .replace(/^(\s*#{1,6}\s.*?)\s*\{#([\w.:-]+)\}\s*$/, "$1 \\{#$2}")
        .replace(/<!--/g, "{/*")
        .replace(/-->/g, "*/}");
    })
    .join("\n");
}
