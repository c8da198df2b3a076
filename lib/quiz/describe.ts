import type { Answer, Question } from "./model";

/**
 * Words for the review at the end of a quiz: what the learner answered, what was right, and the
 * feedback written for the mistakes they made. Plain strings, so the same text serves the page,
 * screen readers and tests.
 */

/** The learner's answer, one line per chosen option, step or pair. Empty when unanswered. */
export function describeAnswer(question: Question, answer: Answer | undefined): string[] {
  switch (question.type) {
    case "single":
    case "multiple":
    case "truefalse": {
      const picked = new Set(Array.isArray(answer) ? answer : []);
      return question.options.filter((option) => picked.has(option.id)).map((o) => o.text);
    }
    case "ordering": {
      const order = Array.isArray(answer) ? answer : [];
      const byId = new Map(question.steps.map((step) => [step.id, step.text]));
      return order.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    }
    case "matching": {
      const chosen = answer && !Array.isArray(answer) ? answer : {};
      const rightOf = new Map(question.pairs.map((pair) => [pair.id, pair.right]));
      return question.pairs.map(
        (pair) => `${pair.left} → ${rightOf.get(chosen[pair.id] ?? "") ?? "(no match chosen)"}`,
      );
    }
  }
}

/** The right answer, in the same form as `describeAnswer`. */
export function describeCorrect(question: Question): string[] {
  switch (question.type) {
    case "single":
    case "multiple":
    case "truefalse":
      return question.options.filter((option) => option.correct).map((option) => option.text);
    case "ordering":
      return question.steps.map((step) => step.text);
    case "matching":
      return question.pairs.map((pair) => `${pair.left} → ${pair.right}`);
  }
}

/**
 * The author's feedback on each mistake in the answer: a wrong option picked (or, in a
 * multiple-select question, a right one left out), a step that is not in its place, a pair
 * matched wrongly.
 */
export function feedbackFor(question: Question, answer: Answer | undefined): string[] {
  switch (question.type) {
    case "single":
    case "truefalse": {
      const picked = new Set(Array.isArray(answer) ? answer : []);
      return question.options
        .filter((option) => !option.correct && picked.has(option.id) && option.feedback)
        .map((option) => option.feedback!);
    }
    case "multiple": {
      const picked = new Set(Array.isArray(answer) ? answer : []);
      return question.options
        .filter((option) => option.correct !== picked.has(option.id) && option.feedback)
        .map((option) => option.feedback!);
    }
    case "ordering": {
      const order = Array.isArray(answer) ? answer : [];
      const ids = question.steps.map((step) => step.id);
      return question.steps
        .filter((step) => step.feedback && order.indexOf(step.id) !== ids.indexOf(step.id))
        .map((step) => step.feedback!);
    }
    case "matching": {
      const chosen = answer && !Array.isArray(answer) ? answer : {};
      return question.pairs
        .filter((pair) => pair.feedback && chosen[pair.id] !== pair.id)
        .map((pair) => pair.feedback!);
    }
  }
}

/** What a learner is asked to do, by question type. */
export function instructionFor(question: Question): string {
  switch (question.type) {
    case "single":
      return "Choose one answer.";
    case "multiple":
      return "Choose every answer that applies.";
    case "truefalse":
      return "Is this statement true or false?";
    case "ordering":
      return "Put the steps in order, first at the top.";
    case "matching":
      return "Match each item on the left with one on the right.";
  }
}
