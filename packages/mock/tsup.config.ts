// The shared build with a second entry (the `chunked-uploads-mock` command), and the operation
// model bundled in: the codegen is private (never published), so the parts of it the mock reads
// travel inside the mock's dist.
import { defineConfig } from "tsup";
import shared from "../../scripts/tsup-package-config.js";

export default defineConfig({
  ...(shared as object),
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  noExternal: [/^@chunked-uploads\/codegen/],
  // The model finds its package from import.meta.url, which CommonJS lacks.
  shims: true,
});
