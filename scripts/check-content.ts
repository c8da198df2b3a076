// Validates and compiles every lesson before `next build`, so a content mistake stops the
// build with a clean `path:line: message` list instead of a prerendering stack trace.
import { checkContent, formatProblem } from "../lib/content";

const problems = await checkContent();
if (problems.length > 0) {
  console.error(`✖ content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n`);
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
console.log("✓ content is valid");
