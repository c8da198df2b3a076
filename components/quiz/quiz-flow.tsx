"use client";

import {
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useState,
} from "react";

import type { ActiveAttempt, AttemptScope, QuizMode } from "@/lib/progress/schema";
import { missedIn, openAttemptOf } from "@/lib/progress/selectors";
import { indexQuestions, type Question } from "@/lib/quiz/model";
import {
  failureOf,
  flowReducer,
  initialFlowState,
  quizScreen,
  showsFailure,
} from "@/lib/quiz/flow";
import { finishedMessage, startedMessage } from "@/lib/quiz/announce";

import {
  useActiveAttempts,
  useAttempts,
  loadedProgressActions as actions,
  progressReady,
  useProgressHydrated,
} from "../progress/use-progress";
import { useFocusAfterRender } from "./focus";
import { claimAttempt, releaseAttempt, useClaimedAttempt } from "./use-quiz-claim";

export interface StartOptions {
  mode: QuizMode;
  questionIds: string[];
  lessons?: string[];
  seed?: string;
  /** Keep the order of `questionIds` (spaced review) instead of shuffling it. */
  keepOrder?: boolean;
}

/** What a quiz's start screen can do. */
export interface SetupApi {
  /** False until saved progress is loaded; starting is disabled until then. */
  hydrated: boolean;
  /** True while a start or resume waits for the quiz's code and questions. */
  pending: boolean;
  start: (options: StartOptions) => void;
  /** An unfinished attempt of this quiz (from an earlier visit or another tab). */
  resumable?: ActiveAttempt;
  resume: () => void;
}

/** Fetches a quiz's questions when it starts (see LessonQuiz); rejects when it cannot. */
export type QuestionLoader = () => Promise<readonly Question[]>;

export interface QuizFlowProps {
  /** `lesson:<slug>`, `course` or `review`: attempts are recorded under it. */
  quizId: string;
  /** Every question this quiz may ask, or how to fetch them when the quiz starts. */
  questions: readonly Question[] | QuestionLoader;
  /** What "start over" asks again; without it, "start over" returns to the start screen. */
  restart?: { questionIds: string[]; lessons?: string[] };
  /** The start screen: choices, then `api.start(…)`. */
  renderSetup: (api: SetupApi) => ReactNode;
}

// The question and results views are most of the quiz's code, and a lesson page is read far
// more often than its quiz is taken: they load when a quiz starts, when the learner heads for a
// start button, or when a reload finds an attempt in progress. Starting waits for them (see
// `load`), so the lazy components below render at once. A failed import is not cached by the
// bundler: the next call tries again.
const loadViews = () => import("./quiz-views");
const QuizSession = lazy(() => loadViews().then((views) => ({ default: views.QuizSession })));
const QuizResults = lazy(() => loadViews().then((views) => ({ default: views.QuizResults })));

/**
 * A quiz from start to results: the start screen (given by the caller), the questions, the
 * score and review. The attempt lives in the progress store, so a reload comes back to the
 * same question with the same order and answers. Announces results to screen readers.
 */
