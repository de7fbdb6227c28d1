/**
 * The operation model and what reads it without writing code: the part of the codegen the mock
 * (`@chunked-uploads/mock`) is built on. Nothing here imports an emitter, so the mock can never
 * check a request with the code that wrote it.
 */
export { loadSpec, type LoadedSpec, type OpenApiDocument } from "./load/load-spec.js";
export { loadedFromDocument } from "./load/embedded-spec.js";
export { SpecError, SpecErrors, formatLocation, type SpecLocation } from "./load/spec-error.js";
export { buildModel } from "./model/build-model.js";
export type * from "./model/api-model.js";
export { schemaChecker, type SchemaChecker } from "./model/schema-checker.js";
export { exampleBody } from "./model/examples.js";
export { preferredMediaType } from "./model/media-types.js";
export {
  isTemplated,
  routeTemplate,
  templatePattern,
  templateVariables,
} from "./model/path-template.js";
export { followRefs } from "./load/json-pointer.js";
export {
  CHUNKED_UPLOAD_OPERATION_IDS,
  chunkedUploadRoles,
  hasChunkedUploads,
  type ChunkedUploadRole,
} from "./model/box-chunked-upload.js";
