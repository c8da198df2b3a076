"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";

import type { QuizMode } from "@/lib/progress/schema";
import { COURSE_QUIZ_ID } from "@/lib/progress/selectors";
import { drawQuestions } from "@/lib/quiz/draw";
import type { Quiz } from "@/lib/quiz/model";
import { newSeed } from "@/lib/quiz/shuffle";

import { QuizFlow, type SetupApi } from "./quiz-flow";
import { ModePicker, QuizSummaryLine, StartButtons } from "./quiz-start";

/** Choices for "how many questions"; the total of the chosen lessons is always offered too. */
const COUNTS = [5, 10, 15, 20];

/** The whole-course self-assessment: pick lessons and a number of questions, drawn from the bank. */
export function CourseQuiz({ quizzes }: { quizzes: Quiz[] }) {
  const questions = useMemo(() => quizzes.flatMap((quiz) => quiz.questions), [quizzes]);
  return (
    <QuizFlow
      quizId={COURSE_QUIZ_ID}
      questions={questions}
      renderSetup={(api) => <CourseQuizStart api={api} quizzes={quizzes} />}
    />
  );
}

function CourseQuizStart({ api, quizzes }: { api: SetupApi; quizzes: Quiz[] }) {
  const id = useId();
  const [chosen, setChosen] = useState<string[]>(() => quizzes.map((quiz) => quiz.lessonSlug));
  const [count, setCount] = useState(10);
  const [mode, setMode] = useState<QuizMode>("test");
  const available = quizzes
    .filter((quiz) => chosen.includes(quiz.lessonSlug))
    .reduce((sum, quiz) => sum + quiz.questions.length, 0);
  const counts = [...COUNTS.filter((n) => n < available), available].filter((n) => n > 0);
  const effective = Math.min(count, available);

  // Lessons ticked or unticked, and a number of questions picked, before the page hydrated are
  // only in the DOM (see ModePicker).
  const lessonsRef = useRef<HTMLUListElement>(null);
  const countRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const boxes = lessonsRef.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]");
    if (boxes && boxes.length === quizzes.length) {
      // On mount every lesson is chosen, so any box left unticked is the learner's doing.
      const ticked = quizzes.filter((_, index) => boxes[index]!.checked).map((q) => q.lessonSlug);
      if (ticked.length !== chosen.length) setChosen(ticked);
    }
    const picked = Number(countRef.current?.value);
    if (Number.isInteger(picked) && picked > 0 && picked !== count) setCount(picked);
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const toggle = (slug: string) =>
    setChosen((current) =>
      current.includes(slug) ? current.filter((s) => s !== slug) : [...current, slug],
    );

  const start = () => {
    const seed = newSeed();
    const lessons = quizzes.map((q) => q.lessonSlug).filter((slug) => chosen.includes(slug));
    const questionIds = drawQuestions(quizzes, { lessons, count: effective, seed });
    api.start({ mode, questionIds, lessons, seed });
  };

  return (
    <div className="space-y-5">
      <QuizSummaryLine quizId={COURSE_QUIZ_ID} />
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">
          Lessons to draw from
        </legend>
        <ul ref={lessonsRef} className="space-y-1.5">
          {quizzes.map((quiz) => (
            <li key={quiz.lessonSlug}>
              <label className="flex cursor-pointer items-start gap-3">
                <input
                  type="checkbox"
                  checked={chosen.includes(quiz.lessonSlug)}
                  onChange={() => toggle(quiz.lessonSlug)}
                  className="accent-accent-600 dark:accent-accent-400 mt-1 size-4 shrink-0"
                />
                <span>
                  {quiz.title}{" "}
                  <span className="text-sm text-slate-500 dark:text-slate-400">
                    ({quiz.questions.length} questions)
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {chosen.length === 0 ? (
          <p role="alert" className="mt-2 text-sm text-rose-800 dark:text-rose-300">
            Choose at least one lesson.
          </p>
        ) : null}
      </fieldset>

      <div>
        <label
          htmlFor={`${id}-count`}
          className="mb-1 block text-sm font-medium text-slate-800 dark:text-slate-200"
        >
          Number of questions
        </label>
        <select
          ref={countRef}
          id={`${id}-count`}
          value={counts.includes(count) ? count : effective}
          disabled={available === 0}
          onChange={(event) => setCount(Number(event.target.value))}
          className="rounded-md border border-slate-300 bg-white px-2 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        >
          {counts.map((n) => (
            <option key={n} value={n}>
              {n === available ? `All ${n}` : n}
            </option>
          ))}
        </select>
      </div>

      <ModePicker value={mode} onChange={setMode} />
      {available > 0 ? (
        <StartButtons api={api} onStart={start} label={`Start: ${effective} questions`} />
      ) : null}
    </div>
  );
}
