"use client";

import { type ReactNode, useId, useMemo, useState } from "react";

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
import { QuizResults } from "./quiz-results";
import { QuizSession } from "./quiz-session";
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

  // A live region only speaks when its text changes: make a repeated message differ.
  const announce = (message: string) =>
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  const start = (options: StartOptions, scope: AttemptScope = "all") => {
    const questionIds = options.questionIds.filter((id) => byId.has(id));
    if (questionIds.length === 0) return;
    // On a lesson page the store may not be loaded yet: it loads on the first start.
    void progressReady().then((ready) => {
      const id = ready.startAttempt({ quizId, scope, ...options, questionIds });
      claimAttempt(quizId, id);
      announce(
        `${options.mode === "practice" ? "Practice" : "Test"} started: ${questionIds.length} ${
          questionIds.length === 1 ? "question" : "questions"
        }.`,
      );
      focusAfterRender();
    });
  };

  const setup: SetupApi = {
    hydrated,
    start,
    resumable,
    resume: () => {
      if (!resumable) return;
      claimAttempt(quizId, resumable.id);
      focusAfterRender();
    },
  };

  const startOver = (mode: QuizMode) => {
    if (restart) start({ mode, ...restart });
    else releaseAttempt(quizId);
  };

  return (
    <div id={rootId} className="min-w-0">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {running ? (
        <QuizSession
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
      ) : finished ? (
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
      ) : (
        renderSetup(setup)
      )}
    </div>
  );
}
