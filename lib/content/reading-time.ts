/** Words per minute an average adult reads technical prose at. */
const WORDS_PER_MINUTE = 200;

/**
 * Estimates minutes to read a lesson's source. Frontmatter, JSX tags and markup are skipped;
 * code counts at half speed because readers slow down for it. Never less than one minute.
 */
export function estimateReadingMinutes(source: string): number {
  let prose = 0;
  let code = 0;
  let inFence = false;
  for (const line of source.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    const words = countWords(inFence ? line : line.replace(/<[^>]*>/g, " "));
    if (inFence) code += words;
    else prose += words;
  }
  return Math.max(1, Math.round((prose + code * 2) / WORDS_PER_MINUTE));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
