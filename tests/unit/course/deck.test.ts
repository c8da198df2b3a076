import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import { loadCourse } from "@/lib/content/course";
import { loadDiagramContent } from "@/lib/diagram/load";
import { getQuiz } from "@/lib/quiz/bank";
import { getPresentation } from "@/lib/course/deck";
import { quizSlideOutline } from "@/lib/slides/quiz";

/** The architecture diagram's workflow steps, from its content file. */
const STEPS = loadDiagramContent(getContentPaths()).steps;

// Compiles every lesson of the course in content/ as a deck, through the real loader.
describe("the decks of the course in content/", () => {
  const paths = getContentPaths();
  const lessons = async () => (await loadCourse({ ...paths, skipDrafts: false })).lessons;

  async function presentation(slug: string) {
    const found = await getPresentation(slug, paths);
    if (!found) throw new Error(`no deck for ${slug}`);
    return found;
  }

  it("gives every lesson a deck: its slides, then one slide per quiz question", async () => {
    const all = await lessons();
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const meta of all) {
      const { lesson, quiz, outline } = await presentation(meta.slug);
      expect(lesson.outline.length, meta.slug).toBeGreaterThan(1);
      expect(outline, meta.slug).toEqual([...lesson.outline, ...quizSlideOutline(quiz)]);
      expect(outline.length, meta.slug).toBe(lesson.outline.length + (quiz?.questions.length ?? 0));
    }
  });

  it("opens every deck with a slide titled as the lesson", async () => {
    for (const meta of await lessons()) {
      const { outline } = await presentation(meta.slug);
      expect(outline[0]?.title, meta.slug).toBe(meta.title);
    }
  });

  it("has speaker notes on most slides of the first two lessons", async () => {
    for (const slug of ["containers-on-aws", "ecs-fargate-ecr-in-depth"]) {
      const { lesson } = await presentation(slug);
      const withNotes = lesson.outline.filter((slide) => slide.hasNotes).length;
      expect(withNotes / lesson.outline.length, slug).toBeGreaterThanOrEqual(0.8);
    }
  });

  it("walks the diagram's workflow steps on the architecture slide", async () => {
    const { lesson } = await presentation("ecs-fargate-ecr-in-depth");
    const diagramSlides = lesson.outline.filter(
      (slide) => slide.steps - slide.reveals === STEPS.length,
    );
    expect(diagramSlides.map((slide) => slide.title)).toEqual(["The architecture"]);
  });

  it("has no deck for a slug that is not a lesson", async () => {
    expect(await getPresentation("no-such-lesson", paths)).toBeUndefined();
  });
});

describe("quizSlideOutline", () => {
  it("adds one slide per question, each with one step (the answer) and notes", async () => {
    const quiz = await getQuiz("containers-on-aws", getContentPaths());
    expect(quiz?.questions.length).toBeGreaterThan(1);
    const total = quiz?.questions.length ?? 0;
    const slides = quizSlideOutline(quiz);
    expect(slides).toHaveLength(total);
    expect(slides[0]).toEqual({
      title: `Quiz: question 1 of ${total}`,
      reveals: 1,
      steps: 1,
      hasNotes: true,
    });
    expect(slides[total - 1]?.title).toBe(`Quiz: question ${total} of ${total}`);
    expect(slides.every((slide) => slide.steps === 1 && slide.hasNotes)).toBe(true);
  });

  it("adds nothing for a lesson without a quiz", () => {
    expect(quizSlideOutline(undefined)).toEqual([]);
    expect(
      quizSlideOutline({ lessonSlug: "l", title: "Quiz", file: "l.quiz.yaml", questions: [] }),
    ).toEqual([]);
  });
});
