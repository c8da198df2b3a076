"use client";

import { useMemo, useState } from "react";

import { IntentLink } from "@/components/ui/intent-link";
import { entryOf } from "@/lib/progress/entries";
import type { Attempt } from "@/lib/progress/schema";
import {
  COURSE_QUIZ_ID,
  DUE_QUIZ_ID,
  fullAttemptsOf,
  lessonOfQuiz,
  lessonQuizId,
  REVIEW_QUIZ_ID,
  shownProgress,
  summarizeQuiz,
} from "@/lib/progress/selectors";
import { indexQuestions, type Quiz } from "@/lib/quiz/model";
import { calibrate } from "@/lib/review/calibration";
import { reviewItems } from "@/lib/review/items";
import { percent } from "@/lib/quiz/percent";

import { ReviewQuiz } from "../quiz/review-quiz";
import { CalibrationView } from "../review/calibration-view";
import { DueToday } from "../review/due-today";
import { DataControls, SetAsideList } from "./data-controls";
import { formatDate } from "./format";
import { ScoreChart } from "./score-chart";
import { useAttempts, useProgressHydrated, useReadMarks, useStorageStatus } from "./use-progress";

export interface DashboardLesson {
  slug: string;
  title: string;
}

/** Points on a score chart: the latest attempts, so a long history stays quick to draw. */
const CHART_POINTS = 50;
/** Rows of the attempt table shown at first, and added by each "show more". */
const TABLE_ROWS = 100;

const CARD = "rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-800";
const H2 = "text-xl font-semibold text-slate-900 dark:text-white";

/**
 * `/progress`: scores per lesson over time, the questions missed most (with a quiz of them),
 * every attempt, and the learner's data (export, import, reset). The lessons are known at
 * build time, so their cards are in the HTML; the numbers fill in after hydration.
 */