export function QuizFlow({ quizId, questions, restart, renderSetup }: QuizFlowProps) {
  const hydrated = useProgressHydrated();
  const active = useActiveAttempts();
  const attempts = useAttempts();
  const claimed = useClaimedAttempt(quizId, active.length > 0 || attempts.length > 0);
  const [announcement, setAnnouncement] = useState("");
  const rootId = useId();
  const focusAfterRender = useFocusAfterRender(rootId);
  // Whether a start is pending, why a load failed, and a loader's questions once they arrive
  // (when the quiz starts or resumes, or a reload finds it running): lib/quiz/flow.ts.
  const [flow, dispatch] = useReducer(flowReducer, initialFlowState);
  const { pending, failure } = flow;
  const list = typeof questions === "function" ? flow.questions : questions;
  const byId = useMemo(() => indexQuestions(list ?? []), [list]);
  const loaded = Boolean(flow.viewsLoaded && list);

  const running = claimed ? active.find((a) => a.id === claimed && a.open) : undefined;
  const finished = claimed && !running ? attempts.find((a) => a.id === claimed) : undefined;
  const resumable = useMemo(() => openAttemptOf(active, quizId), [active, quizId]);
  // One start at a time: starting waits for the network, and a second click meanwhile would
  // open a second attempt. (A click is a discrete event: React re-renders before the next one.)
  // A start that finishes after the learner has left the page (the quiz is no longer in the
  // document) must not open an attempt.
  const stillShown = () => document.getElementById(rootId) !== null;

  /** The views and the questions, fetched once and shared (a failure is retried next time). */
  const load = (): Promise<readonly Question[]> =>
    Promise.all([
      loadViews().then(() => dispatch({ type: "viewsLoaded" })),
      typeof questions === "function"
        ? questions().then((fetchedList) => {
            dispatch({ type: "fetched", questions: fetchedList });
            return fetchedList;
          })
        : questions,
    ]).then(([, loadedList]) => loadedList);

  // A reload in the middle of an attempt: fetch what it needs to show.
  const needed = Boolean(running ?? finished);
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    load().catch(
      (error: unknown) => live && dispatch({ type: "loadFailed", failure: failureOf(error) }),
    );
    return () => {
      live = false;
    };
    // `load` is a new function each render; only these may restart the fetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needed, loaded]);

  // A live region only speaks when its text changes: make a repeated message differ.
  const announce = (message: string) =>
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  const loadFailed = (error: unknown) =>
    dispatch({ type: "requestFailed", failure: failureOf(error) });

  const start = (options: StartOptions, scope: AttemptScope = "all") => {
    if (options.questionIds.length === 0) return;
    if (pending) return;
    dispatch({ type: "request" });
    // On a lesson page the store may not be loaded yet: it loads on the first start.
    void Promise.all([progressReady(), load()]).then(([ready, loadedList]) => {
      if (!stillShown()) return;
      dispatch({ type: "requestDone" });
      const known = new Set(loadedList.map((question) => question.id));
      const questionIds = options.questionIds.filter((id) => known.has(id));
      if (questionIds.length === 0) return;
      const id = ready.startAttempt({ quizId, scope, ...options, questionIds });
      claimAttempt(quizId, id);
      announce(startedMessage(options.mode, questionIds.length));
      focusAfterRender();
    }, loadFailed);
  };

  const setup: SetupApi = {
    hydrated,
    pending,
    start,
    resumable,
    resume: () => {
      if (!resumable) return;
      if (pending) return;
      dispatch({ type: "request" });
      const id = resumable.id;
      void load().then(() => {
        if (!stillShown()) return;
        dispatch({ type: "requestDone" });
        claimAttempt(quizId, id);
        focusAfterRender();
      }, loadFailed);
    },
  };

  const startOver = (mode: QuizMode) => {
    if (restart) start({ mode, ...restart });
    else releaseAttempt(quizId);
  };

  // Not while a failure is shown: a fetch that worked would take the message and its button
  // away under the learner's pointer or keyboard focus. "Try again" or a start retries instead.
  const prefetch = () => {
    if (!loaded && !failure) load().catch(() => {});
  };

  const retry = () => {
    dispatch({ type: "retry" });
    // The button goes away: focus moves to the quiz once it shows.
    load().then(focusAfterRender, (error: unknown) =>
      dispatch({ type: "loadFailed", failure: failureOf(error) }),
    );
  };

  // An attempt saved by an older version of the course, none of whose questions are left.
  const orphaned = running && loaded ? !running.questionIds.some((id) => byId.has(id)) : false;
  const shown = {
    running: Boolean(running),
    finished: Boolean(finished),
    loaded,
    failure,
    orphaned,
  };
  const screen = quizScreen(shown);
  const loadingMessage = (
    <p className="py-8 text-slate-600 dark:text-slate-400">Loading your quiz…</p>
  );

  return (
    // Heading for a start button (pointer or keyboard) fetches the quiz ahead of the click.
    <div id={rootId} className="min-w-0" onPointerEnter={prefetch} onFocus={prefetch}>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {showsFailure(shown) ? (
        // Shown until a start or a retry works. role="alert" reads it out.
        <div role="alert" className="mb-4 space-y-2 text-slate-700 dark:text-slate-300">
          {failure === "changed" ? (
            <>
              <p>
                This quiz has changed since the page was loaded. Reload the page for the new
                version: your progress is saved.
              </p>
              <button
                type="button"
                onClick={() => window.location.reload()}
                className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
              >
                Reload the page
              </button>
            </>
          ) : (
            <>
              <p>
                The quiz could not load. Check your connection and try again: your progress and
                answers are saved.
              </p>
              {needed ? (
                <button
                  type="button"
                  onClick={retry}
                  className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
                >
                  Try again
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
      {screen === "unavailable" ? null : screen === "loading" ? (
        loadingMessage
      ) : screen === "orphaned" && running ? (
        <div className="space-y-3 py-4 text-slate-700 dark:text-slate-300">
          <p>
            This quiz has changed since you started this attempt, and none of its questions are
            left. Your earlier scores are kept.
          </p>
          <button
            type="button"
            data-quiz-focus
            onClick={() => {
              actions.abandon(running.id);
              releaseAttempt(quizId);
              focusAfterRender();
            }}
            className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-400 dark:hover:bg-accent-300 rounded-lg px-5 py-2.5 font-medium text-white dark:text-slate-950"
          >
            Back to the start
          </button>
        </div>
      ) : screen === "session" && running ? (
        // Loaded before it is shown: the fallback is only for the moment React takes to see it.
        <Suspense fallback={loadingMessage}>
          <QuizSession
            attempt={running}
            questionsById={byId}
            onAnnounce={announce}
            onStartOver={() => {
              actions.abandon(running.id);
              startOver(running.mode);
            }}
            onFinished={(attempt) => {
              announce(finishedMessage(attempt.score, attempt.credit, attempt.questionIds));
              focusAfterRender();
            }}
          />
        </Suspense>
      ) : screen === "results" && finished ? (
        <Suspense fallback={loadingMessage}>
          <QuizResults
            attempt={finished}
            questionsById={byId}
            onRetryMissed={() =>
              start(
                {
                  mode: finished.mode,
                  questionIds: missedIn(finished),
                  ...(finished.lessons ? { lessons: finished.lessons } : {}),
                },
                "missed",
              )
            }
            onStartOver={() => startOver(finished.mode)}
            onClose={() => {
              releaseAttempt(quizId);
              focusAfterRender();
            }}
          />
        </Suspense>
      ) : (
        renderSetup(setup)
      )}
    </div>
  );
}
