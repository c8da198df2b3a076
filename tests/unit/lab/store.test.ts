import { describe, expect, it } from "vitest";

import {
  createLabStore,
  LAB_KEY,
  labSetAsidePrefix,
  MAX_HISTORY,
  MAX_TRANSCRIPT_CHARS,
  MAX_TRANSCRIPT_ENTRIES,
  migrateLab,
  readLabValue,
} from "@/lib/lab/store";
import { LAB_VERSION } from "@/lib/lab/types";
import { MemoryStorage } from "@/lib/progress/storage";

import { emptyLab, makeLabStore } from "./helpers";

/** Storage whose writes fail with QuotaExceededError while `full` is true. */
class FullStorage extends MemoryStorage {
  full = true;
  override setItem(key: string, value: string) {
    if (this.full) throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
    super.setItem(key, value);
  }
}

function saved(storage: MemoryStorage) {
  return JSON.parse(storage.getItem(LAB_KEY) ?? "null") as {
    state: { transcript: { input: string }[]; lab: { account: { clusters: unknown[] } } };
    version: number;
  } | null;
}

function savedValue(state: unknown, version = LAB_VERSION) {
  return JSON.stringify({ state, version });
}

describe("the lab store", () => {
  it("runs a command, records it with its output, and saves the account", async () => {
    const storage = new MemoryStorage();
    const { store, hydrate } = makeLabStore(storage);
    await hydrate();

    const entry = store.getState().run("make-cluster demo");
    store.getState().run("nope");

    expect(entry).toMatchObject({ id: 1, input: "make-cluster demo", exitCode: 0 });
    expect(store.getState().transcript.map((e) => [e.input, e.exitCode, e.output])).toEqual([
      ["make-cluster demo", 0, []],
      ["nope", 127, [{ stream: "stderr", text: "nope: command not found\n" }]],
    ]);
    expect(store.getState().lab.account.clusters).toHaveLength(1);
    expect(saved(storage)?.version).toBe(LAB_VERSION);
    expect(saved(storage)?.state.lab.account.clusters).toHaveLength(1);
    expect(saved(storage)?.state.transcript.map((e) => e.input)).toEqual([
      "make-cluster demo",
      "nope",
    ]);
  });

  it("finds the account, transcript, history and open file again after a reload", async () => {
    const storage = new MemoryStorage();
    const before = makeLabStore(storage);
    await before.hydrate();
    before.store.getState().run("make-cluster demo");
    before.store.getState().run("echo hi");
    before.store.getState().setFile("taskdef.json", '{"family": "web"}');
    before.store.getState().showFile("Dockerfile");

    const after = makeLabStore(storage);
    await after.hydrate();
    const state = after.store.getState();
    expect(state.lab).toEqual(before.store.getState().lab);
    expect(state.transcript).toEqual(before.store.getState().transcript);
    expect(state.history).toEqual(["make-cluster demo", "echo hi"]);
    expect(state.openFile).toBe("Dockerfile");
    expect(state.lab.files["taskdef.json"]).toBe('{"family": "web"}');
    // New entries go on numbering after the saved ones.
    expect(state.run("echo again").id).toBe(3);
  });

  it("keeps the account as it was when the engine throws, and says so in the transcript", async () => {
    const { store, hydrate } = makeLabStore();
    await hydrate();
    const lab = store.getState().lab;
    const entry = store.getState().run("explode");
    expect(entry.exitCode).not.toBe(0);
    expect(entry.output).toEqual([{ stream: "stderr", text: "lab: internal error: boom\n" }]);
    expect(store.getState().lab).toBe(lab);
  });

  it("moves simulated time on with tick", async () => {
    const { store, hydrate } = makeLabStore();
    await hydrate();
    const start = store.getState().lab.now;
    store.getState().tick(10_000);
    store.getState().tick(10_000);
    expect(store.getState().lab.now).toBe(start + 20_000);
  });

  it("reads what the editor wrote: a file set in the editor is what the console sees", async () => {
    const { store, hydrate } = makeLabStore();
    await hydrate();
    store.getState().setFile("taskdef.json", '{"family": "web"}\n');
    expect(store.getState().run("cat taskdef.json").output).toEqual([
      { stream: "stdout", text: '{"family": "web"}\n' },
    ]);
  });

  it("opens the task definition first in the editor", async () => {
    const { store } = makeLabStore();
    expect(store.getState().openFile).toBe("taskdef.json");
  });

  it("keeps a history without blanks or repeats, within its bound", async () => {
    const { store, hydrate } = makeLabStore();
    await hydrate();
    store.getState().run("echo a");
    store.getState().run("echo a");
    store.getState().run("   ");
    store.getState().run("echo b");
    expect(store.getState().history).toEqual(["echo a", "echo b"]);
    for (let i = 0; i < MAX_HISTORY + 10; i++) store.getState().run(`echo ${i}`);
    expect(store.getState().history).toHaveLength(MAX_HISTORY);
    expect(store.getState().history.at(-1)).toBe(`echo ${MAX_HISTORY + 9}`);
  });

  it("keeps the transcript within its bounds, dropping the oldest entries", async () => {
    const { store, hydrate } = makeLabStore();
    await hydrate();
    for (let i = 0; i < MAX_TRANSCRIPT_ENTRIES + 5; i++) store.getState().run(`echo ${i}`);
    const entries = store.getState().transcript;
    expect(entries).toHaveLength(MAX_TRANSCRIPT_ENTRIES);
    expect(entries[0]?.input).toBe("echo 5");

    const big = "x".repeat(MAX_TRANSCRIPT_CHARS / 4);
    for (let i = 0; i < 6; i++) store.getState().run(`echo ${big}`);
    const chars = store
      .getState()
      .transcript.reduce((n, e) => n + e.input.length + e.output[0]!.text.length, 0);
    expect(chars).toBeLessThanOrEqual(MAX_TRANSCRIPT_CHARS);
    expect(store.getState().transcript.at(-1)?.input).toBe(`echo ${big}`);
  });

  it("clears the transcript with clear, leaving the account and history", async () => {
    const { store, hydrate } = makeLabStore();
    await hydrate();
    store.getState().run("make-cluster demo");
    store.getState().clear();
    expect(store.getState().transcript).toEqual([]);
    expect(store.getState().lab.account.clusters).toHaveLength(1);
    expect(store.getState().history).toEqual(["make-cluster demo"]);
  });

  it("empties the transcript when the student types clear", async () => {
    const { store, hydrate } = makeLabStore();
    await hydrate();
    store.getState().run("echo hi");
    store.getState().run("clear");
    expect(store.getState().transcript).toEqual([]);
    expect(store.getState().history).toEqual(["echo hi", "clear"]);
  });

  it("starts a fresh account on reset, with the transcript cleared", async () => {
    const storage = new MemoryStorage();
    const { store, hydrate } = makeLabStore(storage);
    await hydrate();
    store.getState().run("make-cluster demo");
    store.getState().setFile("taskdef.json", "changed");
    store.getState().reset();
    expect(store.getState().lab).toEqual(emptyLab());
    expect(store.getState().transcript).toEqual([]);
    expect(saved(storage)?.state.lab.account.clusters).toEqual([]);
  });

  it("puts pasted text in the input, and says so to the console", async () => {
    const { store, hydrate } = makeLabStore();
    await hydrate();
    store.getState().paste("aws ecr create-repository \\\n  --repository-name web\n");
    expect(store.getState().draft).toBe("aws ecr create-repository \\\n  --repository-name web");
    expect(store.getState().pasted).toBe(1);
    store.getState().run(store.getState().draft);
    expect(store.getState().draft).toBe("");
  });
});

