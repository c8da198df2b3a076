import { describe, expect, it } from "vitest";

import { PROGRESS_VERSION } from "@/lib/progress/schema";

import {
  exportFileName,
  fileTooLarge,
  MAX_IMPORT_BYTES,
  parseProgressFile,
  toExportFile,
} from "@/lib/progress/file";

import { active, attempt, progress, progressFile } from "./helpers";

describe("export files", () => {
  it("round-trip: what is exported imports back, without attempts in progress", () => {
    const data = progress({
      attempts: [attempt({ id: "a" }), attempt({ id: "b", mode: "practice" })],
      active: [active()],
      read: { one: { read: true, at: "2026-05-01T10:00:00.000Z" } },
    });
    const text = toExportFile(data, new Date("2026-05-02T08:00:00Z"));
    expect(JSON.parse(text)).toMatchObject({
      format: "dockside-progress",
      version: PROGRESS_VERSION,
    });
    const parsed = parseProgressFile(text);
    expect(parsed).toEqual({ ok: true, data: { ...data, active: [] } });
  });

  it("are named for the day", () => {
    expect(exportFileName(new Date("2026-05-02T23:00:00Z"))).toBe(
      "dockside-progress-2026-05-02.json",
    );
  });
});

describe("parseProgressFile refuses, with a reason", () => {
  const reasonFor = (text: string) => {
    const result = parseProgressFile(text);
    expect(result.ok).toBe(false);
    return result.ok ? "" : result.reason;
  };

  it("a file that is not JSON", () => {
    expect(reasonFor("hello, world")).toMatch(/not valid JSON/);
  });

  it("another program's file", () => {
    expect(reasonFor(progressFile("another app's export.json"))).toMatch(
      /not a Dockside progress export/,
    );
  });

  it("an export from a newer version of Dockside", () => {
    expect(reasonFor(progressFile("an export from a newer version.json"))).toMatch(
      /newer version of Dockside \(format 4\)/,
    );
  });

  it("a damaged export, saying where", () => {
    expect(reasonFor(progressFile("an export with a damaged attempt.json"))).toMatch(
      /damaged at attempts\.0\.score/,
    );
  });

  it("a huge file, saying the limit", () => {
    expect(reasonFor(" ".repeat(MAX_IMPORT_BYTES + 1))).toMatch(/too large .*at most 8 MB/);
  });

  it("a file too large by its size alone, before it is read", () => {
    expect(fileTooLarge(600_000_000)).toMatch(/too large \(600 MB\).*at most 8 MB/);
    expect(fileTooLarge(MAX_IMPORT_BYTES)).toBeUndefined();
  });
});

describe("parseProgressFile accepts", () => {
  it("an export of an older version, migrated", () => {
    const v1 = JSON.parse(progressFile("saved by version 1.json")) as { state: unknown };
    const text = JSON.stringify({
      format: "dockside-progress",
      version: 1,
      exportedAt: "2026-03-04T00:00:00.000Z",
      progress: v1.state,
    });
    const result = parseProgressFile(text);
    expect(result.ok && result.data.attempts).toHaveLength(2);
  });
});
