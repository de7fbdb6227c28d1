import type { ApiModel } from "../model/api-model.js";
import { generatedHeader, type Emitter, type GeneratedFile } from "./generated-file.js";

const OUTPUT_DIR = "packages/mock/src/generated";

/**
 * The mock package's copy of the spec: `startMock()` without a `spec` serves the spec the
 * packages were generated from, bundled (one document, local refs only). The document is JSON
 * text in a string, which the type-checker reads as one token however large the spec.
 */
export const mockEmitter: Emitter = {
  name: "mock",
  outputDir: OUTPUT_DIR,
  emit: (model: ApiModel): GeneratedFile[] => [
    {
      path: `${OUTPUT_DIR}/embedded-spec.generated.ts`,
      contents: [
        generatedHeader(model),
        "/** The spec's file, as the generator was given it: what the mock's messages name. */",
        `export const EMBEDDED_SPEC_FILE = ${JSON.stringify(model.specFile)};`,
        "",
        "/** The bundled document as JSON. */",
        `export const EMBEDDED_SPEC_JSON = ${JSON.stringify(JSON.stringify(model.document))};`,
        "",
      ].join("\n"),
      // One long string: prettier has nothing to lay out, and would read all of it to see so.
      preformatted: true,
    },
  ],
};
