import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A real browser: Chromium starts, Redoc renders a spec.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
