// Validates and compiles every lesson before `next build`, so a content mistake stops the
// build with a clean `path:line: message` list instead of a prerendering stack trace. Warnings
// (a slide with too much text) are printed the same way but do not stop the build.
import { formatProblem } from "../lib/content";
import { checkContentReport } from "../lib/course";

const { problems, warnings } = await checkContentReport();
if (warnings.length > 0) {
  console.warn(`⚠ ${warnings.length} warning${warnings.length === 1 ? "" : "s"}:\n`);
  for (const warning of warnings) console.warn(formatProblem(warning));
  console.warn("");
}
if (problems.length > 0) {
  console.error(`✖ content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n`);
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
console.log("✓ content is valid");
