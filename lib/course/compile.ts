import path from "node:path";

import { bundleMDX } from "mdx-bundler";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import remarkDirective from "remark-directive";
import remarkEmoji from "remark-emoji";
import remarkGfm from "remark-gfm";

import type { Root } from "mdast";

import { forAudience, remarkAudience, SLIDE_WORD_LIMIT, wordySlides } from "../slides/audience";
import { deckParts, remarkSlides, type SlidesOptions } from "../slides/remark";
import type { ContentProblem } from "../content/errors";
import { rehypeLabCode } from "../content/lab-code";
import { preprocessMdx } from "../content/preprocess";
import {
  remarkAdmonitions,
  remarkCheckReferences,
  remarkDocusaurusImports,
  remarkHeadings,
  remarkRestoreDirectives,
  type ReferenceContext,
  type Report,
  type TocEntry,
} from "../content/remark";
import { rehypeSections } from "../content/sections";

export interface CompileOptions extends ReferenceContext {
  /** Path shown in error messages, relative to the project root. */
  displayPath: string;
  tocMinDepth: number;
  tocMaxDepth: number;
  /** The lesson's title, for the deck's title slide when the content check measures it. */
  lessonTitle?: string;
  /** Compile the lesson as a deck of slides (see lib/slides/remark.ts) instead of a page. */
  slides?: SlidesOptions;
}

export interface CompiledMdx {
  /** The bundled MDX module, for `getMDXComponent` from `mdx-bundler/client`. */
  code: string;
  toc: TocEntry[];
  /** The id of every heading in the body, at any depth: what `#fragment`s may point at. */
  headingIds: string[];
  /** Text of a leading `# Title`, lifted out of the body. */
  leadingTitle?: string;
}

const prettyCodeOptions: PrettyCodeOptions = {
  // github-light's red and green tokens fall just short of 4.5:1 on our light code background.
  theme: { light: "github-light-high-contrast", dark: "github-dark-dimmed" },
  // The lab's fails="…" and prints="…" marks are not rehype-pretty-code's "…" text highlights.
  filterMetaString: (meta) => meta.replace(/\b(?:fails|prints)="[^"]*"/g, ""),
  keepBackground: false,
  defaultLang: { block: "text" },
};

/**
 * Compiles one lesson's MDX source with mdx-bundler: Docusaurus admonitions and heading ids,
 * GFM, emoji, build-time syntax highlighting (shiki), and checks of links, images and
 * components. Returns the code, or every problem found, each with its line.
 */
