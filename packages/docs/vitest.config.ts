import { defineConfig } from "vitest/config";
import { REPORTERS } from "../../vitest.reporters.js";

export default defineConfig({
  test: {
    ...REPORTERS,
    include: ["test/**/*.test.ts"],
    // A real browser: Chromium starts, Redoc renders a spec.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