describe("the lab store on the real engine", () => {
  it("runs a command against a new account, saves it, and reads it back", async () => {
    const storage = new MemoryStorage();
    const before = createLabStore({ backend: () => storage });
    await before.hydrate();
    const entry = before.store.getState().run("aws sts get-caller-identity");
    expect(entry.exitCode).toBe(0);
    expect(entry.output.map((chunk) => chunk.text).join("")).toContain('"Account": "');
    before.store.getState().run("aws ecs create-cluster --cluster-name demo --region us-east-1");
    before.store.getState().tick(10_000);

    // What was saved passes the structural check and comes back the same.
    const after = createLabStore({ backend: () => storage });
    await after.hydrate();
    expect(after.runtime.getState().setAside).toEqual([]);
    expect(after.store.getState().lab).toEqual(before.store.getState().lab);
    expect(after.store.getState().lab.account.clusters.map((c) => c.clusterName)).toContain("demo");
  });
});

describe("a saved lab that cannot be read", () => {
  const damaged = { ...emptyLab(), account: { ...emptyLab().account, tasks: "none" } };
  const cases = [
    ["corrupt JSON", '{"state": {"lab": ', "corrupt"],
    ["another program's value", '{"volume": 11}', "foreign"],
    ["a lab from a newer Dockside", savedValue({ x: 1 }, LAB_VERSION + 1), "newer"],
    ["a format version never used", savedValue({ x: 1 }, 0), "foreign"],
    [
      "a lab whose account is damaged",
      savedValue({ lab: damaged, transcript: [], history: [], openFile: "", nextEntryId: 1 }),
      "corrupt",
    ],
    [
      "a lab whose transcript is damaged",
      savedValue({
        lab: emptyLab(),
        transcript: [{ id: 1, input: "ls", output: [{ stream: "tty", text: "" }], exitCode: 0 }],
        history: [],
        openFile: "",
        nextEntryId: 2,
      }),
      "corrupt",
    ],
  ] as const;

  for (const [what, raw, kind] of cases) {
    it(`is set aside when it is ${what}; a new account starts and the student is told`, async () => {
      const storage = new MemoryStorage();
      storage.setItem(LAB_KEY, raw);
      const { store, runtime, hydrate } = makeLabStore(storage);
      await hydrate();

      expect(store.getState().lab).toEqual(emptyLab());
      expect(runtime.getState().hydrated).toBe(true);
      const [notice] = runtime.getState().setAside;
      expect(notice).toMatchObject({ kind, reason: expect.any(String) });
      expect(notice!.key.startsWith(labSetAsidePrefix(LAB_KEY))).toBe(true);
      expect(storage.getItem(notice!.key)).toBe(raw);

      // The lab works, and saves, from a clean start; the set-aside copy stays.
      store.getState().run("make-cluster demo");
      expect(saved(storage)?.state.lab.account.clusters).toHaveLength(1);
      expect(storage.getItem(notice!.key)).toBe(raw);
    });
  }

  it("is left in place, and nothing is written, when it cannot be copied aside", async () => {
    const storage = new FullStorage();
    storage.full = false;
    storage.setItem(LAB_KEY, "{corrupt");
    storage.full = true;
    const { store, runtime, hydrate } = makeLabStore(storage);
    await hydrate();
    store.getState().run("make-cluster demo");
    expect(storage.getItem(LAB_KEY)).toBe("{corrupt");
    expect(runtime.getState().storage).toBe("full");
    expect(store.getState().lab.account.clusters).toHaveLength(1);
  });
});

