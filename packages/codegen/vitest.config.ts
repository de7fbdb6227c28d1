import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generation runs openapi-typescript and prettier in-process; the TypeScript compiles take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
