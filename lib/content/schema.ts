import { z } from "zod";

/**
 * Lesson frontmatter. The Docusaurus keys are understood as Docusaurus documents them, so a
 * page written for a Docusaurus site drops in unchanged; keys we do not use (tags, keywords,
 * image, …) are accepted and ignored. `outcomes`, `sources` and `checked` are Dockside's own:
 * the learning outcomes, and where the lesson's facts come from and when they were checked.
 */
export const lessonFrontmatterSchema = z
  .looseObject({
    id: z.string().trim().min(1).optional(),
    title: z.string().trim().min(1, "must not be empty").optional(),
    sidebar_label: z.string().trim().min(1, "must not be empty").optional(),
    sidebar_position: z.number("must be a number").optional(),
    description: z.string().trim().min(1, "must not be empty").optional(),
    slug: z.string().trim().min(1, "must not be empty").optional(),
    draft: z.boolean("must be true or false").optional(),
    hide_table_of_contents: z.boolean("must be true or false").optional(),
    toc_min_heading_level: z.number().int().min(2).max(6).optional(),
    toc_max_heading_level: z.number().int().min(2).max(6).optional(),
    outcomes: z
      .array(z.string().trim().min(1, "an outcome must not be empty"), "must be a list of strings")
      .optional(),
    /** Dockside's own: the pages the lesson's facts come from, shown as "Sources". */
    sources: z
      .array(
        z.strictObject({
          title: z.string("must be text").trim().min(1, "must not be empty"),
          url: z.url({ protocol: /^https?$/, error: "must be an http(s) address" }),
        }),
        "must be a list of `title:`/`url:` pairs",
      )
      .min(1, "needs at least one source")
      .optional(),
    /** Dockside's own: the day the facts were last checked against the sources, YYYY-MM-DD. */
    checked: z
      .string("must be a date written YYYY-MM-DD")
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
      .refine((value) => !Number.isNaN(Date.parse(value)), "is not a real date")
      .optional(),
  })
  .refine((fm) => !fm.sources || fm.checked, {
    message: "is missing: say when the facts were checked against the sources (checked: YYYY-MM-DD)",
    path: ["checked"],
  })
  .refine(
    (fm) => (fm.toc_min_heading_level ?? 2) <= (fm.toc_max_heading_level ?? 3),
    {
      message: "toc_min_heading_level must not be greater than toc_max_heading_level",
      path: ["toc_min_heading_level"],
    },
  );
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** A Docusaurus `_category_.json` / `_category_.yml` file: names and orders a module folder. */
export const categorySchema = z.looseObject({
  label: z.string().trim().min(1, "must not be empty").optional(),
  position: z.number("must be a number").optional(),
  description: z.string().trim().min(1).optional(),
  link: z.looseObject({ description: z.string().optional() }).nullish(),
});
export type Category = z.infer<typeof categorySchema>;
