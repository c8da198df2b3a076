import { existsSync } from "node:fs";

import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where Playwright's own browsers cannot be downloaded; set
// CHROMIUM_PATH to use another binary, or leave both unset to use Playwright's.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const port = Number(process.env.PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // axe runs and full-page loops are slow on a busy 2-core machine; give them room.
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace of every test costs about a fifth of the run on two cores. To see why a
    // test failed, run it again with `--trace on`; the error context is written either way.
    trace: "off",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } },
    },
    {
      // Only what differs on a small touch screen runs here too (tests tagged @phone): layout,
      // touch, fitting the width. Storage, keyboard and protocol tests would only repeat.
      name: "phone",
      grep: /@phone/,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 360, height: 780 },
      },
    },
  ],
  // The tests run against the static export (`npm run build` comes first in `npm test`) served
  // by nginx with the configuration that ships (deploy/nginx/), as the container serves it.
  webServer: {
    command: "npx tsx scripts/serve.ts",
    env: { PORT: String(port), HOST: "127.0.0.1" },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
