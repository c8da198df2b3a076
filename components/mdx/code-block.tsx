import { CopyButton } from "./copy-button";
import { LabCodeButtons } from "./lab-code-buttons";

type PreProps = React.ComponentProps<"pre"> & {
  // Set by lib/content/lab-code.ts from the fence's `run` and `file` flags.
  "data-lab-run"?: string;
  "data-lab-file"?: string;
};

/**
 * A highlighted code block (from a fenced block in MDX) with a copy button, and the lab's
 * buttons on blocks marked for it.
 */
export function CodeBlock(props: PreProps) {
  const run = props["data-lab-run"] !== undefined;
  const file = props["data-lab-file"];
  return (
    <div className="code-block relative">
      <pre {...props} />
      <div className="no-print absolute top-2 right-2 flex gap-2">
        {run || file ? <LabCodeButtons run={run} file={file} /> : null}
        <CopyButton />
      </div>
    </div>
  );
}
