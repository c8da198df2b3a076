import { persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";

import { orderQuestions } from "../quiz/draw";
import type { Answer, Question } from "../quiz/model";
import { scoreQuiz } from "../quiz/score";
import { effectiveAnswer, newSeed } from "../quiz/shuffle";
import { questionVersion } from "../quiz/version";
import { clampDates } from "./dates";
import { entryOf } from "./entries";
import { importProgress, mergeProgress, sameProgress } from "./merge";
import { migrateProgress, readStoredValue } from "./migrate";
import {
  type ActiveAttempt,
  type Attempt,
  type AttemptScope,
  type Confidence,
  emptyProgress,
  MAX_ATTEMPTS,
  PROGRESS_VERSION,
  type ProgressData,
  type QuizMode,
} from "./schema";
import {
  createProgressStorage,
  type SetAside,
  type StorageLike,
  type StorageStatus,
} from "./storage";

import { PROGRESS_KEY } from "./key";

export { PROGRESS_KEY };

export interface StartAttempt {
  quizId: string;
  mode: QuizMode;
  scope: AttemptScope;
  /** The questions to ask; they are asked in an order fixed by the seed. */
  questionIds: readonly string[];
  lessons?: string[];
  /** Defaults to a fresh random seed. */
  seed?: string;
  /** Ask the questions in the order given (spaced review: most overdue first), not shuffled. */
  keepOrder?: boolean;
}

export interface ProgressActions {
  /** Starts an attempt and returns its id. */
  startAttempt: (input: StartAttempt) => string;
  /** Records an answer (ignored once the question is checked in practice mode). */
  answer: (attemptId: string, questionId: string, answer: Answer) => void;
  /**
   * Multiple select: picks or unpicks one option, from the answer as stored now (not as last
   * rendered), so two quick key presses both count.
   */
  toggleOption: (attemptId: string, questionId: string, optionId: string) => void;
  /**
   * Ordering: moves a step up (-1) or down (+1) from the order as stored now; `shown` is the
   * arrangement on screen, used while nothing has been moved yet.
   */
  moveStep: (
    attemptId: string,
    questionId: string,
    stepId: string,
    by: -1 | 1,
    shown: readonly string[],
  ) => void;
  /**
   * Records how sure the learner is of their answer, or forgets it (`undefined`); locked, like
   * the answer, once the question is checked.
   */
  setConfidence: (
    attemptId: string,
    questionId: string,
    confidence: Confidence | undefined,
  ) => void;
  /** Practice mode: records the answer and locks it. */
  check: (attemptId: string, questionId: string, answer: Answer) => void;
  /** Shows another question of the attempt. */
  moveTo: (attemptId: string, position: number) => void;
  /** Switches an attempt in progress to practice or test mode, keeping its answers. */
  setMode: (attemptId: string, mode: QuizMode) => void;
  /** Scores the attempt against `questions` and records it. Returns the recorded attempt. */
  finish: (attemptId: string, questions: readonly Question[]) => Attempt | undefined;
  /** Drops an attempt in progress ("start over"). */
  abandon: (attemptId: string) => void;
  setRead: (lessonSlug: string, read: boolean) => void;
  /**
   * Merges imported progress in; returns how many attempts were new. Nothing is merged when
   * the result would hold more than `MAX_ATTEMPTS` (`tooMany`).
   */
  importData: (data: ProgressData) => { added: number; tooMany?: boolean };
  /** Forgets everything (the UI asks first). */
  reset: () => void;
  /** Merges progress another tab saved. */
  receive: (remote: ProgressData) => void;
}

export type ProgressState = ProgressData & ProgressActions;

/** What the page needs to know about saving, not saved itself. */
export interface ProgressRuntime {
  /** False until saved progress has been read; the UI shows saved progress only after. */
  hydrated: boolean;
  storage: StorageStatus;
  /** Values set aside during this visit. */
  setAside: SetAside[];
}

export interface ProgressStoreOptions {
  /** The Web Storage to persist to; may throw when the browser refuses storage. */
  backend: () => StorageLike;
  key?: string;
  now?: () => Date;
  newId?: () => string;
  newSeed?: () => string;
}

/** The persisted part of the state. */
export function pickData(state: ProgressData): ProgressData {
  return {
    attempts: state.attempts,
    active: state.active,
    read: state.read,
    clearedAt: state.clearedAt,
  };
}

/**
 * The learner's progress: a zustand vanilla store persisted to Web Storage (`persist` with a
 * version, `migrate`, `partialize` and `skipHydration`; call `hydrate()` in the browser after
 * the first render), plus a small runtime store saying whether saving works. Pass a
 * `MemoryStorage` as `backend` in tests.
 */
export function createProgressStore(options: ProgressStoreOptions) {
  const key = options.key ?? PROGRESS_KEY;
  const now = options.now ?? (() => new Date());
  const makeId = options.newId ?? newSeed;
  const makeSeed = options.newSeed ?? newSeed;
  const stamp = () => now().toISOString();

  const runtime = createStore<ProgressRuntime>(() => ({
    hydrated: false,
    storage: "ok",
    setAside: [],
  }));

  const storage = createProgressStorage({
    backend: options.backend,
    now,
    onStatus: (status) => runtime.setState({ storage: status }),
    onSetAside: (entry) => runtime.setState((s) => ({ setAside: [...s.setAside, entry] })),
  });

  const store = createStore<ProgressState>()(
    persist(
      (set, get): ProgressState => {
        const updateActive = (
          attemptId: string,
          change: (attempt: ActiveAttempt) => Partial<ActiveAttempt> | undefined,
        ) => {
          set((state) => ({
            active: state.active.map((attempt) => {
              if (attempt.id !== attemptId || !attempt.open) return attempt;
              const patch = change(attempt);
              return patch ? { ...attempt, ...patch, updatedAt: stamp() } : attempt;
            }),
          }));
        };

        return {
          ...emptyProgress(),

          startAttempt: (input) => {
            const seed = input.seed ?? makeSeed();
            const at = stamp();
            const attempt: ActiveAttempt = {
              id: makeId(),
              quizId: input.quizId,
              scope: input.scope,
              mode: input.mode,
              seed,
              ...(input.lessons ? { lessons: input.lessons } : {}),
              startedAt: at,
              updatedAt: at,
              questionIds: input.keepOrder
                ? [...input.questionIds]
                : orderQuestions(input.questionIds, seed),
              answers: {},
              checked: [],
              position: 0,
              open: true,
            };
            set((state) => ({ active: [...state.active, attempt] }));
            return attempt.id;
          },

          answer: (attemptId, questionId, answer) =>
            updateActive(attemptId, (attempt) =>
              attempt.checked.includes(questionId)
                ? undefined
                : { answers: { ...attempt.answers, [questionId]: answer } },
            ),

          toggleOption: (attemptId, questionId, optionId) =>
            updateActive(attemptId, (attempt) => {
              if (attempt.checked.includes(questionId)) return undefined;
              const stored = entryOf(attempt.answers, questionId);
              const picked = Array.isArray(stored) ? stored : [];
              const next = picked.includes(optionId)
                ? picked.filter((id) => id !== optionId)
                : [...picked, optionId];
              return { answers: { ...attempt.answers, [questionId]: next } };
            }),

          moveStep: (attemptId, questionId, stepId, by, shown) =>
            updateActive(attemptId, (attempt) => {
              if (attempt.checked.includes(questionId)) return undefined;
              const stored = entryOf(attempt.answers, questionId);
              const order = [...(Array.isArray(stored) && stored.length > 0 ? stored : shown)];
              const from = order.indexOf(stepId);
              const to = from + by;
              if (from < 0 || to < 0 || to >= order.length) return undefined;
              [order[from], order[to]] = [order[to]!, order[from]!];
              return { answers: { ...attempt.answers, [questionId]: order } };
            }),

          setConfidence: (attemptId, questionId, confidence) =>
            updateActive(attemptId, (attempt) => {
              if (attempt.checked.includes(questionId)) return undefined;
              const rest = Object.fromEntries(
                Object.entries(attempt.confidence ?? {}).filter(([id]) => id !== questionId),
              );
              return { confidence: confidence ? { ...rest, [questionId]: confidence } : rest };
            }),

          check: (attemptId, questionId, answer) =>
            updateActive(attemptId, (attempt) =>
              attempt.checked.includes(questionId)
                ? undefined
                : {
                    answers: { ...attempt.answers, [questionId]: answer },
                    checked: [...attempt.checked, questionId],
                  },
            ),

          moveTo: (attemptId, position) =>
            updateActive(attemptId, (attempt) =>
              position >= 0 &&
              position < attempt.questionIds.length &&
              position !== attempt.position
                ? { position }
                : undefined,
            ),

          setMode: (attemptId, mode) =>
            updateActive(attemptId, (attempt) => (attempt.mode === mode ? undefined : { mode })),

          finish: (attemptId, questions) => {
            const active = get().active.find((a) => a.id === attemptId && a.open);
            if (!active) return undefined;
            const byId = new Map(questions.map((question) => [question.id, question]));
            // A question removed from the content since the attempt began is left out.
            const asked = active.questionIds.filter((id) => byId.has(id));
            const answers: Record<string, Answer> = {};
            for (const id of asked) {
              const answer = effectiveAnswer(
                byId.get(id)!,
                entryOf(active.answers, id),
                active.seed,
              );
              if (answer !== undefined) answers[id] = answer;
            }
            const result = scoreQuiz(
              asked.map((id) => byId.get(id)!),
              answers,
            );
            const confidence: Record<string, Confidence> = {};
            for (const id of asked) {
              const given = entryOf(active.confidence ?? {}, id);
              if (given) confidence[id] = given;
            }
            const at = stamp();
            const attempt: Attempt = {
              id: active.id,
              quizId: active.quizId,
              scope: active.scope,
              mode: active.mode,
              seed: active.seed,
              ...(active.lessons ? { lessons: active.lessons } : {}),
              startedAt: active.startedAt,
              finishedAt: at,
              savedAt: at,
              questionIds: asked,
              answers,
              credit: result.credit,
              score: result.score,
              ...(Object.keys(confidence).length > 0 ? { confidence } : {}),
              versions: Object.fromEntries(asked.map((id) => [id, questionVersion(byId.get(id)!)])),
            };
            set((state) => ({
              attempts: [...state.attempts, attempt],
              active: state.active.filter((a) => a.id !== attemptId),
            }));
            return attempt;
          },

          abandon: (attemptId) =>
            updateActive(attemptId, () => ({
              open: false,
              answers: {},
              checked: [],
              confidence: {},
            })),

          setRead: (lessonSlug, read) =>
            set((state) => ({ read: { ...state.read, [lessonSlug]: { read, at: stamp() } } })),

          importData: (data) => {
            const current = clampDates(pickData(get()), now());
            const { data: merged, added } = importProgress(current, data, stamp());
            if (merged.attempts.length > MAX_ATTEMPTS) return { added: 0, tooMany: true };
            set(merged);
            return { added };
          },

          reset: () => {
            set({ ...emptyProgress(), clearedAt: stamp() });
            // Written even if saving was stuck (an unreadable value that could not be set
            // aside): a reset is how the learner gets out of any state.
            storage.recover(key, pickData(get()));
          },

          receive: (remote) => {
            const local = clampDates(pickData(get()), now());
            const merged = mergeProgress(local, remote);
            if (!sameProgress(merged, local)) set(merged);
            // Storage may lack something this tab has (two tabs writing at once): write it back.
            else if (!sameProgress(merged, remote)) storage.flush(key, merged);
          },
        };
      },
      {
        name: key,
        version: PROGRESS_VERSION,
        storage,
        partialize: pickData,
        migrate: (persisted, version) => migrateProgress(persisted, version, now()),
        // Anything recorded before hydration finished is kept alongside what was saved. What
        // the storage read itself is checked already: checking 5,000 attempts twice is 70 ms.
        merge: (persisted, current) =>
          persisted === undefined
            ? current
            : {
                ...current,
                ...mergeProgress(
                  pickData(current),
                  storage.checked(persisted) ?? migrateProgress(persisted, PROGRESS_VERSION, now()),
                ),
              },
        skipHydration: true,
      },
    ),
  );

  return {
    store,
    runtime,
    /** Reads saved progress (migrating or setting aside what needs it), then marks hydration done. */
    hydrate: async () => {
      try {
        await store.persist.rehydrate();
      } finally {
        runtime.setState({ hydrated: true });
      }
    },
    /**
     * Handles a `storage` event's new value for the progress key: merges what another tab saved.
     * Values that are not valid progress are left for that tab (or the next load) to set aside.
     */
    receiveRaw: (raw: string | null) => {
      const result = readStoredValue(raw, now());
      if (result.kind !== "ok") return;
      if (raw !== null && result.fromVersion === PROGRESS_VERSION)
        storage.remember(raw, result.data);
      store.getState().receive(result.data);
    },
    key,
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
