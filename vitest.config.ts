import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts"],
    testTimeout: 30_000,
    // One module graph per worker thread, not one per test file: most files import the same
    // content pipeline, and loading it again for each took over half of the run. Tests build
    // their own state, so a file does not see another's (checked with the files shuffled).
    pool: "threads",
    isolate: false,
  },
});
