import type { Question } from "@/lib/quiz/model";
import { percent } from "@/lib/quiz/percent";
import type { Calibration } from "@/lib/review/calibration";

import { RichText } from "../quiz/rich-text";

/** Most questions listed under each heading; the rest are counted. */
const LISTED = 8;

/**
 * Calibration: how often the learner was right when sure, the questions they got right without
 * being sure (to review) and those they got wrong while sure (misconceptions, with a link to
 * the lesson that teaches them). Nothing when no answer carried a confidence.
 */
export function CalibrationView({
  calibration,
  questionsById,
  lessonTitles,
  headingLevel = "h4",
}: {
  calibration: Calibration;
  questionsById: ReadonlyMap<string, Question>;
  lessonTitles?: ReadonlyMap<string, string>;
  headingLevel?: "h2" | "h3" | "h4";
}) {
  const { sure, unsure, guess } = calibration;
  const given = sure.total + unsure.total + guess.total;
  const Heading = headingLevel;
  const Sub = headingLevel === "h2" ? "h3" : headingLevel === "h3" ? "h4" : "h5";
  if (given === 0) return null;
  const rate = (part: { right: number; total: number }) =>
    part.total === 0
      ? "none given"
      : `${part.right} of ${part.total} right (${percent(part.right / part.total)}%)`;
  const list = (ids: string[], linked: boolean) => (
    <ul className="mt-1 space-y-1.5">
      {ids.slice(0, LISTED).flatMap((id) => {
        const question = questionsById.get(id);
        if (!question) return [];
        return [
          <li key={id} data-question-id={id} className="text-sm text-slate-800 dark:text-slate-200">
            <RichText text={question.prompt} />
            {linked ? (
              <>
                {" "}
                <a
                  href={`/lessons/${question.lessonSlug}/`}
                  className="text-accent-700 dark:text-accent-300 font-medium whitespace-nowrap underline underline-offset-2"
                >
                  Revisit {lessonTitles?.get(question.lessonSlug) ?? "the lesson"}
                </a>
              </>
            ) : null}
          </li>,
        ];
      })}
      {ids.length > LISTED ? (
        <li className="text-sm text-slate-600 dark:text-slate-400">
          and {ids.length - LISTED} more
        </li>
      ) : null}
    </ul>
  );
  return (
    <section aria-label="How sure you were" data-testid="calibration" className="space-y-3">
      <Heading className="text-lg font-semibold text-slate-900 dark:text-white">
        How sure you were
      </Heading>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700 dark:text-slate-300">When sure</dt>
        <dd data-testid="calibration-sure">{rate(sure)}</dd>
        <dt className="font-medium text-slate-700 dark:text-slate-300">When unsure</dt>
        <dd>{rate(unsure)}</dd>
        <dt className="font-medium text-slate-700 dark:text-slate-300">When guessing</dt>
        <dd>{rate(guess)}</dd>
      </dl>
      {calibration.wrongButSure.length > 0 ? (
        <div data-testid="wrong-but-sure">
          <Sub className="font-medium text-rose-800 dark:text-rose-300">
            Wrong but sure: misconceptions to revisit
          </Sub>
          {list(calibration.wrongButSure, true)}
        </div>
      ) : null}
      {calibration.rightButUnsure.length > 0 ? (
        <div data-testid="right-but-unsure">
          <Sub className="font-medium text-amber-800 dark:text-amber-300">
            Right but not sure: worth a review
          </Sub>
          {list(calibration.rightButUnsure, false)}
        </div>
      ) : null}
    </section>
  );
}
