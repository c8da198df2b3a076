"use client";

import { type ReactNode, useEffect, useId, useMemo, useState } from "react";

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

/**
 * Loads the question and results views (once; later calls share the same promise). Called when
 * the learner heads for a start button, when a quiz starts or resumes, and when a reload finds
 * an attempt in progress; starting waits for it, so the first question renders (and takes
 * focus) in one go, with no loading state in between.
 */
function loadQuizViews(): Promise<QuizViews> {
  quizViewsLoading ??= import("./quiz-views").then(
    (views) => (quizViews = views),
    (error: unknown) => {
      quizViewsLoading = undefined;
      throw error;
    },
  );
  return quizViewsLoading;
}

/**
 * The quiz views once loaded, asked for while `needed`. `failed` says a load failed (the network,
 * most likely). The bundler remembers a chunk that failed to load, so only a reload retries it.
 */
function useQuizViews(needed: boolean) {
  const [views, setViews] = useState(quizViews);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || views) return;
    let live = true;
    loadQuizViews().then(
      (loaded) => live && setViews(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, views]);
  return { views: views ?? quizViews, failed, setFailed };
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
  const { views, failed, setFailed } = useQuizViews(Boolean(running ?? finished));

  // A live region only speaks when its text changes: make a repeated message differ.
  const announce = (message: string) =>
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  const start = (options: StartOptions, scope: AttemptScope = "all") => {
    const questionIds = options.questionIds.filter((id) => byId.has(id));
    if (questionIds.length === 0) return;
    // On a lesson page the store may not be loaded yet: it loads on the first start.
    void Promise.all([progressReady(), loadQuizViews()]).then(([ready]) => {
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
    setFailed(true);
    announce("The quiz could not load. Check your connection, then reload the page.");
  };

  const setup: SetupApi = {
    hydrated,
    start,
    resumable,
    resume: () => {
      if (!resumable) return;
      const id = resumable.id;
      void loadQuizViews().then(() => {
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
      {failed ? (
        <div role="alert" className="mb-4 space-y-2 text-slate-700 dark:text-slate-300">
          <p>
            The quiz could not load. Check your connection, then reload the page: your progress and
            answers are saved.
          </p>
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="text-accent-700 dark:text-accent-300 font-medium hover:underline"
          >
            Reload the page
          </button>
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
