import { defineConfig } from "vitest/config";
import { REPORTERS } from "../../vitest.reporters.js";

export default defineConfig({
  test: {
    ...REPORTERS,
    include: ["test/**/*.test.ts"],
    // A bound against hangs, far above what any test takes on a loaded two-core machine: no
    // test may fail for being slow (pnpm test:under-load).
    testTimeout: 300_000,
    // Hooks start servers, Chromium and child processes: bounded likewise, never by the
    // machine's pace (vitest's own default is 10 s, which a loaded machine can reach).
    hookTimeout: 300_000,
  },
});
