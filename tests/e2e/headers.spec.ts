import { scriptSrc } from "../../lib/build/csp";
import { paintFirst } from "../../lib/build/paint-first";
import { readCourse } from "./course";
import { expect, test, watchCspViolations, waitUntilLive } from "./fixtures";

// What the shipped nginx configuration (deploy/nginx/) sends with each kind of response.

const IMMUTABLE = "public, max-age=31536000, immutable";

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'self'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).not.toContain("'unsafe-eval'");
  const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(scripts, what).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*$/);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("SAMEORIGIN");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
}

async function pagePaths() {
  const lessons = (await readCourse()).lessons;
  const deck = `/lessons/${lessons[0]!.slug}`;
  return [
    "/",
    ...lessons.map((l) => `/lessons/${l.slug}`),
    `${deck}/slides`,
    `${deck}/presenter`,
    `${deck}/handout`,
    "/quiz",
    `/quiz/${lessons[0]!.slug}`,
    "/progress",
  ];
}

test("every page type is revalidated, allows only its own inline scripts, and runs them", async ({
  page,
  consoleErrors,
}) => {
  const violations = await watchCspViolations(page);
  for (const path of [...(await pagePaths()), "/nope"]) {
    const response = (await page.goto(path))!;
    expect(response.status(), path).toBe(path === "/nope" ? 404 : 200);
    const headers = response.headers();
    expectSecurityHeaders(headers, path);
    expect(headers["cache-control"], path).toBe("no-cache");
    expect(headers["content-type"], path).toBe("text/html; charset=utf-8");
    // The policy lists exactly the hashes of the inline scripts this page was served with.
    const html = await response.text();
    expect(/script-src ([^;]*)/.exec(headers["content-security-policy"]!)![1], path).toBe(
      scriptSrc(html),
    );
    // Paint-first rewrote the real page: no script of Next's is left to start before the paint,
    // and every tag is one it knows (it would throw otherwise).
    expect(html, path).not.toMatch(/<script[^>]* async/);
    expect(html, path).not.toContain('rel="preload" as="script"');
    expect(paintFirst(html), path).toBe(html);
    // …and the scripts it holds back did run: the page is live.
    if (path !== "/nope" && !path.endsWith("/slides") && !path.endsWith("/presenter")) {
      await waitUntilLive(page);
    }
  }
  expect(violations).toEqual([]);
  // The deliberate 404 logs its own "Failed to load resource"; nothing else may.
  expect(consoleErrors.filter((e) => !e.includes("404"))).toEqual([]);
});

test("client-side navigation runs under the first page's policy without a violation", async ({
  page,
  consoleErrors,
}) => {
  const violations = await watchCspViolations(page);
  const lesson = (await readCourse()).lessons[0]!;
  await page.goto("/");
  await waitUntilLive(page);
  await page.getByRole("link", { name: lesson.title }).first().click();
  await expect(page).toHaveURL(`/lessons/${lesson.slug}/`);
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
  await page.getByRole("link", { name: "Progress" }).first().click();
  await expect(page).toHaveURL("/progress/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("hashed assets are immutable for a year; other files are revalidated", async ({
  page,
  request,
}) => {
  const lesson = (await readCourse()).lessons[0]!;
  const assets: string[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.startsWith("/_next/static/")) assets.push(response.url());
  });
  await page.goto(`/lessons/${lesson.slug}`);
  await waitUntilLive(page);
  expect(assets.some((url) => url.endsWith(".js"))).toBe(true);
  expect(assets.some((url) => url.endsWith(".css"))).toBe(true);
  for (const url of assets) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["cache-control"], url).toBe(IMMUTABLE);
    expectSecurityHeaders(response.headers(), url);
  }

  const others: [string, RegExp][] = [
    [`/quiz/${lesson.slug}/questions.json`, /^application\/json/],
    // The payload a client-side navigation fetches.
    [`/lessons/${lesson.slug}/index.txt`, /^text\/plain/],
  ];
  for (const [path, type] of others) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    expect(response.headers()["cache-control"], path).toBe("no-cache");
    expectSecurityHeaders(response.headers(), path);
  }

  // Text is compressed.
  const compressed = await request.get(`/lessons/${lesson.slug}/`, {
    headers: { "accept-encoding": "gzip" },
  });
  expect(compressed.headers()["content-encoding"]).toBe("gzip");

  // A missing asset is a 404 page that is not cached as if it were the asset.
  const missing = await request.get("/_next/static/chunks/missing.js");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["cache-control"]).toBe("no-cache");
  expectSecurityHeaders(missing.headers(), "missing asset");

  // One address per page: the folder's, with its slash (what a plain static server serves).
  const bare = await request.get(`/lessons/${lesson.slug}?step=2`, { maxRedirects: 0 });
  expect(bare.status()).toBe(308);
  expect(bare.headers()["location"]).toBe(`/lessons/${lesson.slug}/?step=2`);
  expectSecurityHeaders(bare.headers(), "redirect");
});

test("every link between pages names the file a plain static server would serve", async ({
  page,
  request,
}) => {
  const targets = new Set<string>();
  for (const path of await pagePaths()) {
    await page.goto(path.endsWith("/") ? path : `${path}/`);
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    for (const href of hrefs) targets.add(new URL(href, "http://x").pathname);
  }
  expect(targets.size).toBeGreaterThan(10);
  for (const target of targets) {
    // No redirect and no rewrite: /a/ is a/index.html, anything else is a file as named.
    const response = await request.get(target, { maxRedirects: 0 });
    expect(response.status(), target).toBe(200);
  }
});

test("the health check answers for the load balancer", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok\n");
  expect(response.headers()["cache-control"]).toBe("no-store");
  expectSecurityHeaders(response.headers(), "/healthz");
});
