/** The codegen's programmatic API: what the CLI, the scripts and the tests use. */
export { loadSpec, type LoadedSpec, type OpenApiDocument } from "./load/load-spec.js";
export { SpecError, SpecErrors, formatLocation, type SpecLocation } from "./load/spec-error.js";
export { buildModel } from "./model/build-model.js";
export type * from "./model/api-model.js";
export { EMITTERS } from "./emit/emitters.js";
export type { Emitter, GeneratedFile } from "./emit/generated-file.js";
export { generate, type GenerateOptions, type GenerateResult } from "./pipeline/generate.js";
export { applyPlan, planOutput, type OutputPlan } from "./pipeline/output-plan.js";
export { fileName as operationFileName } from "./emit/operation-file-name.js";
export { snippetsOf, type Snippet } from "./emit/snippets/write-snippets.js";
export { runInputs, type EmitInputs } from "./emit/emit-inputs.js";
export { SNIPPET_LANGUAGES, type SnippetLanguage } from "./emit/snippets/languages.js";
export {
  BINARY_BODY_FILE,
  snippetRequest,
  type SnippetRequest,
} from "./emit/snippets/snippet-request.js";
export { exampleBody } from "./model/examples.js";
export { diffModels } from "./diff/spec-diff.js";
export { bumpOf, type Bump, type SpecChange } from "./diff/spec-change.js";
export {
  changesetFor,
  ENUM_POLICY,
  declaredBumps,
  RELEASED_PACKAGES,
  verifyChangesets,
} from "./diff/changesets.js";
export { specDiffMain } from "./diff/spec-diff-cli.js";
export { preferredMediaType } from "./model/media-types.js";
export { pageComponents } from "./emit/docs/operation-page.js";
export { schemaBlockId } from "./emit/docs/schema-html.js";
export { FULL_SIDEBAR_OPERATIONS, SEARCH_INDEX_FILE } from "./emit/docs/sidebar.js";
export { hasChunkedUploads } from "./model/box-chunked-upload.js";
