/**
 * The Debian packages the snippet languages' toolchains come from, with the shell test that
 * says each is present, one `<package>\t<test>` line each: what `pnpm toolchains` installs.
 * Read from the language list (packages/codegen/src/emit/snippets/languages.ts), so that a new
 * language brings its toolchain with it.
 */
import { SNIPPET_LANGUAGES } from "../packages/codegen/src/emit/snippets/languages.js";

for (const { toolchain } of SNIPPET_LANGUAGES)
  if (toolchain) console.log(`${toolchain.debianPackage}\t${toolchain.present}`);
