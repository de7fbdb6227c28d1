import { defineConfig } from "tsup";

/** How every published package is built: ESM + CJS + declarations for both, from src/index.ts. */
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "es2022",
});
