import { readCourse } from "./course";
import { expect, test, watchCspViolations } from "./fixtures";

test("every page is served with security headers and logs no CSP violation", async ({
  page,
  consoleErrors,
}) => {
  const violations = await watchCspViolations(page);
  const lessons = (await readCourse()).lessons;
  const deck = `/lessons/${lessons[0]!.slug}`;
  const paths = [
    "/",
    ...lessons.map((l) => `/lessons/${l.slug}`),
    `${deck}/slides`,
    `${deck}/presenter`,
    `${deck}/handout`,
    "/nope",
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("frame-ancestors 'self'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
  }
  expect(violations).toEqual([]);
  // The deliberate 404 logs its own "Failed to load resource"; nothing else may.
  expect(consoleErrors.filter((e) => !e.includes("404"))).toEqual([]);
});
