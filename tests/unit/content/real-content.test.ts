import { describe, expect, it } from "vitest";

import { formatProblem, getContentPaths } from "@/lib/content";
import { checkContent } from "@/lib/course";
import { loadCourse } from "@/lib/content/course";

// Loads every lesson in content/ through the real loader and compiler, so a broken lesson,
// link or image fails CI, not just the build.
describe("the course in content/", () => {
  it("has no content problems", async () => {
    expect((await checkContent(getContentPaths())).map(formatProblem)).toEqual([]);
  });

  it("gives every lesson a description and learning outcomes", async () => {
    const course = await loadCourse({ ...getContentPaths(), skipDrafts: true });
    expect(course.lessons.length).toBeGreaterThanOrEqual(3);
    for (const lesson of course.lessons) {
      expect(lesson.description, lesson.slug).toBeTruthy();
      expect(lesson.outcomes.length, lesson.slug).toBeGreaterThanOrEqual(3);
    }
  });
});
