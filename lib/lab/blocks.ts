/**
 * The lab's view of a lesson: its code blocks that run in the console, in order. An author marks
 * them in the fence's meta:
 *
 * ```md
 * ```bash title="Create the repository" run
 * ```json title="taskdef.json" file
 * ```bash title="A pair Fargate does not offer" run fails="No Fargate configuration"
 * ```bash title="See it answer" run prints="Hello from Fargate"
 * ```
 *
 * `run` blocks paste into the console; `file` blocks load into the lab's editor under their
 * title. `fails="…"` marks a block that must fail with that text in its output (the "break it"
 * steps); `prints="…"`, one that must succeed and print that text.
 * The same marks drive the "Run in the lab" buttons and the test that runs the whole lesson.
 */

export interface LabBlock {
  /** 1-based line of the opening fence in the lesson file. */
  line: number;
  lang: string;
  title?: string;
  kind: "run" | "file";
  /** For `fails="…"`: the block must fail, and its output contain this text. */
  fails?: string;
  /** For `prints="…"`: the block must succeed, and its output contain this text. */
  prints?: string;
  code: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/;

/** Reads the fence meta words: `run`, `file`, `title="…"`, `fails="…"`, `prints="…"`. */
export function parseMeta(meta: string): {
  run: boolean;
  file: boolean;
  title?: string;
  fails?: string;
  prints?: string;
} {
  const quoted = new Map<string, string>();
  const bare = meta.replace(/([\w-]+)="([^"]*)"/g, (_, key: string, value: string) => {
    quoted.set(key, value);
    return " ";
  });
  const words = new Set(bare.split(/\s+/).filter(Boolean));
  return {
    run: words.has("run"),
    file: words.has("file"),
    title: quoted.get("title"),
    fails: quoted.get("fails"),
    prints: quoted.get("prints"),
  };
}

/** Every `run` and `file` block of an MDX source, in document order. */
export function extractLabBlocks(source: string): LabBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: LabBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent = "", fence = "```", lang = "", meta = ""] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (
        line.trimStart().startsWith(fence[0]!.repeat(fence.length)) &&
        line.trim().replace(/[`~]/g, "") === ""
      )
        break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    const flags = parseMeta(meta);
    if (flags.run || flags.file) {
      blocks.push({
        line: i + 1,
        lang,
        title: flags.title,
        kind: flags.file ? "file" : "run",
        fails: flags.fails,
        prints: flags.prints,
        code: body.join("\n"),
      });
    }
    i = j;
  }
  return blocks;
}
