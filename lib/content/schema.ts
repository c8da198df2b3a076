import { z } from "zod";

/**
 * Lesson frontmatter. The Docusaurus keys are understood as Docusaurus documents them, so a
 * page written for a Docusaurus site drops in unchanged; keys we do not use (tags, keywords,
 * image, …) are accepted and ignored. `outcomes` is Dockside's own: the learning outcomes.
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
