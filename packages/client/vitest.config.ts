import { defineConfig } from "vitest/config";
import { REPORTERS } from "../../vitest.reporters.js";

export default defineConfig({
  test: {
    ...REPORTERS,
    include: ["test/**/*.test.ts"],
    // Deno and Bun are installed by `pnpm test:runtimes` only, which runs this file itself.
    exclude: ["test/runtimes.test.ts"],
    testTimeout: 30_000,
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
