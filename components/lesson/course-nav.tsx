import Link from "next/link";

import { LessonMark } from "@/components/progress/lesson-mark";
import type { Course } from "@/lib/content";

/** The course outline: modules and their lessons, the current one marked. */
export function CourseNav({ course, currentSlug }: { course: Course; currentSlug?: string }) {
  const numberOf = new Map(course.lessons.map((lesson, index) => [lesson.slug, index + 1]));
  return (
    <ol className="space-y-6 text-sm">
      {course.modules.map((module) => (
        <li key={module.id}>
          {module.title ? (
            <p className="mb-2 px-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
              {module.title}
            </p>
          ) : null}
          <ol className="space-y-0.5">
            {module.lessons.map((lesson) => {
              const current = lesson.slug === currentSlug;
              return (
                <li key={lesson.slug}>
                  <Link
                    href={`/lessons/${lesson.slug}`}
                    aria-current={current ? "page" : undefined}
                    className={`flex gap-2 rounded-md px-2 py-1.5 ${
                      current
                        ? "bg-accent-50 text-accent-800 dark:bg-accent-900/40 dark:text-accent-200 font-medium"
                        : "text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
                    }`}
                  >
                    <span
                      aria-hidden="true"
                      className={`w-5 shrink-0 text-right tabular-nums ${current ? "" : "text-slate-500 dark:text-slate-400"}`}
                    >
                      {numberOf.get(lesson.slug)}.
                    </span>
                    <span className="min-w-0">{lesson.sidebarLabel}</span>
                    <LessonMark slug={lesson.slug} />
                  </Link>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
