import { MdxContent } from "@/components/mdx/mdx-content";
import { LessonQuizSection } from "@/components/quiz/lesson-quiz-section";
import { type Course, getNeighbours } from "@/lib/content";
import type { Lesson } from "@/lib/course";
import type { Quiz } from "@/lib/quiz/model";

import { Breadcrumbs } from "./breadcrumbs";
import { CourseNav } from "./course-nav";
import { LessonPager } from "./lesson-pager";
import { Outcomes } from "./outcomes";
import { PresentLinks } from "./present-links";
import { ReadingProgress } from "./reading-progress";
import { Sources } from "./sources";
import { TableOfContents } from "./table-of-contents";

/** The lesson reader: course outline, the lesson, its table of contents, its quiz, prev/next. */
export function LessonView({
  course,
  lesson,
  quiz,
}: {
  course: Course;
  lesson: Lesson;
  quiz?: Quiz;
}) {
  const courseModule = course.modules.find((m) => m.id === lesson.moduleId);
  const { previous, next } = getNeighbours(course, lesson.slug);
  const position = course.lessons.findIndex((l) => l.slug === lesson.slug) + 1;

  return (
    <>
      <ReadingProgress />
      <div className="mx-auto max-w-[90rem] px-4 sm:px-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10 xl:grid-cols-[15rem_minmax(0,1fr)_14rem]">
        <aside aria-label="Course outline" className="no-print hidden lg:block">
          <nav
            aria-label="Course"
            className="sticky top-14 max-h-[calc(100vh-3.5rem)] overflow-y-auto py-8"
          >
            <CourseNav course={course} currentSlug={lesson.slug} />
          </nav>
        </aside>

        <main id="main" className="min-w-0 py-6 lg:py-8">
          <details className="no-print mb-4 rounded-lg border border-slate-200 lg:hidden dark:border-slate-800">
            <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium">
              Course contents
            </summary>
            <nav
              aria-label="Course"
              className="border-t border-slate-200 p-3 dark:border-slate-800"
            >
              <CourseNav course={course} currentSlug={lesson.slug} />
            </nav>
          </details>

          <article className="mx-auto max-w-3xl">
            <Breadcrumbs module={courseModule?.title} lesson={lesson.sidebarLabel} />
            {/* Search indexes the lesson's title and text only (scripts/build-search.ts). */}
            <header className="mb-8 space-y-4" data-pagefind-body="">
              <p
                data-pagefind-ignore=""
                className="text-accent-700 dark:text-accent-300 text-sm font-medium"
              >
                {`Lesson ${position} of ${course.lessons.length} · ${lesson.readingMinutes} min read`}
              </p>
              <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
                {lesson.heading}
              </h1>
              {lesson.description ? (
                <p className="text-lg text-slate-600 dark:text-slate-400">{lesson.description}</p>
              ) : null}
              <Outcomes outcomes={lesson.outcomes} />
              <PresentLinks slug={lesson.slug} />
            </header>

            {lesson.toc.length > 0 ? (
              <details className="no-print mb-8 rounded-lg border border-slate-200 xl:hidden dark:border-slate-800">
                <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium">
                  On this page
                </summary>
                <div className="border-t border-slate-200 p-4 dark:border-slate-800">
                  <TableOfContents toc={lesson.toc} idPrefix="toc-inline" />
                </div>
              </details>
            ) : null}

            <div
              data-pagefind-body=""
              className="prose prose-slate dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300 prose-th:text-left max-w-none"
            >
              <MdxContent code={lesson.code} />
            </div>

            <Sources sources={lesson.sources} checked={lesson.checked} />

            <LessonQuizSection slug={lesson.slug} quiz={quiz} />

            <LessonPager previous={previous} next={next} />
          </article>
        </main>

        {lesson.toc.length > 0 ? (
          <aside aria-label="On this page" className="no-print hidden xl:block">
            <div className="sticky top-14 max-h-[calc(100vh-3.5rem)] overflow-y-auto py-8">
              <TableOfContents toc={lesson.toc} idPrefix="toc-side" />
            </div>
          </aside>
        ) : null}
      </div>
    </>
  );
}
