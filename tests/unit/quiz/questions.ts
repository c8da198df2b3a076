import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion } from "@/lib/quiz/model";

/** Small questions for the scoring and shuffling tests. */
export const single: ChoiceQuestion = {
  id: "single",
  lessonSlug: "l",
  type: "single",
  prompt: "Which stores images?",
  explanation: "ECR.",
  options: [
    { id: "ecs", text: "ECS", correct: false, feedback: "ECS runs containers." },
    { id: "ecr", text: "ECR", correct: true },
    { id: "elb", text: "ELB", correct: false },
  ],
};

export const trueFalse: ChoiceQuestion = {
  id: "tf",
  lessonSlug: "l",
  type: "truefalse",
  prompt: "ECS stores images.",
  explanation: "A registry does.",
  options: [
    { id: "true", text: "True", correct: false, feedback: "A registry stores them." },
    { id: "false", text: "False", correct: true },
  ],
};

/** Three right options (a, b, c) and two wrong ones (x, y). */
export const multiple: ChoiceQuestion = {
  id: "multiple",
  lessonSlug: "l",
  type: "multiple",
  prompt: "Pick the right ones.",
  explanation: "a, b and c.",
  options: [
    { id: "a", text: "A", correct: true },
    { id: "x", text: "X", correct: false, feedback: "Not X." },
    { id: "b", text: "B", correct: true, feedback: "B is right too." },
    { id: "y", text: "Y", correct: false },
    { id: "c", text: "C", correct: true },
  ],
};

/** Right order: build, push, deploy, run. */
export const ordering: OrderingQuestion = {
  id: "ordering",
  lessonSlug: "l",
  type: "ordering",
  prompt: "Order.",
  explanation: "In order.",
  steps: [
    { id: "build", text: "Build" },
    { id: "push", text: "Push" },
    { id: "deploy", text: "Deploy", feedback: "Deploy comes after the push." },
    { id: "run", text: "Run" },
  ],
};

export const matching: MatchingQuestion = {
  id: "matching",
  lessonSlug: "l",
  type: "matching",
  prompt: "Match.",
  explanation: "Like so.",
  pairs: [
    { id: "ecr", left: "ECR", right: "Stores images" },
    { id: "ecs", left: "ECS", right: "Runs containers", feedback: "ECS runs them." },
    { id: "fargate", left: "Fargate", right: "Serverless compute" },
    { id: "elb", left: "ELB", right: "Spreads traffic" },
  ],
};
