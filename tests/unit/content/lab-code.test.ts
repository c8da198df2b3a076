import { toHtml } from "hast-util-to-html";
import rehypePrettyCode from "rehype-pretty-code";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";

import { metaFlags, rehypeLabCode } from "@/lib/content/lab-code";

/** Markdown through the same rehype steps as a lesson: rehype-pretty-code, then ours. */
async function render(markdown: string) {
  const problems: { line: number | undefined; message: string }[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypePrettyCode, { theme: "github-light", defaultLang: { block: "text" } })
    .use(rehypeLabCode, (line: number | undefined, message: string) =>
      problems.push({ line, message }),
    );
  const tree = await processor.run(processor.parse(markdown));
  return { html: toHtml(tree), problems };
}

describe("metaFlags", () => {
  it("finds the words of a meta string, not titles, line ranges or character ranges", () => {
    expect(metaFlags('title="Run this file" {2,4-5} run /aws/#x')).toEqual(["run"]);
    expect(metaFlags('file title="taskdef.json" showLineNumbers')).toEqual([
      "file",
      "showLineNumbers",
    ]);
    expect(metaFlags("")).toEqual([]);
  });
});

describe("rehypeLabCode", () => {
  it("marks a block flagged run with data-lab-run on its pre", async () => {
    const { html, problems } = await render(
      '```bash title="Create the repository" {1} run\naws ecr create-repository --repository-name web\n```\n',
    );
    expect(problems).toEqual([]);
    expect(html).toMatch(/<pre[^>]* data-lab-run=""/);
    expect(html).not.toContain("data-lab-file");
    // The title and highlighted line are rehype-pretty-code's, as before.
    expect(html).toContain("Create the repository</figcaption>");
    expect(html).toContain("data-highlighted-line");
  });

  it("names the file of a block flagged file after its title", async () => {
    const { html } = await render('```json title="taskdef.json" file\n{"family": "web"}\n```\n');
    expect(html).toMatch(/<pre[^>]* data-lab-file="taskdef.json"/);
    expect(html).not.toContain("data-lab-run");
  });

  it("leaves blocks without flags alone, even when a title says run", async () => {
    const { html } = await render('```bash title="run file"\nls\n```\n\n```\nplain\n```\n');
    expect(html).not.toContain("data-lab-");
  });

  it("reports a file block without a title, at the line of its fence", async () => {
    const { html, problems } = await render("Text.\n\n```json file\n{}\n```\n");
    expect(html).not.toContain("data-lab-file");
    expect(problems).toEqual([
      { line: 3, message: "a code block marked `file` has no title to name the file" },
    ]);
  });
});
