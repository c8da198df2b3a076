"use client";

import { useMemo, useState } from "react";

import type { QuizMode } from "@/lib/progress/schema";
import { lessonQuizId } from "@/lib/progress/selectors";
import type { Quiz } from "@/lib/quiz/model";

import { QuizFlow, type SetupApi } from "./quiz-flow";
import { ModePicker, QuizSummaryLine, StartButtons } from "./quiz-start";

/** A lesson's quiz: every question of its bank, in practice or test mode. */
export function LessonQuiz({ quiz }: { quiz: Quiz }) {
  const quizId = lessonQuizId(quiz.lessonSlug);
  const questionIds = useMemo(() => quiz.questions.map((question) => question.id), [quiz]);
  return (
    <QuizFlow
      quizId={quizId}
      questions={quiz.questions}
      restart={{ questionIds }}
      renderSetup={(api) => <LessonQuizStart api={api} quizId={quizId} questionIds={questionIds} />}
    />
  );
}

function LessonQuizStart({
  api,
  quizId,
  questionIds,
}: {
  api: SetupApi;
  quizId: string;
  questionIds: string[];
}) {
  const [mode, setMode] = useState<QuizMode>("practice");
  return (
    <div className="space-y-4">
      <div>
        <p className="text-slate-700 dark:text-slate-300">
          {questionIds.length} questions, in a new order each time.
        </p>
        <QuizSummaryLine quizId={quizId} />
      </div>
      <ModePicker value={mode} onChange={setMode} />
      <StartButtons api={api} onStart={() => api.start({ mode, questionIds })} />
    </div>
  );
}
