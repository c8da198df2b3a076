import { CopyButton } from "./copy-button";

/** A highlighted code block (from a fenced block in MDX) with a copy button. */
export function CodeBlock(props: React.ComponentProps<"pre">) {
  return (
    <div className="code-block relative">
      <pre {...props} />
      <CopyButton />
    </div>
  );
}
