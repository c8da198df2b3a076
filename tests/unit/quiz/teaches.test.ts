import { describe, expect, it } from "vitest";

import { formatProblem } from "@/lib/content";
import { checkContent } from "@/lib/course";
import { checkTeaches, type TeachesReference } from "@/lib/quiz/teaches";

import { fixture } from "../content/helpers";

async function problemsOf(name: string) {
  return (await checkContent(fixture(name))).map(formatProblem);
}

describe("a question's teaches: reference", () => {
  it("is reported with file:line when it names no section, a missing lesson or heading, or a later lesson", async () => {
    expect(await problemsOf("questions with broken teaches references")).toEqual([
      expect.stringMatching(
        /^content\/01-first\.quiz\.yaml:14: question "names-no-section" does not say which section teaches it\n {2}hint: add /,
      ),
      'content/01-first.quiz.yaml:24: question "no-such-lesson" teaches: "lifecycle#policies": there is no lesson "lifecycle"\n  hint: lessons: first, second',
      'content/01-first.quiz.yaml:30: question "no-such-heading" teaches: "first#scanning": lesson "first" has no heading "scanning"\n  hint: its headings: what-ecr-stores, tags',
      expect.stringMatching(
        /^content\/01-first\.quiz\.yaml:36: question "taught-later" teaches: "second#fargate-billing": lesson "second" comes after "first"/,
      ),
    ]);
  });

  it("must have the form <lesson-slug>#<heading-id>", async () => {
    expect(await problemsOf("a teaches that is not a lesson and heading")).toEqual([
      'content/lesson.quiz.yaml:7: quiz "questions.0.teaches" must be <lesson-slug>#<heading-id>, e.g. containers-on-aws#amazon-ecr-the-image-registry',
    ]);
  });

  it("accepts a section of the same lesson, at any depth, with a generated or custom id", async () => {
    expect(await problemsOf("a quiz with every question type")).toEqual([]);
  });
});

describe("checkTeaches", () => {
  const context = {
    lessonOrder: ["intro", "deep-dive", "lab"],
    headingIds: new Map([
      ["intro", new Set(["what-ecr-stores"])],
      ["deep-dive", new Set(["billing"])],
    ]),
  };
  const question = (lessonSlug: string, teaches?: string): TeachesReference => ({
    file: "content/q.quiz.yaml",
    line: 3,
    questionId: "q",
    lessonSlug,
    ...(teaches ? { teaches } : {}),
  });

  it("lets a quiz ask what its own lesson or an earlier one teaches", () => {
    expect(
      checkTeaches(
        [question("deep-dive", "deep-dive#billing"), question("lab", "intro#what-ecr-stores")],
        context,
      ),
    ).toEqual([]);
  });

  it("refuses a section of a later lesson", () => {
    const [problem] = checkTeaches([question("intro", "deep-dive#billing")], context);
    expect(problem).toMatchObject({ file: "content/q.quiz.yaml", line: 3 });
    expect(problem?.message).toContain('lesson "deep-dive" comes after "intro"');
  });

  it("does not guess at the headings of a lesson that failed to compile", () => {
    // "lab" has no heading ids: its own compile problems are reported instead.
    expect(checkTeaches([question("lab", "lab#anything")], context)).toEqual([]);
  });
});