describe("when storage does not work", () => {
  it("keeps the lab in memory and says storage is unavailable when the browser refuses it", async () => {
    const { store, runtime, hydrate } = makeLabStore(() => {
      throw new DOMException("denied", "SecurityError");
    });
    await hydrate();
    store.getState().run("make-cluster demo");
    expect(store.getState().lab.account.clusters).toHaveLength(1);
    expect(runtime.getState().storage).toBe("unavailable");
  });

  it("says storage is full when a save fails, and recovers when it works again", async () => {
    const storage = new FullStorage();
    storage.full = false;
    const { store, runtime, hydrate } = makeLabStore(storage);
    await hydrate();
    storage.full = true;
    store.getState().run("make-cluster demo");
    expect(runtime.getState().storage).toBe("full");
    expect(store.getState().transcript).toHaveLength(1);
    storage.full = false;
    store.getState().run("echo hi");
    expect(runtime.getState().storage).toBe("ok");
    expect(saved(storage)?.state.transcript).toHaveLength(2);
  });
});

describe("migrateLab and readLabValue", () => {
  const data = { lab: emptyLab(), transcript: [], history: [], openFile: "", nextEntryId: 1 };

  it("accept the current shape as it is", () => {
    expect(migrateLab(data, LAB_VERSION)).toEqual(data);
    expect(readLabValue(savedValue(data))).toEqual({ kind: "ok", data });
  });

  it("say nothing is saved for a missing value", () => {
    expect(readLabValue(null)).toEqual({ kind: "empty" });
  });

  it("refuse a newer format with a reason a student can read", () => {
    expect(() => migrateLab(data, LAB_VERSION + 1)).toThrow(/newer version of Dockside/);
  });

  it("name the damaged field", () => {
    const result = readLabValue(savedValue({ ...data, history: [1] }));
    expect(result).toEqual({
      kind: "corrupt",
      reason: "the data is damaged: history is not a list of text",
    });
  });
});
