import { emptyLabState } from "@/lib/lab/account";
import type { LabState, RunResult } from "@/lib/lab/types";
import { createLabStore, type LabEngine } from "@/lib/lab/store";
import { MemoryStorage } from "@/lib/progress/storage";

/** An empty account, of the shape LabState has: what the fake engine starts from. */
export function emptyLab(): LabState {
  const base = emptyLabState();
  return {
    ...base,
    now: Date.UTC(2026, 4, 1, 12, 0),
    files: { "taskdef.json": "{}\n", Dockerfile: "FROM nginx\n" },
    docker: { ...base.docker, platform: "linux/amd64" },
    account: {
      ...base.account,
      vpc: { VpcId: "vpc-1", CidrBlock: "10.0.0.0/16", Tags: [] },
      internetGatewayId: "igw-1",
    },
  };
}

/**
 * A tiny engine with the real one's contract, so the store is tested on its own: `echo X`
 * prints X, `make-cluster N` adds a cluster, `cat F` prints a file, `clear` clears, anything
 * else fails.
 */
export const fakeEngine: LabEngine = {
  createLab: emptyLab,
  runLine: (state, line) => ({ ...fakeRun(state, line), clear: line.trim() === "clear" }),
  advance: (state, ms) => ({ ...state, now: state.now + ms }),
};

function fakeRun(state: LabState, line: string): RunResult {
  const [command, arg = ""] = line.trim().split(/\s+/, 2);
  if (command === "echo")
    return { state, output: [{ stream: "stdout", text: `${arg}\n` }], exitCode: 0 };
  if (command === "cat" && arg in state.files) {
    return { state, output: [{ stream: "stdout", text: state.files[arg]! }], exitCode: 0 };
  }
  if (command === "make-cluster") {
    const cluster = { clusterName: arg, clusterArn: `arn:${arg}`, status: "ACTIVE" as const };
    return {
      state: {
        ...state,
        account: { ...state.account, clusters: [...state.account.clusters, cluster] },
      },
      output: [],
      exitCode: 0,
    };
  }
  if (command === "explode") throw new Error("boom");
  if (command === "clear") return { state, output: [], exitCode: 0 };
  return {
    state,
    output: [{ stream: "stderr", text: `${command}: command not found\n` }],
    exitCode: 127,
  };
}

/** A lab store on `storage` with the fake engine and a fixed clock. */
export function makeLabStore(storage: MemoryStorage | (() => never) = new MemoryStorage()) {
  return createLabStore({
    backend: typeof storage === "function" ? storage : () => storage,
    now: () => new Date(Date.UTC(2026, 4, 1, 12, 0)),
    engine: fakeEngine,
  });
}
