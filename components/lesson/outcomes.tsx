/** "What you will learn": the lesson's learning outcomes from its frontmatter. */
export function Outcomes({
  outcomes,
  headingLevel = 2,
}: {
  outcomes: string[];
  headingLevel?: 2 | 3;
}) {
  if (outcomes.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      aria-label="Learning outcomes"
      className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900"
    >
      <Heading className="mb-2 text-sm font-semibold text-slate-900 dark:text-white">
        What you will learn
      </Heading>
      <ul className="space-y-1 text-[0.95rem]">
        {outcomes.map((outcome) => (
          <li key={outcome} className="flex gap-2">
            <span aria-hidden="true" className="text-accent-600 dark:text-accent-400">
              ✓
            </span>
            <span>{outcome}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
