import { defineConfig } from "vitest/config";
import { REPORTERS } from "../../vitest.reporters.js";

export default defineConfig({
  test: {
    ...REPORTERS,
    include: ["test/**/*.test.ts"],
    // Generation runs openapi-typescript and prettier in-process; the TypeScript compiles take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
