// The build shared by every published package, with a second entry: the `./upload` subpath.
import { defineConfig } from "tsup";
import shared from "../../scripts/tsup-package-config.js";

export default defineConfig({
  ...(shared as object),
  entry: { index: "src/index.ts", upload: "src/upload/index.ts" },
});
