import { defineConfig } from "vitest/config";
import { REPORTERS } from "../../vitest.reporters.js";

export default defineConfig({
  test: {
    ...REPORTERS,
    include: ["test/**/*.test.ts"],
    // Compilers run here (javac, mcs, go): the first Go build compiles net/http.
    // Bounds against hangs, far above the work even on a loaded machine (pnpm test:under-load).
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
