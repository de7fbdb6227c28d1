import { defineConfig } from "vitest/config";
import { REPORTERS } from "../../vitest.reporters.js";

export default defineConfig({
  test: {
    ...REPORTERS,
    include: ["test/**/*.test.ts"],
    // Deno and Bun are installed by `pnpm test:runtimes` only, which runs this file itself (with
    // CLIENT_RUNTIMES=1: vitest skips an excluded file even when it is named).
    exclude: process.env.CLIENT_RUNTIMES === "1" ? [] : ["test/runtimes.test.ts"],
    // A bound against hangs, far above what any test takes on a loaded two-core machine: no
    // test may fail for being slow (pnpm test:under-load).
    testTimeout: 300_000,
    // Hooks start servers, Chromium and child processes: bounded likewise, never by the
    // machine's pace (vitest's own default is 10 s, which a loaded machine can reach).
    hookTimeout: 300_000,
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
