import type { Question, Quiz } from "../model";

/**
 * A lesson's question bank in Moodle's GIFT format, for an instructor to import into an LMS.
 * Written with the `[markdown]` text format, so `backticked` code stays code. What GIFT can
 * carry: single and multiple choice (multiple with the same partial credit as the site: each
 * right option is worth an equal share, each wrong one takes a share away), true/false and
 * matching, each with the per-answer feedback and the explanation as general feedback. GIFT
 * has no ordering question: those are listed in a comment instead.
 */
export function toGift(quiz: Quiz): string {
  const lines = [
    `// ${oneLine(quiz.title)}: question bank exported from Dockside.`,
    `// Import into Moodle: Question bank → Import → GIFT format.`,
    "",
    `$CATEGORY: ${escape(quiz.title)}`,
    "",
  ];
  const left = quiz.questions.filter((question) => !giftCarries(question));
  if (left.length > 0) {
    lines.push(
      `// Not included (GIFT has no ordering question): ${left.map((q) => q.id).join(", ")}`,
      "",
    );
  }
  for (const question of quiz.questions) {
    const text = giftQuestion(question);
    if (text) lines.push(text, "");
  }
  return lines.join("\n");
}

/** Whether GIFT has a question type for `question`. */
export function giftCarries(question: Question): boolean {
  return question.type !== "ordering";
}

function giftQuestion(question: Question): string | undefined {
  const head = `::${escape(question.id)}::[markdown]${escape(question.prompt)}`;
  const general = `\t####${escape(question.explanation)}`;
  switch (question.type) {
    case "truefalse": {
      const answer = question.options.find((option) => option.correct)!.id === "true";
      const wrong = question.options.find((option) => !option.correct)!;
      const feedback = wrong.feedback ? `#${escape(wrong.feedback)}` : "";
      return `${head} {${answer ? "TRUE" : "FALSE"}${feedback}\n${general}\n}`;
    }
    case "single": {
      const choices = question.options.map(
        (option) =>
          `\t${option.correct ? "=" : "~"}${escape(option.text)}${feedbackOf(option.feedback)}`,
      );
      return `${head} {\n${choices.join("\n")}\n${general}\n}`;
    }
    case "multiple": {
      const right = question.options.filter((option) => option.correct).length;
      const share = weight(100 / right);
      const choices = question.options.map(
        (option) =>
          `\t~%${option.correct ? share : `-${share}`}%${escape(option.text)}${feedbackOf(option.feedback)}`,
      );
      return `${head} {\n${choices.join("\n")}\n${general}\n}`;
    }
    case "matching": {
      // GIFT keeps no feedback per pair: the pairs' feedback goes before the explanation.
      const notes = question.pairs.flatMap((pair) => (pair.feedback ? [pair.feedback] : []));
      const pairs = question.pairs.map(
        (pair) => `\t=${escape(pair.left)} -> ${escape(pair.right)}`,
      );
      const feedback = `\t####${[...notes, question.explanation].map(escape).join(" ")}`;
      return `${head} {\n${pairs.join("\n")}\n${feedback}\n}`;
    }
    case "ordering":
      return undefined;
  }
}

const feedbackOf = (feedback: string | undefined) => (feedback ? `#${escape(feedback)}` : "");

/** A percentage as Moodle lists them: at most five decimals (33.33333). */
function weight(value: number): string {
  return String(Math.round(value * 100_000) / 100_000);
}

/** GIFT's special characters, escaped with a backslash; line breaks as spaces. */
function escape(text: string): string {
  return oneLine(text).replace(/[~=#{}:\\]/g, (char) => `\\${char}`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
