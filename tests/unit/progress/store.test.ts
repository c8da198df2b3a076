import { describe, expect, it } from "vitest";

import { type Attempt, PROGRESS_VERSION } from "@/lib/progress/schema";
import { openAttemptOf } from "@/lib/progress/selectors";
import { PROGRESS_KEY } from "@/lib/progress/store";
import { MemoryStorage } from "@/lib/progress/storage";
import { scoreQuestion } from "@/lib/quiz/score";
import { arrangeQuestion } from "@/lib/quiz/shuffle";
import { questionVersion } from "@/lib/quiz/version";

import { matching, multiple, ordering, single, trueFalse } from "../quiz/questions";
import { makeStore, progressFile } from "./helpers";

const questions = [single, multiple, trueFalse, ordering, matching];
const ids = questions.map((q) => q.id);
const quizId = "lesson:l";

function saved(storage: MemoryStorage) {
  return JSON.parse(storage.getItem(PROGRESS_KEY) ?? "null") as {
    state: { attempts: Pick<Attempt, "id" | "confidence">[]; active: unknown[] };
    version: number;
  } | null;
}

describe("the progress store", () => {
  it("records a finished attempt with its answers and score, and saves it", async () => {
    const storage = new MemoryStorage();
    const { store, hydrate } = makeStore(storage);
    await hydrate();
    const actions = store.getState();
    const id = actions.startAttempt({ quizId, mode: "test", scope: "all", questionIds: ids });
    actions.answer(id, "single", ["ecr"]);
    actions.answer(id, "multiple", ["a", "b"]);
    actions.answer(id, "tf", ["true"]);
    const attempt = actions.finish(id, questions);

    // The ordering question was left as shown: that arrangement is its answer.
    const shown = arrangeQuestion(ordering, attempt!.seed).steps!;
    const orderingCredit = scoreQuestion(ordering, shown);
    expect(attempt).toMatchObject({
      id,
      quizId,
      mode: "test",
      answers: { single: ["ecr"], multiple: ["a", "b"], tf: ["true"], ordering: shown },
      credit: { single: 1, multiple: 2 / 3, tf: 0, ordering: orderingCredit, matching: 0 },
    });
    expect(attempt?.score).toBeCloseTo((1 + 2 / 3 + orderingCredit) / 5);
    expect(store.getState().attempts).toEqual([attempt]);
    expect(store.getState().active).toEqual([]);
    expect(saved(storage)?.state.attempts.map((a) => a.id)).toEqual([id]);
    expect(saved(storage)?.version).toBe(PROGRESS_VERSION);
  });

  it("keeps each answer's confidence, locked once checked, and each question's version", async () => {
    const storage = new MemoryStorage();
    const { store, hydrate } = makeStore(storage);
    await hydrate();
    const actions = store.getState();
    const id = actions.startAttempt({ quizId, mode: "practice", scope: "all", questionIds: ids });
    actions.setConfidence(id, "single", "guess");
    actions.setConfidence(id, "single", "sure");
    actions.setConfidence(id, "tf", "unsure");
    actions.setConfidence(id, "tf", undefined);
    actions.setConfidence(id, "multiple", "unsure");
    actions.check(id, "multiple", ["a"]);
    // Checked: the confidence is locked with the answer.
    actions.setConfidence(id, "multiple", "sure");
    const attempt = actions.finish(id, questions);
    expect(attempt?.confidence).toEqual({ single: "sure", multiple: "unsure" });
    expect(attempt?.versions).toEqual(
      Object.fromEntries(questions.map((q) => [q.id, questionVersion(q)])),
    );
    expect(saved(storage)?.state.attempts[0]?.confidence).toEqual(attempt?.confidence);
  });

  it("keeps the order given when asked to (spaced review: most overdue first)", async () => {
    const { store, hydrate } = makeStore(new MemoryStorage());
    await hydrate();
    const order = ["tf", "single", "matching", "multiple", "ordering"];
    const id = store.getState().startAttempt({
      quizId: "due",
      mode: "practice",
      scope: "all",
      questionIds: order,
      keepOrder: true,
    });
    expect(store.getState().active.find((a) => a.id === id)?.questionIds).toEqual(order);
  });

  it("switches an attempt's mode and keeps its answers, checks and place", async () => {
    const { store, hydrate } = makeStore(new MemoryStorage());
    await hydrate();
    const id = store
      .getState()
      .startAttempt({ quizId, mode: "practice", scope: "all", questionIds: ids });
    store.getState().check(id, "single", ["ecs"]);
    store.getState().answer(id, "multiple", ["a"]);
    store.getState().moveTo(id, 1);
    store.getState().setMode(id, "test");
    const switched = openAttemptOf(store.getState().active, quizId)!;
    expect(switched.mode).toBe("test");
    expect(switched.answers).toEqual({ single: ["ecs"], multiple: ["a"] });
    expect(switched.checked).toEqual(["single"]);
    expect(switched.position).toBe(1);
    // The same mode again changes nothing (not even the attempt's updatedAt).
    const before = openAttemptOf(store.getState().active, quizId);
    store.getState().setMode(id, "test");
    expect(openAttemptOf(store.getState().active, quizId)).toBe(before);
  });

  it("resumes an attempt after a reload: same order, same answers, same question", async () => {
    const storage = new MemoryStorage();
    const before = makeStore(storage);
    await before.hydrate();
    const id = before.store
      .getState()
      .startAttempt({ quizId, mode: "practice", scope: "all", questionIds: ids });
    before.store.getState().check(id, "single", ["ecs"]);
    before.store.getState().answer(id, "multiple", ["a"]);
    before.store.getState().moveTo(id, 1);
    const open = openAttemptOf(before.store.getState().active, quizId)!;

    const after = makeStore(storage, "reloaded");
    await after.hydrate();
    const resumed = openAttemptOf(after.store.getState().active, quizId);
    expect(resumed).toEqual(open);
    expect(resumed?.questionIds).not.toEqual(ids.slice().sort());
    expect(resumed?.answers).toEqual({ single: ["ecs"], multiple: ["a"] });
    expect(resumed?.checked).toEqual(["single"]);
    expect(resumed?.position).toBe(1);
    for (const question of questions) {
      expect(arrangeQuestion(question, resumed!.seed)).toEqual(
        arrangeQuestion(question, open.seed),
      );
    }
  });

  it("locks an answer once it is checked in practice mode", async () => {
    const { store, hydrate } = makeStore();
    await hydrate();
    const id = store
      .getState()
      .startAttempt({ quizId, mode: "practice", scope: "all", questionIds: ids });
    store.getState().check(id, "single", ["ecs"]);
    store.getState().answer(id, "single", ["ecr"]);
    store.getState().check(id, "single", ["ecr"]);
    expect(store.getState().active[0]?.answers.single).toEqual(["ecs"]);
  });

  it("toggles options and moves steps from the stored answer, so quick presses all count", async () => {
    const { store, hydrate } = makeStore();
    await hydrate();
    const id = store
      .getState()
      .startAttempt({ quizId, mode: "test", scope: "all", questionIds: ids });
    store.getState().toggleOption(id, "multiple", "a");
    store.getState().toggleOption(id, "multiple", "b");
    store.getState().toggleOption(id, "multiple", "a");
    expect(store.getState().active[0]?.answers.multiple).toEqual(["b"]);

    const shown = ["run", "build", "push", "deploy"];
    store.getState().moveStep(id, "ordering", "run", 1, shown);
    store.getState().moveStep(id, "ordering", "run", 1, shown);
    store.getState().moveStep(id, "ordering", "run", 1, shown);
    store.getState().moveStep(id, "ordering", "run", 1, shown); // already last: no change
    expect(store.getState().active[0]?.answers.ordering).toEqual([
      "build",
      "push",
      "deploy",
      "run",
    ]);
  });

  it("starts over: the abandoned attempt is no longer offered", async () => {
    const { store, hydrate } = makeStore();
    await hydrate();
    const id = store
      .getState()
      .startAttempt({ quizId, mode: "test", scope: "all", questionIds: ids });
    store.getState().answer(id, "single", ["ecr"]);
    store.getState().abandon(id);
    expect(openAttemptOf(store.getState().active, quizId)).toBeUndefined();
    expect(store.getState().finish(id, questions)).toBeUndefined();
  });

  it("marks lessons read and unread", async () => {
    const { store, hydrate } = makeStore();
    await hydrate();
    store.getState().setRead("one", true);
    expect(store.getState().read.one?.read).toBe(true);
    store.getState().setRead("one", false);
    expect(store.getState().read.one?.read).toBe(false);
  });

  it("migrates version-1 progress found in storage and saves it as the current version", async () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, progressFile("saved by version 1.json"));
    const { store, hydrate, runtime } = makeStore(storage);
    await hydrate();
    expect(store.getState().attempts).toHaveLength(2);
    expect(store.getState().read["containers-on-aws"]?.read).toBe(true);
    expect(saved(storage)?.version).toBe(PROGRESS_VERSION);
    expect(saved(storage)?.state.attempts).toHaveLength(2);
    expect(runtime.getState()).toMatchObject({ hydrated: true, storage: "ok", setAside: [] });
  });

  it("resets only when asked, and a reset is not undone by another tab's older copy", async () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage, "a");
    const tabB = makeStore(storage, "b");
    await tabA.hydrate();
    const id = tabA.store
      .getState()
      .startAttempt({ quizId, mode: "test", scope: "all", questionIds: ids });
    tabA.store.getState().finish(id, questions);
    await tabB.hydrate();
    expect(tabB.store.getState().attempts).toHaveLength(1);

    tabA.store.getState().reset();
    expect(tabA.store.getState().attempts).toEqual([]);
    // Tab B still holds the attempt and writes again: the reset wins.
    tabB.store.getState().setRead("one", true);
    tabA.receiveRaw(storage.getItem(PROGRESS_KEY));
    tabB.receiveRaw(storage.getItem(PROGRESS_KEY));
    expect(tabA.store.getState().attempts).toEqual([]);
    expect(tabB.store.getState().attempts).toEqual([]);
    expect(saved(storage)?.state.attempts).toEqual([]);
  });
});

