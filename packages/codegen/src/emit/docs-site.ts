/**
 * The reference site (packages/docs): an index by resource and a page per operation, from the
 * operation model and the same snippets the snippets package publishes. Plain HTML that reads
 * without JavaScript; the hand-written packages/docs/src/assets/site.js adds the language tabs,
 * copy buttons and "try it" against the mock. Written as it is served: prettier leaves it alone.
 */
import type { ApiModel } from "../model/api-model.js";
import { indexPage } from "./docs/index-page.js";
import { operationPage } from "./docs/operation-page.js";
import { SEARCH_INDEX_FILE, searchIndex } from "./docs/sidebar.js";
import type { EmitInputs } from "./emit-inputs.js";
import type { Emitter, GeneratedFile } from "./generated-file.js";
import { fileName } from "./operation-file-name.js";

const OUTPUT_DIR = "packages/docs/src/generated";

export const docsEmitter: Emitter = {
  name: "docs",
  outputDir: OUTPUT_DIR,
  needs: ["snippets"],
  emit: emitDocs,
};

export function emitDocs(
  model: ApiModel,
  { snippets }: Pick<EmitInputs, "snippets">,
): GeneratedFile[] {
  return [
    { path: `${OUTPUT_DIR}/index.html`, contents: indexPage(model, snippets), preformatted: true },
    {
      path: `${OUTPUT_DIR}/${SEARCH_INDEX_FILE}`,
      contents: searchIndex(model),
      preformatted: true,
    },
    ...model.operations.map((operation) => ({
      path: `${OUTPUT_DIR}/operations/${fileName(operation)}.html`,
      contents: operationPage(
        model,
        operation,
        snippets.filter((s) => s.operationId === operation.key),
      ),
      preformatted: true,
    })),
  ];
}