export async function compileMdx(
  source: string,
  options: CompileOptions,
): Promise<{ result?: CompiledMdx; problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  // What the author should look at but that does not stop the build (a wordy slide).
  const warnings: ContentProblem[] = [];
  const report: Report = (node, message, hint) =>
    problems.push({ file: options.displayPath, line: node.position?.start.line, message, hint });
  const toc: TocEntry[] = [];
  const headingIds: string[] = [];
  const leading: { title?: string } = {};

  let code: string;
  try {
    ({ code } = await bundleMDX({
      // A string, not a VFile with the real path: @mdx-js/esbuild would re-read the file from
      // disk and skip the preprocessing.
      source: preprocessMdx(source),
      cwd: path.dirname(options.file),
      mdxOptions(mdx) {
        mdx.remarkPlugins = [
          ...(mdx.remarkPlugins ?? []),
          remarkGfm,
          remarkDirective,
          remarkRestoreDirectives,
          remarkDocusaurusImports(report),
          remarkAdmonitions(report),
          remarkEmoji,
          // The page compile is the one every check runs, so it also measures the deck's slides.
          ...(options.slides
            ? []
            : [
                () => (tree: Root) => {
                  const deck = forAudience([...tree.children], "slides");
                  deckParts(deck, {
                    title: options.lessonTitle ?? "",
                    onContinued: (slide) => {
                      // Before remarkHeadings, a title still carries its `{#custom-id}`.
                      const title = slide.title?.replace(/\s*\{#[^}]*\}\s*$/, "");
                      for (const line of slide.lines) {
                        warnings.push({
                          file: options.displayPath,
                          line,
                          message: `${title ? `slide "${title}"` : "the title slide"} does not fit a slide at readable sizes, so it continues on a next slide from here`,
                          hint: "shorten it, move detail into <Notes> or <ReaderOnly>, or start a new ## slide where it reads best",
                        });
                      }
                    },
                  });
                  for (const slide of wordySlides(tree.children)) {
                    warnings.push({
                      file: options.displayPath,
                      line: slide.line,
                      message: `${slide.title ? `slide "${slide.title}"` : "the title slide"} has ${slide.words} words of body text, more than about ${SLIDE_WORD_LIMIT} read well on a projector`,
                      hint: "move the longer prose into <Notes> or a <ReaderOnly> block; code, tables and figures do not count",
                    });
                  }
                },
              ]),
          remarkAudience(options.slides ? "slides" : "page"),
          remarkHeadings({
            toc,
            ids: headingIds,
            leading,
            report,
            minDepth: options.tocMinDepth,
            maxDepth: options.tocMaxDepth,
          }),
          remarkCheckReferences(options, report),
          ...(options.slides ? [remarkSlides({ ...options.slides, leading })] : []),
        ];
        mdx.rehypePlugins = [
          ...(mdx.rehypePlugins ?? []),
          [rehypePrettyCode, prettyCodeOptions],
          // After rehype-pretty-code: it reads the fence's meta, and builds the <pre> we mark.
          [
            rehypeLabCode,
            (line: number | undefined, message: string, hint?: string) =>
              problems.push({ file: options.displayPath, line, message, hint }),
          ],
          // A page is read top to bottom, so its off-screen sections can wait; slides are cut
          // their own way (lib/slides/remark.ts).
          ...(options.slides ? [] : [rehypeSections]),
        ];
        return mdx;
      },
      esbuildOptions(esbuild) {
        esbuild.minify = true;
        esbuild.target = "es2022";
        esbuild.logLevel = "silent";
        return esbuild;
      },
    }));
  } catch (error) {
    return { problems: [...problems, ...bundleProblems(error, options.displayPath)], warnings };
  }
  if (problems.length > 0) return { problems, warnings };
  return { result: { code, toc, headingIds, leadingTitle: leading.title }, problems, warnings };
}

interface EsbuildMessage {
  text: string;
  location?: { line: number; column: number } | null;
}

/** Turns an esbuild/MDX failure into problems with lines and a hint where we know one. */
function bundleProblems(error: unknown, file: string): ContentProblem[] {
  const messages: EsbuildMessage[] =
    typeof error === "object" && error !== null && "errors" in error && Array.isArray(error.errors)
      ? (error.errors as EsbuildMessage[])
      : [{ text: error instanceof Error ? error.message : String(error) }];
  return messages.map((message) => ({
    file,
    line: lineOf(message),
    message: cleanMessage(message.text),
    hint: hintFor(message.text),
  }));
}

/**
 * The line of an esbuild/MDX error. MDX puts the real place in parentheses (`(7:1-7:6)`) when
 * its wrapper says `1:1`; esbuild's own location is 0 when it has none.
 */
function lineOf(message: EsbuildMessage): number | undefined {
  const body = message.text.replace(/^Cannot process MDX file with esbuild:\s*/, "");
  const inParentheses = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(body);
  if (inParentheses?.[1]) return Number(inParentheses[1]);
  if (message.location?.line) return message.location.line;
  const leading = /^(\d+):\d+/.exec(body);
  return leading?.[1] ? Number(leading[1]) : undefined;
}

/** Drops esbuild's wrapper line and the `line:column:` prefix MDX puts before its reason. */
function cleanMessage(text: string): string {
  const body = text.replace(/^Cannot process MDX file with esbuild:\s*/, "");
  return (
    body
      .replace(/^\d+:\d+(-\d+:\d+)?:\s*/, "")
      .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, "")
      .split("\n")[0] ?? "could not compile"
  );
}

function hintFor(text: string): string | undefined {
  if (/Could not resolve/.test(text)) {
    return "lessons cannot import modules; use the components listed in the README's authoring section";
  }
  if (
    /acorn|expression|Unexpected character|closing tag|Expected a closing|end of file/i.test(text)
  ) {
    return "MDX reads < and { as JSX: write &lt; and \\{ in prose, or put code in backticks; close every tag";
  }
  return undefined;
}