describe("two tabs at once", () => {
  it("keep the attempts finished in both, through storage events", async () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage, "a");
    const tabB = makeStore(storage, "b");
    await Promise.all([tabA.hydrate(), tabB.hydrate()]);

    const inA = tabA.store
      .getState()
      .startAttempt({ quizId, mode: "test", scope: "all", questionIds: ids });
    const inB = tabB.store
      .getState()
      .startAttempt({ quizId, mode: "practice", scope: "all", questionIds: ids });
    tabA.store.getState().answer(inA, "single", ["ecr"]);
    tabB.receiveRaw(storage.getItem(PROGRESS_KEY));
    tabB.store.getState().answer(inB, "single", ["ecs"]);
    tabA.receiveRaw(storage.getItem(PROGRESS_KEY));

    // Each tab keeps working on its own attempt.
    expect(tabA.store.getState().active.find((a) => a.id === inA)?.answers.single).toEqual(["ecr"]);
    expect(tabB.store.getState().active.find((a) => a.id === inB)?.answers.single).toEqual(["ecs"]);

    tabA.store.getState().finish(inA, questions);
    tabB.receiveRaw(storage.getItem(PROGRESS_KEY));
    tabB.store.getState().finish(inB, questions);
    tabA.receiveRaw(storage.getItem(PROGRESS_KEY));

    for (const tab of [tabA, tabB]) {
      expect(
        tab.store
          .getState()
          .attempts.map((a) => a.id)
          .sort(),
      ).toEqual([inA, inB].sort());
      expect(tab.store.getState().active).toEqual([]);
    }
    expect(
      saved(storage)
        ?.state.attempts.map((a) => a.id)
        .sort(),
    ).toEqual([inA, inB].sort());
  });

  it("keep both attempts even when a tab writes before hearing of the other's", async () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage, "a");
    const tabB = makeStore(storage, "b");
    await Promise.all([tabA.hydrate(), tabB.hydrate()]);
    const inA = tabA.store
      .getState()
      .startAttempt({ quizId, mode: "test", scope: "all", questionIds: ids });
    tabA.store.getState().finish(inA, questions);
    // No storage event reaches tab B before it saves its own attempt.
    const inB = tabB.store
      .getState()
      .startAttempt({ quizId, mode: "test", scope: "all", questionIds: ids });
    tabB.store.getState().finish(inB, questions);
    expect(
      saved(storage)
        ?.state.attempts.map((a) => a.id)
        .sort(),
    ).toEqual([inA, inB].sort());
  });

  it("settle: a tab that already has everything does not write back", async () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage, "a");
    await tabA.hydrate();
    tabA.store.getState().setRead("one", true);
    const raw = storage.getItem(PROGRESS_KEY);
    let writes = 0;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes++;
      setItem(key, value);
    };
    tabA.receiveRaw(raw);
    expect(writes).toBe(0);
  });
});

describe("importing", () => {
  it("merges the file into the current progress and says how many attempts are new", async () => {
    const source = makeStore(new MemoryStorage(), "src");
    await source.hydrate();
    const id = source.store
      .getState()
      .startAttempt({ quizId, mode: "test", scope: "all", questionIds: ids });
    source.store.getState().finish(id, questions);

    const { store, hydrate } = makeStore(new MemoryStorage(), "dst");
    await hydrate();
    const mine = store
      .getState()
      .startAttempt({ quizId, mode: "test", scope: "all", questionIds: ids });
    store.getState().finish(mine, questions);
    const data = {
      attempts: source.store.getState().attempts,
      active: [],
      read: {},
      clearedAt: null,
    };
    expect(store.getState().importData(data)).toEqual({ added: 1 });
    expect(store.getState().importData(data)).toEqual({ added: 0 });
    expect(
      store
        .getState()
        .attempts.map((a) => a.id)
        .sort(),
    ).toEqual([id, mine].sort());
  });
});
