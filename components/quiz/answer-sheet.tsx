import { IntentLink } from "@/components/ui/intent-link";
import { instructionFor } from "@/lib/quiz/describe";
import type { Question, Quiz } from "@/lib/quiz/model";
import { arrangeQuestion } from "@/lib/quiz/shuffle";

import { RichText } from "./rich-text";

/** The seed the sheet and its key share: both show every question laid out the same way. */
const SHEET_SEED = "answer-sheet";
const LETTERS = "ABCDEFGHI";

const MUTED = "text-slate-600 dark:text-slate-400 print:text-black";

/**
 * A lesson's quiz on paper, for a class without devices: the answer sheet, with a box per
 * option and a blank per step or pair, or (`answers`) the answer key, with the same layout,
 * the right answers marked and the explanations. A server component: no JavaScript. Prints in
 * black on white, whatever the screen's theme.
 */
export function AnswerSheet({
  quiz,
  lessonTitle,
  answers,
}: {
  quiz: Quiz;
  lessonTitle: string;
  answers: boolean;
}) {
  const id = quiz.lessonSlug;
  return (
    <main
      id="main"
      className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12 print:max-w-none print:p-0 print:text-black"
    >
      <p className="no-print text-sm">
        <IntentLink
          href={`/quiz/${id}`}
          className="text-accent-700 dark:text-accent-300 underline underline-offset-2"
        >
          ← Back to the quiz
        </IntentLink>
        {" · "}
        <IntentLink
          href={`/quiz/${id}/${answers ? "sheet" : "key"}`}
          className="text-accent-700 dark:text-accent-300 underline underline-offset-2"
        >
          {answers ? "Answer sheet" : "Answer key"}
        </IntentLink>
        {" · Print it from your browser’s menu (Ctrl+P or ⌘P)."}
      </p>
      <h1 className="mt-3 text-2xl font-bold text-slate-900 sm:text-3xl dark:text-white print:mt-0 print:text-black">
        {answers ? "Answer key" : "Answer sheet"}: {quiz.title}
      </h1>
      <p className={`mt-2 ${MUTED}`}>
        Dockside · lesson “{lessonTitle}” · {quiz.questions.length} questions
      </p>
      {answers ? null : (
        <p className="mt-6 flex flex-wrap gap-x-10 gap-y-4 text-slate-900 dark:text-white print:text-black">
          <span>
            Name: <span className="inline-block w-56 border-b border-current align-bottom" />
          </span>
          <span>
            Date: <span className="inline-block w-32 border-b border-current align-bottom" />
          </span>
        </p>
      )}
      <ol className="mt-8 space-y-7">
        {quiz.questions.map((question, index) => (
          <li
            key={question.id}
            data-question-id={question.id}
            className="break-inside-avoid text-slate-900 dark:text-slate-100 print:text-black"
          >
            <p className="font-semibold">
              {index + 1}. <RichText text={question.prompt} />
            </p>
            <p className={`mt-0.5 text-sm ${MUTED}`}>{instructionFor(question)}</p>
            <SheetQuestion question={question} answers={answers} />
            {answers ? (
              <p className="mt-2 text-sm">
                <span className="font-medium">Why: </span>
                <RichText text={question.explanation} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </main>
  );
}

function Box({ ticked }: { ticked: boolean }) {
  return (
    <span
      aria-hidden="true"
      className="inline-flex size-5 shrink-0 items-center justify-center rounded-sm border border-current text-sm leading-none font-bold"
    >
      {ticked ? "✓" : ""}
    </span>
  );
}

function SheetQuestion({ question, answers }: { question: Question; answers: boolean }) {
  const layout = arrangeQuestion(question, SHEET_SEED);
  switch (question.type) {
    case "single":
    case "multiple":
    case "truefalse": {
      const byId = new Map(question.options.map((option) => [option.id, option]));
      return (
        <ul className="mt-2 space-y-1.5">
          {(layout.options ?? []).map((optionId, index) => {
            const option = byId.get(optionId)!;
            const ticked = answers && option.correct;
            return (
              <li key={optionId} className="flex items-start gap-2">
                <Box ticked={ticked} />
                <span>
                  {LETTERS[index]}. <RichText text={option.text} />
                  {ticked ? <span className="sr-only"> (right answer)</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      );
    }
    case "ordering": {
      const byId = new Map(question.steps.map((step) => [step.id, step]));
      const shown = layout.steps ?? [];
      const letterOf = new Map(shown.map((id, index) => [id, LETTERS[index]]));
      return (
        <>
          <ul className="mt-2 space-y-1.5">
            {shown.map((stepId, index) => (
              <li key={stepId}>
                {LETTERS[index]}. <RichText text={byId.get(stepId)!.text} />
              </li>
            ))}
          </ul>
          <p className="mt-2">
            Order (letters, first to last):{" "}
            {answers ? (
              <strong>{question.steps.map((step) => letterOf.get(step.id)).join(" → ")}</strong>
            ) : (
              <span className="inline-block w-64 border-b border-current align-bottom" />
            )}
          </p>
        </>
      );
    }
    case "matching": {
      const rights = layout.rights ?? [];
      const letterOf = new Map(rights.map((id, index) => [id, LETTERS[index]]));
      const rightText = new Map(question.pairs.map((pair) => [pair.id, pair.right]));
      return (
        <div className="mt-2 grid gap-4 sm:grid-cols-2 print:grid-cols-2">
          <ol className="space-y-1.5">
            {question.pairs.map((pair, index) => (
              <li key={pair.id} className="flex items-start gap-2">
                <span className="inline-block w-8 shrink-0 border-b border-current text-center font-bold">
                  {answers ? letterOf.get(pair.id) : "\u00a0"}
                </span>
                <span>
                  {index + 1}. <RichText text={pair.left} />
                </span>
              </li>
            ))}
          </ol>
          <ul className="space-y-1.5">
            {rights.map((pairId, index) => (
              <li key={pairId}>
                {LETTERS[index]}. <RichText text={rightText.get(pairId)!} />
              </li>
            ))}
          </ul>
        </div>
      );
    }
  }
}
