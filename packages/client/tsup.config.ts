// The build shared by every published package.
export { default } from "../../scripts/tsup-package-config.js";
