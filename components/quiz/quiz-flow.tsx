"use client";

import { type ReactNode, useEffect, useId, useMemo, useState, useSyncExternalStore } from "react";

import type { ActiveAttempt, AttemptScope, QuizMode } from "@/lib/progress/schema";
import { missedIn, openAttemptOf } from "@/lib/progress/selectors";
import { indexQuestions, type Question } from "@/lib/quiz/model";
import { percent } from "@/lib/quiz/score";

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
}

/** What a quiz's start screen can do. */
export interface SetupApi {
  /** False until saved progress is loaded; starting is disabled until then. */
  hydrated: boolean;
  start: (options: StartOptions) => void;
  /** An unfinished attempt of this quiz (from an earlier visit or another tab). */
  resumable?: ActiveAttempt;
  resume: () => void;
}

export interface QuizFlowProps {
  /** `lesson:<slug>`, `course` or `review`: attempts are recorded under it. */
  quizId: string;
  /** Every question this quiz may ask. */
  questions: readonly Question[];
  /** What "start over" asks again; without it, "start over" returns to the start screen. */
  restart?: { questionIds: string[]; lessons?: string[] };
  /** The start screen: choices, then `api.start(…)`. */
  renderSetup: (api: SetupApi) => ReactNode;
}

type QuizViews = typeof import("./quiz-views");
let quizViews: QuizViews | undefined;
let quizViewsLoading: Promise<QuizViews> | undefined;
const quizViewsListeners = new Set<() => void>();

/**
 * Loads the question and results views (once; later calls share the same promise, and a failed
 * load is forgotten so the next call tries again). Called when the learner heads for a start
 * button, when a quiz starts or resumes, and when a reload finds an attempt in progress; starting
 * waits for it, so the first question renders (and takes focus) in one go.
 */
function loadQuizViews(): Promise<QuizViews> {
  quizViewsLoading ??= import("./quiz-views").then(
    (views) => {
      quizViews = views;
      quizViewsListeners.forEach((listener) => listener());
      return views;
    },
    (error: unknown) => {
      quizViewsLoading = undefined;
      throw error;
    },
  );
  return quizViewsLoading;
}

function subscribeQuizViews(listener: () => void) {
  quizViewsListeners.add(listener);
  return () => {
    quizViewsListeners.delete(listener);
  };
}

/** The quiz views once loaded, by whichever caller; asks for them while `needed`. */
function useQuizViews(needed: boolean, onFailure: () => void) {
  const views = useSyncExternalStore(
    subscribeQuizViews,
    () => quizViews,
    () => undefined,
  );
  useEffect(() => {
    if (!needed || views) return;
    let live = true;
    loadQuizViews().catch(() => live && onFailure());
    return () => {
      live = false;
    };
    // onFailure only sets state; a new function each render must not restart the load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needed, views]);
  return views;
}

/**
 * A quiz from start to results: the start screen (given by the caller), the questions, the
 * score and review. The attempt lives in the progress store, so a reload comes back to the
 * same question with the same order and answers. Announces results to screen readers.
 */
export function QuizFlow({ quizId, questions, restart, renderSetup }: QuizFlowProps) {
  const hydrated = useProgressHydrated();
  const active = useActiveAttempts();
  const attempts = useAttempts();
  const claimed = useClaimedAttempt(quizId);
  const [announcement, setAnnouncement] = useState("");
  const rootId = useId();
  const focusAfterRender = useFocusAfterRender(rootId);
  const byId = useMemo(() => indexQuestions(questions), [questions]);

  const running = claimed ? active.find((a) => a.id === claimed && a.open) : undefined;
  const finished = claimed && !running ? attempts.find((a) => a.id === claimed) : undefined;
  const resumable = useMemo(() => openAttemptOf(active, quizId), [active, quizId]);
  // Set when the quiz's code could not be fetched; cleared by the next start that works.
  const [failed, setFailed] = useState(false);
  const views = useQuizViews(Boolean(running ?? finished), () => setFailed(true));
  // One start at a time: starting waits for the network, and a second click meanwhile would
  // open a second attempt. (A click is a discrete event: React re-renders before the next one.)
  const [pending, setPending] = useState(false);

  // A live region only speaks when its text changes: make a repeated message differ.
  const announce = (message: string) =>
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  const start = (options: StartOptions, scope: AttemptScope = "all") => {
    const questionIds = options.questionIds.filter((id) => byId.has(id));
    if (questionIds.length === 0) return;
    if (pending) return;
    setPending(true);
    // On a lesson page the store may not be loaded yet: it loads on the first start.
    void Promise.all([progressReady(), loadQuizViews()]).then(([ready]) => {
      setPending(false);
      setFailed(false);
      const id = ready.startAttempt({ quizId, scope, ...options, questionIds });
      claimAttempt(quizId, id);
      announce(
        `${options.mode === "practice" ? "Practice" : "Test"} started: ${questionIds.length} ${
          questionIds.length === 1 ? "question" : "questions"
        }.`,
      );
      focusAfterRender();
    }, loadFailed);
  };

  const loadFailed = () => {
    setPending(false);
    setFailed(true);
  };

  const setup: SetupApi = {
    hydrated,
    start,
    resumable,
    resume: () => {
      if (!resumable) return;
      if (pending) return;
      setPending(true);
      const id = resumable.id;
      void loadQuizViews().then(() => {
        setPending(false);
        setFailed(false);
        claimAttempt(quizId, id);
        focusAfterRender();
      }, loadFailed);
    },
  };

  const startOver = (mode: QuizMode) => {
    if (restart) start({ mode, ...restart });
    else releaseAttempt(quizId);
  };

  return (
    // Heading for a start button (pointer or keyboard) fetches the quiz views ahead of the click.
    <div
      id={rootId}
      className="min-w-0"
      onPointerEnter={() => void loadQuizViews().catch(() => {})}
      onFocus={() => void loadQuizViews().catch(() => {})}
    >
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {failed && !(views && (running ?? finished)) ? (
        // Shown until a start or a retry works. role="alert" reads it out.
        <div role="alert" className="mb-4 space-y-2 text-slate-700 dark:text-slate-300">
          <p>
            The quiz could not load. Check your connection and try again: your progress and answers
            are saved.
          </p>
          {(running ?? finished) ? (
            <button
              type="button"
              onClick={() => {
                setFailed(false);
                loadQuizViews().catch(() => setFailed(true));
              }}
              className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
            >
              Try again
            </button>
          ) : null}
        </div>
      ) : null}
      {(running ?? finished) && !views ? (
        failed ? null : (
          <p className="py-8 text-slate-600 dark:text-slate-400">Loading your quiz…</p>
        )
      ) : running && views ? (
        <views.QuizSession
          attempt={running}
          questionsById={byId}
          onAnnounce={announce}
          onStartOver={() => {
            actions.abandon(running.id);
            startOver(running.mode);
          }}
          onFinished={(attempt) => {
            const right = attempt.questionIds.filter((id) => attempt.credit[id] === 1).length;
            announce(
              `Quiz finished. Your score: ${percent(attempt.score)}%, ${right} of ${attempt.questionIds.length} questions fully right.`,
            );
            focusAfterRender();
          }}
        />
      ) : finished && views ? (
        <views.QuizResults
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
      ) : (
        renderSetup(setup)
      )}
    </div>
  );
}
