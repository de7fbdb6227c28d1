import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Compilers run here (javac, mcs, go): the first Go build compiles net/http.
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
