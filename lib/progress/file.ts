import { checkVersion } from "./migrate";
import {
  EXPORT_FORMAT,
  exportFileSchema,
  MAX_ATTEMPTS,
  PROGRESS_VERSION,
  type ProgressData,
} from "./schema";

/**
 * Largest import accepted, checked against the file's size before it is read. A real export
 * is a few hundred kilobytes; the most a browser can store (localStorage holds about 5 MB)
 * exports to less than this.
 */
export const MAX_IMPORT_BYTES = 8_000_000;

/** The reason a file of `bytes` is refused unread, or undefined when its size is acceptable. */
export function fileTooLarge(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `This file is too large (${megabytes(bytes)}): a Dockside progress export is at most ${megabytes(MAX_IMPORT_BYTES)}.`;
}

/** The reason an import is refused when it would make more attempts than can be kept. */
export const TOO_MANY_ATTEMPTS = `Together with your progress it would make more than ${MAX_ATTEMPTS.toLocaleString("en-US")} attempts, more than this browser can keep.`;

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}

/**
 * The export file for `data`: finished attempts and read marks (attempts in progress stay).
 * Indented, with one attempt a line: readable, and about half the size of indenting every
 * level, so what a browser can store always fits under `MAX_IMPORT_BYTES`.
 */
export function toExportFile(data: ProgressData, now: Date): string {
  const progress = { ...data, active: [], clearedAt: null } satisfies ProgressData;
  const attempts = progress.attempts.map((attempt) => `      ${JSON.stringify(attempt)}`);
  const list = attempts.length > 0 ? `[\n${attempts.join(",\n")}\n    ]` : "[]";
  const file = {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    progress: { ...progress, attempts: "\u0000attempts" },
  };
  return `${JSON.stringify(file, null, 2).replace('"\\u0000attempts"', () => list)}\n`;
}

/** File name for an export made on `now`: `dockside-progress-2026-09-21.json`. */
export function exportFileName(now: Date): string {
  return `dockside-progress-${now.toISOString().slice(0, 10)}.json`;
}

export type ParsedFile = { ok: true; data: ProgressData } | { ok: false; reason: string };

/**
 * Reads an export file. Refuses, with a reason a learner can act on, anything that is not
 * JSON, not a Dockside progress export, from a newer version of Dockside, or damaged (which
 * includes ids of the wrong form and lists over their limits). An older version's export is
 * migrated, and dates later than `now` are clamped (dates.ts).
 */
export function parseProgressFile(text: string, now: Date = new Date()): ParsedFile {
  // The caller checks the file's size before reading it (`fileTooLarge`); this catches text
  // that came another way. Each character is at least a byte.
  const tooLarge = fileTooLarge(text.length);
  if (tooLarge) return { ok: false, reason: tooLarge };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: "This file is not valid JSON, so it is not a Dockside progress export.",
    };
  }
  const file = exportFileSchema.safeParse(value);
  if (!file.success) {
    return {
      ok: false,
      reason: `This is not a Dockside progress export: it lacks "format": "${EXPORT_FORMAT}" and its version.`,
    };
  }
  const result = checkVersion(file.data.progress, file.data.version, now);
  switch (result.kind) {
    case "ok":
      return { ok: true, data: { ...result.data, active: [], clearedAt: null } };
    case "newer":
      return {
        ok: false,
        reason: `This export comes from a newer version of Dockside (format ${file.data.version}); this site reads formats up to ${PROGRESS_VERSION}. Import it on the site that made it, or after this one is updated.`,
      };
    default:
      return { ok: false, reason: `This export cannot be used: ${result.reason}.` };
  }
}
