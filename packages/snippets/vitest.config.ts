import { defineConfig } from "vitest/config";
import { REPORTERS } from "../../vitest.reporters.js";

export default defineConfig({
  test: {
    ...REPORTERS,
    include: ["test/**/*.test.ts"],
    // Compilers run here (javac, mcs, go): the first Go build compiles net/http.
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
