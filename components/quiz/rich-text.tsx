import { splitInlineCode } from "@/lib/quiz/text";

/** Quiz text, with `backticked` runs shown as inline code. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {splitInlineCode(text).map((run, index) =>
        run.code ? (
          <code
            key={index}
            className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] break-words text-slate-800 dark:bg-slate-800 dark:text-slate-200"
          >
            {run.text}
          </code>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}
