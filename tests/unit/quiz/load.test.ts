import { describe, expect, it } from "vitest";

import { formatProblem } from "@/lib/content";
import { checkContent } from "@/lib/course";
import { loadCourse } from "@/lib/content/course";
import { loadQuizBank } from "@/lib/quiz/load";

import { fixture } from "../content/helpers";

async function load(name: string) {
  const paths = fixture(name);
  const course = await loadCourse(paths);
  return loadQuizBank({ course, ...paths });
}

/** The problems of a fixture as the build prints them. */
async function problemsOf(name: string) {
  return (await load(name)).problems.map((problem) => formatProblem(problem));
}

describe("loadQuizBank", () => {
  it("reads a lesson's quiz file into questions with stable ids on every part", async () => {
    const { bank, problems } = await load("a quiz with every question type");
    expect(problems).toEqual([]);
    const [quiz] = bank.quizzes;
    expect(quiz).toMatchObject({
      lessonSlug: "lesson",
      title: "Check yourself",
      file: "content/lesson.quiz.yaml",
    });
    expect(quiz?.questions.map((q) => [q.id, q.type])).toEqual([
      ["pick-one", "single"],
      ["pick-some", "multiple"],
      ["true-or-false", "truefalse"],
      ["put-in-order", "ordering"],
      ["match-them", "matching"],
    ]);
    expect(quiz?.questions[0]).toMatchObject({
      lessonSlug: "lesson",
      options: [
        { id: "amazon-ecs", text: "Amazon ECS", correct: false, feedback: "ECS runs containers." },
        { id: "amazon-ecr", text: "Amazon ECR", correct: true },
      ],
    });
    // true/false becomes two options; the feedback belongs to the wrong one.
    expect(quiz?.questions[2]).toMatchObject({
      options: [
        { id: "true", text: "True", correct: false, feedback: "A registry stores them." },
        { id: "false", text: "False", correct: true },
      ],
    });
    expect(quiz?.questions[3]).toMatchObject({
      steps: [
        { id: "build" },
        { id: "push" },
        { id: "deploy", feedback: "Deploy after the push." },
        { id: "run" },
      ],
    });
    expect(quiz?.questions[4]).toMatchObject({
      pairs: [
        { id: "ecr", left: "ECR", right: "Stores images" },
        { id: "ecs", left: "ECS", right: "Runs containers", feedback: "ECS is the orchestrator." },
      ],
    });
  });

  it("reports a question with no correct answer on the line of its options", async () => {
    expect(await problemsOf("a quiz question with no correct answer")).toEqual([
      'content/lesson.quiz.yaml:11: quiz "questions.1.options" has no correct answer: mark exactly one option with `correct: true`',
    ]);
  });

  it("reports a question id used twice in a file", async () => {
    expect(await problemsOf("a quiz with a duplicate question id")).toEqual([
      'content/lesson.quiz.yaml:7: quiz "questions.1.id" repeats the id "same" of an earlier question: ids must be unique',
    ]);
  });

  it("reports a question id used in two quiz files, pointing at both", async () => {
    const problems = await problemsOf("two quizzes sharing a question id");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/02-second\.quiz\.yaml:7: question id "shared" is already used in content\/01-first\.quiz\.yaml:2\n {2}hint: /,
    );
  });

  it("reports an unknown or missing question type and lists the known ones", async () => {
    expect(await problemsOf("a quiz question of an unknown type")).toEqual([
      'content/lesson.quiz.yaml:3: quiz "questions.0.type" "essay" is not a question type: use one of single, multiple, truefalse, ordering, matching',
      'content/lesson.quiz.yaml:6: quiz "questions.1.type" is missing: every question needs a type (single, multiple, truefalse, ordering, matching)',
    ]);
  });

  it("reports an ordering step that is missing", async () => {
    expect(await problemsOf("an ordering question with a missing step")).toEqual([
      'content/lesson.quiz.yaml:8: quiz "questions.0.items.2" is missing: every step needs its text',
    ]);
  });

  it("reports a misspelt key on its line, and the key it should have been", async () => {
    expect(await problemsOf("a quiz with a misspelt key")).toEqual([
      'content/lesson.quiz.yaml:2: quiz "questions.0.explanation" is missing',
      'content/lesson.quiz.yaml:6: quiz "questions.0.explanaton" is not a known key: check its spelling',
    ]);
  });

  it("reports a quiz file that has no lesson beside it", async () => {
    const problems = await problemsOf("a quiz without its lesson");
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/lost\.quiz\.yaml: there is no lesson lost\.mdx next to this quiz\n {2}hint: /,
      ),
    ]);
  });

  it("reports YAML syntax errors with their line", async () => {
    const problems = await problemsOf("a quiz that is not yaml");
    expect(problems[0]).toMatch(/^content\/lesson\.quiz\.yaml:\d+: quiz is not valid YAML/);
  });

  it("is part of the content check that runs before the build", async () => {
    const problems = await checkContent(fixture("a quiz question with no correct answer"));
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining("has no correct answer"),
    );
  });
});
