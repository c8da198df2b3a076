import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import { loadCourse } from "@/lib/content/course";
import { loadQuizBank } from "@/lib/quiz/load";
import { QUESTION_TYPES } from "@/lib/quiz/schema";

// The real course (or DOCKSIDE_CONTENT_DIR), through the same loader the build uses.
async function realBank() {
  const paths = getContentPaths();
  const course = await loadCourse({ ...paths, skipDrafts: true });
  return { course, ...(await loadQuizBank({ course, ...paths })) };
}

describe("the course's question bank", () => {
  it("is valid, with a quiz of at least 12 questions for every lesson", async () => {
    const { course, bank, problems } = await realBank();
    expect(problems).toEqual([]);
    expect(bank.quizzes.map((quiz) => quiz.lessonSlug)).toEqual(
      course.lessons.map((lesson) => lesson.slug),
    );
    for (const quiz of bank.quizzes) expect(quiz.questions.length).toBeGreaterThanOrEqual(12);
    const total = bank.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
    expect(total).toBeGreaterThanOrEqual(36);
  });

  it("uses every question type in every lesson", async () => {
    const { bank } = await realBank();
    for (const quiz of bank.quizzes) {
      expect(new Set(quiz.questions.map((q) => q.type)), quiz.lessonSlug).toEqual(
        new Set(QUESTION_TYPES),
      );
    }
  });

  it("asks the seed deck's question: what Fargate helps you avoid", async () => {
    const { bank } = await realBank();
    const question = bank.quizzes
      .flatMap((quiz) => quiz.questions)
      .find((q) => q.id === "fargate-avoids");
    expect(question?.type).toBe("single");
    if (question?.type !== "single") return;
    expect(question.options.filter((o) => o.correct).map((o) => o.text)).toEqual([
      "Managing servers and EC2 instances",
    ]);
  });

  it("covers each misconception of facts.md §8", async () => {
    const { bank } = await realBank();
    const ids = new Set(bank.quizzes.flatMap((quiz) => quiz.questions.map((q) => q.id)));
    // §8, in order. If you rename one of these questions, update this list.
    const misconceptions = [
      "ecs-stores-images",
      "fargate-separate-service",
      "task-one-container",
      "repush-latest",
      "task-role-pulls-images",
      "fargate-bills-usage",
      "fargate-valid-sizes",
      "host-port-mapping",
      "target-type-ip",
      "ecr-login-lifetime",
      "fargate-spot-platforms",
      "ecs-anywhere-limits",
      "ecs-orchestration-charge",
      "change-task-definition",
      "private-subnet-ecr",
    ];
    expect(misconceptions.filter((id) => !ids.has(id))).toEqual([]);
  });
});
