/** `pnpm spec:diff`: see packages/codegen/src/diff/spec-diff-cli.ts. */
import { specDiffMain } from "../packages/codegen/src/diff/spec-diff-cli.js";

process.exitCode = await specDiffMain(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
