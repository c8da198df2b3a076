"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";

import { COURSE_QUIZ_ID } from "@/lib/progress/selectors";
import { drawQuestions } from "@/lib/quiz/draw";
import type { Quiz } from "@/lib/quiz/model";
import { newSeed } from "@/lib/quiz/shuffle";

import { QuizFlow, type SetupApi } from "./quiz-flow";
import { ModePicker, modeOf, QuizSummaryLine, StartButtons, StartForm } from "./quiz-start";

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

/** The lessons and the number of questions a course quiz's start form says. */
function choicesIn(data: FormData, quizzes: Quiz[]) {
  const ticked = new Set(data.getAll("lesson"));
  const lessons = quizzes.map((quiz) => quiz.lessonSlug).filter((slug) => ticked.has(slug));
  return { lessons, count: Number(data.get("count")) };
}

function CourseQuizStart({ api, quizzes }: { api: SetupApi; quizzes: Quiz[] }) {
  const id = useId();
  const [chosen, setChosen] = useState<string[]>(() => quizzes.map((quiz) => quiz.lessonSlug));
  const [count, setCount] = useState(10);
  const available = quizzes
    .filter((quiz) => chosen.includes(quiz.lessonSlug))
    .reduce((sum, quiz) => sum + quiz.questions.length, 0);
  const counts = [...COUNTS.filter((n) => n < available), available].filter((n) => n > 0);
  const effective = Math.min(count, available);

  // The form holds the choices (its inputs are not controlled, see StartForm); this state only
  // shapes what the form shows (the counts on offer, the button's label). It follows every
  // change, and once on mount takes what the learner changed before the page was live: the
  // smallest way to show those, since the inputs themselves already keep them.
  const form = useRef<HTMLFormElement>(null);
  const follow = (element: HTMLFormElement) => {
    const choices = choicesIn(new FormData(element), quizzes);
    setChosen(choices.lessons);
    if (Number.isInteger(choices.count) && choices.count > 0) setCount(choices.count);
  };
  useEffect(() => {
    if (form.current) follow(form.current);
    // Once, on mount: later changes come through the form's onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const start = (data: FormData) => {
    const { lessons, count: asked } = choicesIn(data, quizzes);
    const bank = quizzes.filter((quiz) => lessons.includes(quiz.lessonSlug));
    const size = bank.reduce((sum, quiz) => sum + quiz.questions.length, 0);
    const seed = newSeed();
    const questionIds = drawQuestions(quizzes, {
      lessons,
      count: Math.min(Number.isInteger(asked) && asked > 0 ? asked : count, size),
      seed,
    });
    api.start({ mode: modeOf(data), questionIds, lessons, seed });
  };

  return (
    <StartForm ref={form} className="space-y-5" onStart={start} onChange={follow}>
      <QuizSummaryLine quizId={COURSE_QUIZ_ID} />
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">
          Lessons to draw from
        </legend>
        <ul className="space-y-1.5">
          {quizzes.map((quiz) => (
            <li key={quiz.lessonSlug}>
              <label className="flex cursor-pointer items-start gap-3">
                <input
                  type="checkbox"
                  name="lesson"
                  value={quiz.lessonSlug}
                  defaultChecked
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
          id={`${id}-count`}
          name="count"
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

      <ModePicker />
      {available > 0 ? <StartButtons api={api} label={`Start: ${effective} questions`} /> : null}
    </StartForm>
  );
}