export function ProgressDashboard({
  lessons,
  quizzes,
}: {
  lessons: DashboardLesson[];
  quizzes: Quiz[];
}) {
  const hydrated = useProgressHydrated();
  const status = useStorageStatus();
  const allAttempts = useAttempts();
  const read = useReadMarks();
  const questions = useMemo(() => quizzes.flatMap((quiz) => quiz.questions), [quizzes]);
  const questionsById = useMemo(() => indexQuestions(questions), [questions]);
  const items = useMemo(() => reviewItems(questions), [questions]);
  // A Map, not an object: slugs and quiz ids come from storage and files, and a lookup must
  // never find a built-in key such as `constructor`.
  const lessonTitles = useMemo(
    () => new Map(lessons.map((lesson) => [lesson.slug, lesson.title])),
    [lessons],
  );
  // Attempts and read marks of lessons the course no longer has are kept, and counted, but
  // not shown: there is no title, chart or link to give them.
  const shown = useMemo(
    () => shownProgress(allAttempts, read, new Set(lessonTitles.keys())),
    [allAttempts, read, lessonTitles],
  );
  const attempts = shown.attempts;
  const withQuiz = new Set(quizzes.map((quiz) => quiz.lessonSlug));
  const readCount = lessons.filter((lesson) => entryOf(read, lesson.slug)?.read).length;
  const courseAttempts = fullAttemptsOf(attempts, COURSE_QUIZ_ID);
  const unknown = shown.unknownAttempts + shown.unknownReadMarks;

  return (
    <div className="space-y-10">
      <p className="min-h-6 text-slate-600 dark:text-slate-400" data-testid="progress-status">
        {!hydrated
          ? "\u00a0"
          : status === "ok"
            ? `Saved in this browser. ${readCount} of ${lessons.length} lessons read · ${attempts.length} ${attempts.length === 1 ? "attempt" : "attempts"} in all.`
            : `Not being saved in this browser right now: export your progress to keep it. ${readCount} of ${lessons.length} lessons read · ${attempts.length} attempts.`}
      </p>
      {hydrated && unknown > 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="unknown-progress">
          {`Also kept, not shown: ${describeUnknown(shown.unknownAttempts, shown.unknownReadMarks)} of lessons this course no longer has. They stay in your data and in your exports.`}
        </p>
      ) : null}

      <section aria-labelledby="scores-heading" className="space-y-4">
        <h2 id="scores-heading" className={H2}>
          Scores by lesson
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {lessons.map((lesson) => (
            <li key={lesson.slug} className={CARD}>
              <LessonScores
                lesson={lesson}
                hasQuiz={withQuiz.has(lesson.slug)}
                attempts={attempts}
                read={entryOf(read, lesson.slug)?.read ?? false}
                hydrated={hydrated}
              />
            </li>
          ))}
          {courseAttempts.length > 0 ? (
            <li className={CARD}>
              <h3 className="font-semibold text-slate-900 dark:text-white">
                <IntentLink
                  href="/quiz"
                  className="hover:text-accent-700 dark:hover:text-accent-300"
                >
                  Whole-course quiz
                </IntentLink>
              </h3>
              <SummaryText attempts={attempts} quizId={COURSE_QUIZ_ID} />
              <LatestScores title="Whole-course quiz" history={courseAttempts} />
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="due-heading" className="space-y-4">
        <h2 id="due-heading" className={H2}>
          Spaced review
        </h2>
        <div className={`${CARD} space-y-6`}>
          <DueToday items={items} />
          <CalibrationView
            calibration={calibrate(attempts, (id) => questionsById.has(id))}
            questionsById={questionsById}
            lessonTitles={lessonTitles}
            headingLevel="h3"
          />
        </div>
      </section>

      <section aria-labelledby="missed-heading" className="space-y-4">
        <h2 id="missed-heading" className={H2}>
          Questions you miss most
        </h2>
        <div className={CARD}>
          <ReviewQuiz questions={questions} lessonTitles={Object.fromEntries(lessonTitles)} />
        </div>
      </section>

      <section aria-labelledby="data-heading" className="space-y-4">
        <h2 id="data-heading" className={H2}>
          Your data
        </h2>
        <div className={`${CARD} space-y-6`}>
          <DataControls />
          <SetAsideList />
        </div>
      </section>

      <section aria-labelledby="history-heading" className="space-y-4">
        <h2 id="history-heading" className={H2}>
          Every attempt
        </h2>
        <AttemptTable attempts={attempts} lessonTitles={lessonTitles} hydrated={hydrated} />
      </section>
    </div>
  );
}

function LessonScores({
  lesson,
  hasQuiz,
  attempts,
  read,
  hydrated,
}: {
  lesson: DashboardLesson;
  hasQuiz: boolean;
  attempts: readonly Attempt[];
  read: boolean;
  hydrated: boolean;
}) {
  const quizId = lessonQuizId(lesson.slug);
  const history = fullAttemptsOf(attempts, quizId);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h3 className="font-semibold text-slate-900 dark:text-white">
          <IntentLink
            href={`/lessons/${lesson.slug}`}
            className="hover:text-accent-700 dark:hover:text-accent-300"
          >
            {lesson.title}
          </IntentLink>
        </h3>
        <span className="min-h-5 text-sm text-emerald-800 dark:text-emerald-300">
          {hydrated && read ? "✓ Read" : ""}
        </span>
      </div>
      {hasQuiz ? (
        <>
          <div className="min-h-5">
            {hydrated ? <SummaryText attempts={attempts} quizId={quizId} /> : null}
          </div>
          {hydrated ? (
            <LatestScores title={lesson.title} history={history} />
          ) : (
            <div aria-hidden="true" className="h-32" />
          )}
          <IntentLink
            href={`/quiz/${lesson.slug}`}
            className="text-accent-700 dark:text-accent-300 inline-block text-sm font-medium hover:underline"
          >
            {history.length > 0 ? "Take this quiz again" : "Take this quiz"}
            <span className="sr-only">: {lesson.title}</span> →
          </IntentLink>
        </>
      ) : (
        <p className="text-sm text-slate-500 dark:text-slate-400">This lesson has no quiz.</p>
      )}
    </div>
  );
}

