/**
 * Every codegen fixture spec generated in memory (formatted, as `pnpm generate` writes it) and
 * compared with committed file snapshots under __snapshots__/<fixture>/, one file per generated
 * file: a change to any emitter shows up as a reviewable diff of real output, for specs that
 * exercise what the project's own spec does not (parameter styles, servers, odd identifiers,
 * read/write-only properties…). `vitest -u` rewrites them after a deliberate change. The
 * spec with x-codeSamples is left out: it is the fixture plus the snippets, already snapshotted.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../src/index.js";
import { FIXTURES, REPO_ROOT } from "./helpers.js";

const FIXTURE_SPECS = [
  "chunked-uploads/openapi.yaml",
  "no-extensions/openapi.json",
  "request-kinds/openapi.yaml",
  "servers/relative.yaml",
  "servers/none.yaml",
  "servers/trailing-slash.yaml",
  ...readdirSync(FIXTURES).filter(
    (name) => /\.(ya?ml|json)$/.test(name) && name !== "openapi-style-examples.json",
  ),
];
const LEFT_OUT = /openapi\.code-samples\.(json|yaml)$/;

describe.each(FIXTURE_SPECS)("%s", (fixture) => {
  it("generates the snapshotted files", async () => {
    const { files } = await generate({ specPath: path.join(FIXTURES, fixture), root: REPO_ROOT });
    const name = fixture.replace(/\/openapi\.(ya?ml|json)$/, "").replace(/\.(ya?ml|json)$/, "");
    for (const file of files.filter((f) => !LEFT_OUT.test(f.path)))
      await expect(file.contents).toMatchFileSnapshot(
        path.join("__snapshots__", name, file.path.replace(/^packages\//, "")),
      );
  });
});
