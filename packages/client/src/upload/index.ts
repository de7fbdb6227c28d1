// The `@chunked-uploads/client/upload` entry: big-file chunked uploads. A subpath of its own, so
// that code which never uploads keeps the small bundle of the main entry.
export {
  uploadFile,
  uploadFileVersion,
  type NewFileOptions,
  type NewVersionOptions,
  type OptionsFor,
  type ResumeOptions,
  type UploadFileOptions,
  type UploadFileVersionOptions,
  type UploadOptionsBase,
  type UploadProgress,
} from "./upload-file.js";
export { UploadError, type UploadErrorFields } from "./upload-error.js";
export {
  uploadFiles,
  type UploadFileResult,
  type UploadFilesOptions,
  type UploadItem,
} from "./upload-files.js";
export type { RereadableSource, StreamSource, UploadSource } from "./source.js";
export type {
  CommittedFile,
  UploadClient,
  UploadMethods,
  UploadPartLike,
  UploadSessionLike,
} from "./upload-client.js";
