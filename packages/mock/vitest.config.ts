import { defineConfig } from "vitest/config";
import { REPORTERS } from "../../vitest.reporters.js";

export default defineConfig({
  test: {
    ...REPORTERS,
    include: ["test/**/*.test.ts"],
    // A bound against hangs, far above what any test takes on a loaded two-core machine: no
    // test may fail for being slow (pnpm test:under-load).
    testTimeout: 120_000,
  },
});
