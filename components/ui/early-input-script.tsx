import { EARLY_INPUT_SCRIPT } from "./early-input";

/** Keeps keys and clicks made before the page is live (see components/ui/early-input.ts). */
export function EarlyInputScript() {
  return <script dangerouslySetInnerHTML={{ __html: EARLY_INPUT_SCRIPT }} />;
}
