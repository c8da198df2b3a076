import { LessonProgress } from "@/components/progress/lesson-progress";
import { IntentLink } from "@/components/ui/intent-link";
import type { Course } from "@/lib/content";
import type { ReviewItem } from "@/lib/review/items";

import { DueToday } from "../review/due-today";

/** The course home: what Dockside is, then every module and lesson in order. */
export function CourseOverview({
  course,
  reviewItems,
}: {
  course: Course;
  /** Every question, for the count of those due for spaced review. */
  reviewItems: ReviewItem[];
}) {
  const minutes = course.lessons.reduce((sum, lesson) => sum + lesson.readingMinutes, 0);
  const numberOf = new Map(course.lessons.map((lesson, index) => [lesson.slug, index + 1]));
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
      <section className="mb-12 max-w-3xl">
        <p className="text-accent-700 dark:text-accent-300 mb-3 text-sm font-semibold tracking-wide uppercase">
          Containers on AWS
        </p>
        <h1 className="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl dark:text-white">
          Ship containers with ECR, ECS and Fargate
        </h1>
        <p className="mt-4 text-lg text-slate-600 dark:text-slate-400">
          Store images in Amazon ECR, run them with Amazon ECS on AWS Fargate, and put them behind a
          load balancer. Read each lesson, explore how the pieces fit, and check what you learned.
        </p>
        <p className="mt-4 text-sm text-slate-500 dark:text-slate-400">
          {course.lessons.length} lessons · about {minutes} minutes of reading
        </p>
        {course.lessons[0] ? (
          <IntentLink
            href={`/lessons/${course.lessons[0].slug}`}
            className="bg-accent-700 hover:bg-accent-800 dark:bg-accent-500 dark:hover:bg-accent-400 mt-6 inline-flex items-center rounded-lg px-5 py-2.5 font-medium text-white dark:text-slate-950"
          >
            Start the course →
          </IntentLink>
        ) : null}
        <div className="mt-6">
          <DueToday items={reviewItems} />
        </div>
      </section>

      <ol className="space-y-12" aria-label="Modules">
        {course.modules.map((module) => (
          <li key={module.id}>
            <section aria-labelledby={`module-${module.id || "course"}`}>
              <h2
                id={`module-${module.id || "course"}`}
                className="text-2xl font-semibold text-slate-900 dark:text-white"
              >
                {module.title ?? "Lessons"}
              </h2>
              {module.description ? (
                <p className="mt-1 text-slate-600 dark:text-slate-400">{module.description}</p>
              ) : null}
              <ol className="mt-5 grid gap-4">
                {module.lessons.map((lesson) => {
                  return (
                    <li
                      key={lesson.slug}
                      className="hover:border-accent-500 dark:hover:border-accent-400 relative rounded-xl border border-slate-200 p-5 transition-colors dark:border-slate-800"
                    >
                      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                        <h3 className="text-lg font-semibold text-slate-900 dark:text-white">
                          <IntentLink
                            href={`/lessons/${lesson.slug}`}
                            className="hover:text-accent-700 dark:hover:text-accent-300 after:absolute after:inset-0 after:rounded-xl"
                          >
                            <span className="mr-2 text-slate-500 tabular-nums dark:text-slate-400">
                              {numberOf.get(lesson.slug)}.
                            </span>
                            {lesson.title}
                          </IntentLink>
                        </h3>
                        <span className="text-sm whitespace-nowrap text-slate-500 dark:text-slate-400">
                          {lesson.readingMinutes} min read
                        </span>
                      </div>
                      <LessonProgress slug={lesson.slug} />
                      {lesson.description ? (
                        <p className="mt-2 text-slate-600 dark:text-slate-400">
                          {lesson.description}
                        </p>
                      ) : null}
                      {lesson.outcomes.length > 0 ? (
                        <div className="mt-3">
                          <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
                            You will be able to:
                          </p>
                          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-600 dark:text-slate-400">
                            {lesson.outcomes.map((outcome) => (
                              <li key={outcome}>{outcome}</li>
                            ))}
                          </ul>
                        </div>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </section>
          </li>
        ))}
      </ol>
    </main>
  );
}
