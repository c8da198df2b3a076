import { checkVersion } from "./migrate";
import { EXPORT_FORMAT, exportFileSchema, PROGRESS_VERSION, type ProgressData } from "./schema";

/** Largest import accepted; a real export is a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 5_000_000;

/** The export file for `data`: finished attempts and read marks (attempts in progress stay). */
export function toExportFile(data: ProgressData, now: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    progress: { ...data, active: [], clearedAt: null } satisfies ProgressData,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File name for an export made on `now`: `dockside-progress-2026-09-21.json`. */
export function exportFileName(now: Date): string {
  return `dockside-progress-${now.toISOString().slice(0, 10)}.json`;
}

export type ParsedFile = { ok: true; data: ProgressData } | { ok: false; reason: string };

/**
 * Reads an export file. Refuses, with a reason a learner can act on, anything that is not
 * JSON, not a Dockside progress export, from a newer version of Dockside, or damaged. An older
 * version's export is migrated.
 */
export function parseProgressFile(text: string): ParsedFile {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, reason: "This file is too large to be a Dockside progress export." };
  }
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
  const result = checkVersion(file.data.progress, file.data.version);
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
