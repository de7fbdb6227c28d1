/** `@chunked-uploads/mock`: a strict mock of an OpenAPI spec (by default, Box's chunked uploads). */
export { startMock, type Mock, type MockOptions } from "./start-mock.js";
export type { MockRequest } from "./spec-server.js";
export type { SpecInput } from "./spec-source.js";
export type {
  CommittedFile,
  StoredPart,
  UploadRules,
  UploadSessionState,
  UploadsView,
} from "./uploads/chunked-uploads.js";
export type { Fault, FaultKind, UploadStep } from "./uploads/faults.js";
