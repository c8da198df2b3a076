import { LessonMark } from "@/components/progress/lesson-mark";
import { IntentLink } from "@/components/ui/intent-link";
import type { Course } from "@/lib/content";

/**
 * The course outline: modules and their lessons, the current one marked. Every lesson page
 * carries it (twice: sidebar and phone menu), so its links are styled by `.course-nav` in
 * globals.css rather than by a utility list repeated on each of them: with 200 lessons that list
 * alone made a page several hundred KB heavier and slowed the build.
 */
export function CourseNav({ course, currentSlug }: { course: Course; currentSlug?: string }) {
  const numberOf = new Map(course.lessons.map((lesson, index) => [lesson.slug, index + 1]));
  return (
    <ol className="course-nav space-y-6 text-sm">
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
                  <IntentLink
                    href={`/lessons/${lesson.slug}`}
                    aria-current={current ? "page" : undefined}
                  >
                    <span aria-hidden="true">{`${numberOf.get(lesson.slug)}.`}</span>
                    <span>{lesson.sidebarLabel}</span>
                    <LessonMark slug={lesson.slug} />
                  </IntentLink>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
