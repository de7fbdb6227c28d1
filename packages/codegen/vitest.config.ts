import { defineConfig } from "vitest/config";
import { REPORTERS } from "../../vitest.reporters.js";

export default defineConfig({
  test: {
    ...REPORTERS,
    include: ["test/**/*.test.ts"],
    // Generation runs openapi-typescript and prettier in-process; the TypeScript compiles take seconds.
    // Bounds against hangs, far above the work even on a loaded machine (pnpm test:under-load).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
