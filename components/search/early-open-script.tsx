import { opensSearch } from "@/lib/search/shortcut";

import {
  BUTTON_ATTRIBUTE,
  EARLY_OPEN_ATTRIBUTE,
  LIVE_ATTRIBUTE,
  noteEarlyOpen,
} from "./early-open";

const script = `(${noteEarlyOpen.toString()})(${opensSearch.toString()},${JSON.stringify(EARLY_OPEN_ATTRIBUTE)},${JSON.stringify(LIVE_ATTRIBUTE)},${JSON.stringify(BUTTON_ATTRIBUTE)})`;

/**
 * Runs as the header is parsed: search asked for before the page's scripts are live is not
 * lost (noteEarlyOpen).
 */
export function EarlyOpenScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
