import type { PersistStorage, StorageValue } from "zustand/middleware";
import { persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";

// Types only: the progress storage module brings zod and the progress schemas with it, which
// the lab's chunk does not need.
import type { SetAside, StorageLike, StorageStatus } from "../progress/storage";
import { copyAside, isQuotaError, openWebStorage, setAsidePrefix } from "../progress/web-storage";
import { advance, createLab, runLine } from "./index";
import { LAB_VERSION, type LabState, type OutputChunk } from "./types";

export type { SetAside, StorageLike, StorageStatus };

/** localStorage key of the student's lab. If you rename it, migrate the old key. */
export const LAB_KEY = "dockside-lab";

/** The console keeps this many commands with their output; older ones scroll away for good. */
export const MAX_TRANSCRIPT_ENTRIES = 500;
/** …and at most this many characters of output, so a few huge listings cannot fill storage. */
export const MAX_TRANSCRIPT_CHARS = 200_000;
/** Commands ↑ and ↓ walk through. */
export const MAX_HISTORY = 200;

/** What the student sees when a saved lab was set aside (the UI adds the reason). */
export const SET_ASIDE_MESSAGE =
  "Your saved lab could not be read; it was set aside and a new account started";

/** One command the student ran, and what it printed. */
export interface TranscriptEntry {
  /** Increasing, for React keys and for telling new output from old. */
  id: number;
  input: string;
  output: OutputChunk[];
  exitCode: number;
}

/** What is saved: the account, the console and the editor. */
export interface LabData {
  lab: LabState;
  transcript: TranscriptEntry[];
  history: string[];
  /** The file shown in the editor, a key of `lab.files` (or "" for none). */
  openFile: string;
  nextEntryId: number;
}

export interface LabActions {
  /** Runs what the student typed (one line or a pasted block), records it, clears the input. */
  run: (text: string) => TranscriptEntry;
  /** Moves simulated time on by `ms`. */
  tick: (ms: number) => void;
  /** A fresh account; the transcript is cleared, the command history kept (the UI asks first). */
  reset: () => void;
  /** Writes a file of the editor; `file://name` in the console reads it from then on. */
  setFile: (name: string, text: string) => void;
  /** Shows a file in the editor. */
  showFile: (name: string) => void;
  /** Puts `text` in the console's input, for the student to read and run with Enter. */
  paste: (text: string) => void;
  /** What is being typed in the console (not saved). */
  setDraft: (text: string) => void;
  /** Empties the transcript (Ctrl+L); the account is untouched. */
  clear: () => void;
}

export type LabStoreState = LabData &
  LabActions & {
    draft: string;
    /** Bumped by `paste`: the console focuses its input when it changes. */
    pasted: number;
  };

/** What the page needs to know about saving, not saved itself. */
export interface LabRuntime {
  hydrated: boolean;
  storage: StorageStatus;
  setAside: SetAside[];
}

/** The functions of the engine the store calls; tests may pass their own. */
export interface LabEngine {
  createLab: () => LabState;
  runLine: typeof runLine;
  advance: typeof advance;
}

export interface LabStoreOptions {
  /** The Web Storage to persist to; may throw when the browser refuses storage. */
  backend: () => StorageLike;
  key?: string;
  now?: () => Date;
  engine?: LabEngine;
}

/** The saved part of the state. */
export function pickLabData(state: LabData): LabData {
  return {
    lab: state.lab,
    transcript: state.transcript,
    history: state.history,
    openFile: state.openFile,
    nextEntryId: state.nextEntryId,
  };
}

/**
 * The student's lab: a zustand vanilla store persisted to Web Storage (`persist` with a version,
 * `migrate`, `partialize` and `skipHydration`; call `hydrate()` in the browser after the first
 * render), plus a small runtime store saying whether saving works and what was set aside.
 */
export function createLabStore(options: LabStoreOptions) {
  const key = options.key ?? LAB_KEY;
  const engine = options.engine ?? { createLab, runLine, advance };

  const runtime = createStore<LabRuntime>(() => ({
    hydrated: false,
    storage: "ok",
    setAside: [],
  }));

  const storage = createLabStorage({
    backend: options.backend,
    now: options.now ?? (() => new Date()),
    onStatus: (status) => runtime.setState({ storage: status }),
    onSetAside: (entry) => runtime.setState((s) => ({ setAside: [...s.setAside, entry] })),
  });

  const fresh = (): LabData => {
    const lab = engine.createLab();
    return {
      lab,
      transcript: [],
      history: [],
      openFile: firstFile(lab),
      nextEntryId: 1,
    };
  };

  const store = createStore<LabStoreState>()(
    persist(
      (set, get): LabStoreState => ({
        ...fresh(),
        draft: "",
        pasted: 0,

        run: (text) => {
          const state = get();
          const entry: TranscriptEntry = {
            id: state.nextEntryId,
            input: text,
            output: [],
            exitCode: 0,
          };
          let lab = state.lab;
          // `clear` typed in the console empties the transcript, as Ctrl+L does.
          let cleared = false;
          if (text.trim() !== "") {
            try {
              const result = engine.runLine(state.lab, text);
              lab = result.state;
              entry.output = result.output;
              entry.exitCode = result.exitCode;
              cleared = result.clear === true;
            } catch (error) {
              // runLine promises never to throw; if it does, the account stays as it was.
              entry.output = [
                { stream: "stderr", text: `lab: internal error: ${describe(error)}\n` },
              ];
              entry.exitCode = 255;
            }
          }
          set({
            lab,
            transcript: cleared ? [] : boundTranscript([...state.transcript, entry]),
            history: addToHistory(state.history, text),
            nextEntryId: entry.id + 1,
            draft: "",
          });
          return entry;
        },

        tick: (ms) => {
          const lab = engine.advance(get().lab, ms);
          if (lab !== get().lab) set({ lab });
        },

        reset: () => {
          const { lab, openFile } = fresh();
          set({ lab, openFile, transcript: [], draft: "" });
        },

        setFile: (name, text) =>
          set((state) =>
            state.lab.files[name] === text
              ? {}
              : { lab: { ...state.lab, files: { ...state.lab.files, [name]: text } } },
          ),

        showFile: (name) => set({ openFile: name }),

        paste: (text) =>
          set((state) => ({ draft: text.replace(/\n+$/, ""), pasted: state.pasted + 1 })),

        setDraft: (text) => set({ draft: text }),

        clear: () => set({ transcript: [] }),
      }),
      {
        name: key,
        version: LAB_VERSION,
        storage,
        partialize: pickLabData,
        migrate: (persisted, version) => migrateLab(persisted, version),
        skipHydration: true,
      },
    ),
  );

  return {
    store,
    runtime,
    /** Reads the saved lab (migrating or setting aside what needs it), then marks hydration done. */
    hydrate: async () => {
      try {
        await store.persist.rehydrate();
      } finally {
        runtime.setState({ hydrated: true });
      }
    },
    key,
  };
}

export type LabStore = ReturnType<typeof createLabStore>;

/** The file the editor shows first: the task definition when there is one. */
function firstFile(lab: LabState): string {
  const names = Object.keys(lab.files);
  return names.includes("taskdef.json") ? "taskdef.json" : (names[0] ?? "");
}

function addToHistory(history: string[], text: string): string[] {
  if (text.trim() === "" || history[history.length - 1] === text) return history;
  return [...history, text].slice(-MAX_HISTORY);
}

/** Keeps the newest entries within both bounds (always at least the newest one). */
export function boundTranscript(entries: TranscriptEntry[]): TranscriptEntry[] {
  let chars = 0;
  let start = entries.length;
  while (start > 0 && entries.length - start < MAX_TRANSCRIPT_ENTRIES) {
    const entry = entries[start - 1]!;
    chars += entry.input.length + entry.output.reduce((n, chunk) => n + chunk.text.length, 0);
    if (chars > MAX_TRANSCRIPT_CHARS && start < entries.length) break;
    start--;
  }
  return start === 0 ? entries : entries.slice(start);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------
// Reading and checking what storage holds

/** The result of reading a stored value. */
export type LabReadResult =
  | { kind: "ok"; data: LabData }
  | { kind: "empty" }
  | { kind: "corrupt" | "foreign" | "newer"; reason: string };

/**
 * Brings a saved lab of `version` up to the current shape, and checks it. Throws with a reason
 * a student can read when it cannot. Version 1 is the only one so far: when LAB_VERSION is
 * bumped, add the step from the old shape here.
 */
export function migrateLab(state: unknown, version: number): LabData {
  if (version > LAB_VERSION) {
    throw new Error(
      `it was saved by a newer version of Dockside (format ${version}; this page reads up to ${LAB_VERSION})`,
    );
  }
  if (version !== 1) throw new Error(`format version ${version} is not one Dockside has used`);
  const problem = checkLabData(state);
  if (problem) throw new Error(`the data is damaged: ${problem}`);
  return state as LabData;
}

/**
 * Parses the raw string `persist` keeps in storage (`{"state": …, "version": n}`) and checks it:
 * `corrupt` (not JSON, or a damaged shape), `foreign` (another program's value, or a format
 * version Dockside never used), `newer` (written by a later Dockside).
 */
export function readLabValue(raw: string | null): LabReadResult {
  if (raw === null) return { kind: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: "corrupt", reason: "the saved lab is not valid JSON" };
  }
  if (!isRecord(value) || !("state" in value) || !Number.isInteger(value.version)) {
    return { kind: "foreign", reason: "the saved value does not look like a Dockside lab" };
  }
  const version = value.version as number;
  if (version > LAB_VERSION) {
    return {
      kind: "newer",
      reason: `it was saved by a newer version of Dockside (format ${version}; this page reads up to ${LAB_VERSION})`,
    };
  }
  try {
    return { kind: "ok", data: migrateLab(value.state, version) };
  } catch (error) {
    const reason = describe(error);
    return { kind: reason.startsWith("format version") ? "foreign" : "corrupt", reason };
  }
}

const ACCOUNT_LISTS = [
  "subnets",
  "routeTables",
  "securityGroups",
  "natGateways",
  "elasticIps",
  "endpoints",
  "roles",
  "repositories",
  "logGroups",
  "clusters",
  "taskDefinitions",
  "services",
  "tasks",
  "targetGroups",
  "loadBalancers",
  "listeners",
  "scalableTargets",
  "scalingPolicies",
] as const satisfies readonly (keyof LabState["account"])[];

/**
 * What is wrong with a saved lab's shape, or null. A structural check, not a full validation:
 * enough that the engine and the panels never meet a missing list or a file that is not text.
 * Follows LabState in types.ts: a new list there belongs in ACCOUNT_LISTS.
 */
export function checkLabData(value: unknown): string | null {
  if (!isRecord(value)) return "not an object";
  const { lab, transcript, history, openFile, nextEntryId } = value;
  if (!isRecord(lab)) return "lab is missing";
  if (lab.version !== LAB_VERSION) return "lab.version is wrong";
  for (const field of ["now", "seq"] as const) {
    if (typeof lab[field] !== "number" || !Number.isFinite(lab[field])) {
      return `lab.${field} is not a number`;
    }
  }
  for (const field of ["env", "files"] as const) {
    const record = lab[field];
    if (!isRecord(record) || !Object.values(record).every((v) => typeof v === "string")) {
      return `lab.${field} is not a map of text`;
    }
  }
  const docker = lab.docker;
  if (
    !isRecord(docker) ||
    !Array.isArray(docker.images) ||
    !Array.isArray(docker.logins) ||
    typeof docker.platform !== "string"
  ) {
    return "lab.docker is damaged";
  }
  const account = lab.account;
  if (!isRecord(account)) return "lab.account is missing";
  for (const field of ["accountId", "region", "userArn"] as const) {
    if (typeof account[field] !== "string") return `lab.account.${field} is not text`;
  }
  if (!isRecord(account.vpc)) return "lab.account.vpc is missing";
  for (const list of ACCOUNT_LISTS) {
    if (!Array.isArray(account[list])) return `lab.account.${list} is not a list`;
  }
  if (!Array.isArray(transcript)) return "transcript is not a list";
  for (const entry of transcript) {
    if (
      !isRecord(entry) ||
      typeof entry.id !== "number" ||
      typeof entry.input !== "string" ||
      typeof entry.exitCode !== "number" ||
      !Array.isArray(entry.output) ||
      !entry.output.every(
        (chunk) =>
          isRecord(chunk) &&
          (chunk.stream === "stdout" || chunk.stream === "stderr") &&
          typeof chunk.text === "string",
      )
    ) {
      return "a transcript entry is damaged";
    }
  }
  if (!Array.isArray(history) || !history.every((line) => typeof line === "string")) {
    return "history is not a list of text";
  }
  if (typeof openFile !== "string") return "openFile is not text";
  if (typeof nextEntryId !== "number") return "nextEntryId is not a number";
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Storage

/** Prefix of the keys set-aside values are copied to: `<key>.set-aside.<date>`. */
/** Prefix of the keys an unreadable saved lab is copied to, as progress does. */
export const labSetAsidePrefix = setAsidePrefix;

interface LabStorageOptions {
  backend: () => StorageLike;
  now: () => Date;
  onStatus: (status: StorageStatus) => void;
  onSetAside: (entry: SetAside) => void;
}

/**
 * JSON in Web Storage, wrapped the way lib/progress/storage.ts wraps progress: a value that is
 * not a readable lab is copied to a key of its own and reported, never thrown at the page; when
 * storage is refused or full, the lab keeps working in memory and the status says so. Unlike
 * progress, two tabs do not merge: a lab is one account, and the tab that saves last wins.
 */
function createLabStorage(options: LabStorageOptions): PersistStorage<LabData> {
  let backend: StorageLike | undefined;
  let status: StorageStatus | undefined;
  let lastWritten: string | undefined;
  // Set when an unreadable value could not be copied aside: from then on we must not write.
  let blocked = false;

  const report = (next: StorageStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };

  const open = (): StorageLike | undefined => (backend ??= openWebStorage(options.backend, report));

  const setAside = (
    store: StorageLike,
    name: string,
    raw: string,
    kind: SetAside["kind"],
    reason: string,
  ) => {
    const at = options.now().toISOString();
    const aside = copyAside(store, name, raw, at);
    if (aside === undefined) {
      // Could not copy it: leave it where it is, and work in memory rather than overwrite it.
      blocked = true;
      report("full");
      return;
    }
    options.onSetAside({ key: aside, kind, reason, at });
  };

  return {
    getItem(name) {
      const store = open();
      if (!store) return null;
      try {
        const raw = store.getItem(name);
        const result = readLabValue(raw);
        if (status === undefined) report("ok");
        if (result.kind === "ok") {
          // persist calls `migrate` when the version differs: hand it the value as stored.
          return JSON.parse(raw!) as StorageValue<LabData>;
        }
        if (result.kind !== "empty" && raw !== null)
          setAside(store, name, raw, result.kind, result.reason);
        return null;
      } catch {
        report("unavailable");
        return null;
      }
    },
    setItem(name, value) {
      if (blocked) return;
      const store = open();
      if (!store) return;
      const json = JSON.stringify({ state: value.state, version: LAB_VERSION });
      if (json === lastWritten) return;
      try {
        store.setItem(name, json);
        lastWritten = json;
        report("ok");
      } catch (error) {
        report(isQuotaError(error) ? "full" : "unavailable");
      }
    },
    removeItem(name) {
      try {
        open()?.removeItem(name);
      } catch {
        // Nothing to do: the value stays where it is.
      }
    },
  };
}
