/**
 * Tab completion for `aws …`: services, operations (and `wait` with its waiters), the flags an
 * operation has not been given yet (required first), enum values after a flag that takes one,
 * and `file://` after any other flag that takes a value.
 */
import {
  type FlagSpec,
  getCommand,
  getShape,
  getWaiterCommand,
  operationNames,
  serviceNames,
  waiterNames,
} from "./api";
import { globalOptionNames } from "./parse";

const GLOBAL_CHOICES: Record<string, readonly string[]> = {
  "--output": ["json", "text", "table", "yaml", "yaml-stream"],
  "--color": ["on", "off", "auto"],
  "--cli-binary-format": ["base64", "raw-in-base64-out"],
};
const GLOBAL_FLAGS_WITHOUT_VALUE = new Set([
  "--debug",
  "--no-verify-ssl",
  "--no-paginate",
  "--no-sign-request",
  "--no-cli-pager",
  "--cli-auto-prompt",
  "--no-cli-auto-prompt",
  "--version",
]);

function startsWith(candidates: readonly string[], partial: string): string[] {
  return candidates.filter((c) => c.startsWith(partial));
}

/** Candidates for the word being typed (`partial`) after `words` (with or without `aws` first). */
export function completeAws(words: string[], partial: string): string[] {
  const typed = words[0] === "aws" ? words.slice(1) : [...words];
  const positional: string[] = [];
  const used = new Set<string>();
  let previous: string | undefined;
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i] as string;
    if (word.startsWith("--")) {
      used.add(word.split("=")[0] as string);
      previous = word;
      continue;
    }
    const takesValue =
      previous !== undefined &&
      !GLOBAL_FLAGS_WITHOUT_VALUE.has(previous) &&
      globalOptionNames().includes(previous);
    if (!takesValue) positional.push(word);
    previous = undefined;
  }
  const last = typed[typed.length - 1];
  const [service, operation, waiter] = positional;

  if (last && GLOBAL_CHOICES[last]) return startsWith(GLOBAL_CHOICES[last] ?? [], partial);
  if (service === undefined) {
    if (partial.startsWith("-")) return startsWith(globalOptionNames(), partial);
    return startsWith([...serviceNames(), "help"], partial);
  }
  if (operation === undefined) {
    const names = [...operationNames(service)];
    if (waiterNames(service).length > 0) names.push("wait");
    return startsWith([...names, "help"], partial);
  }
  if (operation === "wait" && waiter === undefined)
    return startsWith(waiterNames(service), partial);
  const command =
    operation === "wait" ? getWaiterCommand(service, waiter ?? "") : getCommand(service, operation);
  if (!command) return [];

  const flag: FlagSpec | undefined =
    last !== undefined ? command.flags.find((f) => `--${f.flag}` === last) : undefined;
  if (flag && flag.kind !== "true" && flag.kind !== "false") {
    const values = flag.choices ?? (flag.shape ? getShape(service, flag.shape)?.enum : undefined);
    if (values) return startsWith(values, partial);
    return startsWith(["file://", "fileb://"], partial);
  }
  if (last === "--cli-input-json" || last === "--cli-input-yaml")
    return startsWith(["file://"], partial);

  const usedDests = new Set(
    command.flags.filter((f) => used.has(`--${f.flag}`)).map((f) => f.dest),
  );
  const open = command.flags.filter((f) => !usedDests.has(f.dest));
  const ordered = [...open.filter((f) => f.required), ...open.filter((f) => !f.required)].map(
    (f) => `--${f.flag}`,
  );
  if (!command.custom && !used.has("--cli-input-json") && !used.has("--cli-input-yaml")) {
    ordered.push("--cli-input-json", "--cli-input-yaml");
  }
  return startsWith(ordered, partial);
}
