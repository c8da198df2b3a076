import { z } from "zod";

/**
 * The diagram's words, as an author keeps them in `content/_data/diagram.yaml`. Every object is
 * strict, so a misspelt key is reported at its line instead of silently ignored.
 */

const text = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? "is missing"
          : // YAML reads `a: b` unquoted as a key and its value, not as text.
            typeof issue.input === "object" && issue.input !== null && !Array.isArray(issue.input)
            ? `must be ${what}: put it in quotes, as a colon and a space in it starts a key`
            : `must be ${what}`,
    })
    .trim()
    .min(1, "must not be empty");

const id = text("an id").regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and dashes");

/** How a node is drawn: its icon, and for groups the AWS frame style. */
export const NODE_KINDS = [
  "person",
  "image",
  "cloud",
  "region",
  "vpc",
  "zone",
  "public-subnet",
  "private-subnet",
  "gateway",
  "nat",
  "load-balancer",
  "registry",
  "orchestrator",
  "identity",
  "logs",
  "compute",
  "task",
  "instance",
] as const;

const link = text("a link").regex(
  /^\/lessons\/[a-z0-9-]+#[a-z0-9-]+$/,
  "must be a lesson section: /lessons/<slug>#<heading-id>",
);

export const diagramNodeSchema = z.strictObject({
  label: text("a label"),
  kind: z.enum(NODE_KINDS, { error: `must be one of: ${NODE_KINDS.join(", ")}` }),
  /** One or two sentences: what this is and what it does here. */
  explanation: text("a sentence or two"),
  /** What a student should remember about it. */
  facts: z.array(text("a fact")).min(1, "needs at least one fact"),
  /** The lesson section that explains it. */
  link,
});

const walk = z.strictObject({
  id,
  title: text("a title"),
  narration: text("a sentence or two"),
  nodes: z.array(id).min(1, "needs at least one node"),
  edges: z.array(id),
});

export const diagramFileSchema = z.strictObject({
  nodes: z.record(id, diagramNodeSchema),
  compute_ec2: diagramNodeSchema,
  task: diagramNodeSchema,
  instance: diagramNodeSchema,
  edges: z.array(z.strictObject({ id, source: id, target: id, label: text("a label").optional() })),
  steps: z.array(walk).min(1, "needs at least one step"),
  flows: z.array(walk),
});

export type DiagramFile = z.infer<typeof diagramFileSchema>;