/** The chart of the latest `CHART_POINTS` attempts, saying so when there are more. */
function LatestScores({ title, history }: { title: string; history: readonly Attempt[] }) {
  const latest = history.length > CHART_POINTS ? history.slice(-CHART_POINTS) : history;
  return (
    <>
      <ScoreChart title={title} attempts={latest} />
      {latest.length < history.length ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The latest {latest.length} of {history.length} attempts.
        </p>
      ) : null}
    </>
  );
}

function SummaryText({ attempts, quizId }: { attempts: readonly Attempt[]; quizId: string }) {
  const { best, latest, count } = summarizeQuiz(attempts, quizId);
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="score-summary">
      {best && latest
        ? `Best ${percent(best.score)}% · latest ${percent(latest.score)}% · ${count} ${count === 1 ? "attempt" : "attempts"}`
        : "No attempts yet."}
    </p>
  );
}

function describeUnknown(attempts: number, readMarks: number): string {
  const parts = [
    attempts > 0 ? `${attempts} ${attempts === 1 ? "attempt" : "attempts"}` : "",
    readMarks > 0 ? `${readMarks} read ${readMarks === 1 ? "mark" : "marks"}` : "",
  ];
  return parts.filter(Boolean).join(" and ");
}

function quizName(quizId: string, lessonTitles: ReadonlyMap<string, string>): string {
  if (quizId === COURSE_QUIZ_ID) return "Whole-course quiz";
  if (quizId === REVIEW_QUIZ_ID) return "Review of missed questions";
  if (quizId === DUE_QUIZ_ID) return "Spaced review";
  const slug = lessonOfQuiz(quizId);
  return slug ? (lessonTitles.get(slug) ?? slug) : quizId;
}

function AttemptTable({
  attempts,
  lessonTitles,
  hydrated,
}: {
  attempts: readonly Attempt[];
  lessonTitles: ReadonlyMap<string, string>;
  hydrated: boolean;
}) {
  const [rows, setRows] = useState(TABLE_ROWS);
  if (!hydrated) return <p className="min-h-6">{"\u00a0"}</p>;
  if (attempts.length === 0) {
    return (
      <p className="text-slate-600 dark:text-slate-400">
        No attempts yet. Take a lesson&apos;s quiz, or the{" "}
        <IntentLink href="/quiz" className="text-accent-700 dark:text-accent-300 underline">
          whole-course quiz
        </IntentLink>
        .
      </p>
    );
  }
  const newestFirst = attempts.slice(-rows).reverse();
  const more = attempts.length - newestFirst.length;
  return (
    <div className="space-y-3">
      {/* Focusable, so a keyboard can scroll it sideways if a narrow screen needs to. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Every attempt">
        <table className="w-full text-left text-sm" data-testid="attempt-table">
          <caption className="sr-only">Every attempt, newest first</caption>
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              <th scope="col" className="py-2 pr-4 font-medium">
                Finished
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Quiz
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Mode
              </th>
              <th scope="col" className="py-2 font-medium">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((attempt) => (
              <tr key={attempt.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-2 pr-4">{formatDate(attempt.finishedAt)}</td>
                <td className="py-2 pr-4">
                  {quizName(attempt.quizId, lessonTitles)}
                  {attempt.scope === "missed" ? (
                    <span className="text-slate-500 dark:text-slate-400"> (retry of missed)</span>
                  ) : null}
                </td>
                <td className="py-2 pr-4 capitalize">{attempt.mode}</td>
                <td className="py-2 tabular-nums">
                  {percent(attempt.score)}%{" "}
                  <span className="block text-slate-500 sm:inline dark:text-slate-400">
                    ({attempt.questionIds.filter((id) => entryOf(attempt.credit, id) === 1).length}/
                    {attempt.questionIds.length})
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 ? (
        <button
          type="button"
          onClick={() => setRows((shown) => shown + TABLE_ROWS)}
          className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          Show {Math.min(more, TABLE_ROWS)} older {more === 1 ? "attempt" : "attempts"} ({more} not
          shown)
        </button>
      ) : null}
    </div>
  );
}
