/**
 * The generated methods the hand-written uploader (`@chunked-uploads/client/upload`) calls,
 * by the role each plays in Box's chunked upload, as the model names them: so that the
 * uploader follows the spec's method names (`x-sdk-method-name`, the `…ByUrl` variants)
 * instead of copying them by hand. The operations are Box's, found by their operationIds,
 * which Box keeps stable; a spec without them gets Box's default names, and a client without
 * those methods is a type error where it is passed to `uploadFile`.
 */
import type { ApiModel, OperationModel } from "../../model/api-model.js";
import { CHUNKED_UPLOAD_OPERATION_IDS as ID } from "../../model/box-chunked-upload.js";
import { docComment, generatedHeader } from "../generated-file.js";

/** Each method the uploader calls: its operation, whether at a session URL, Box's method name. */
const ROLES = {
  createSession: [ID.createSession, false, "createFileUploadSession"],
  createVersionSession: [ID.createVersionSession, false, "createFileUploadSessionForExistingFile"],
  getSession: [ID.getSession, false, "getFileUploadSessionById"],
  uploadPart: [ID.uploadPart, true, "uploadFilePartByUrl"],
  listParts: [ID.listParts, true, "getFileUploadSessionPartsByUrl"],
  commit: [ID.commit, true, "createFileUploadSessionCommitByUrl"],
  abort: [ID.abort, false, "deleteFileUploadSessionById"],
  abortAtUrl: [ID.abort, true, "deleteFileUploadSessionByUrl"],
} as const;

const DEFAULT_RESOURCE = "chunkedUploads";

/** The resource and the method of each role, from the model where the spec has the operation. */
export function uploadMethods(model: ApiModel): Record<string, string> {
  const byId = new Map(model.operations.map((o) => [o.operationId, o]));
  const found = (Object.values(ROLES) as ReadonlyArray<(typeof ROLES)[keyof typeof ROLES]>)
    .map(([id]) => byId.get(id))
    .filter((o): o is OperationModel => o !== undefined);
  // One resource holds them all, or the uploader cannot reach them through one property.
  const resources = new Set(found.map((o) => o.resource));
  const resource = resources.size === 1 ? [...resources][0]! : DEFAULT_RESOURCE;
  const methods: Record<string, string> = { resource };
  for (const [role, [id, atUrl, fallback]] of Object.entries(ROLES)) {
    const operation = byId.get(id);
    const name = atUrl ? operation?.urlMethodName : operation?.methodName;
    methods[role] = name !== undefined && operation!.resource === resource ? name : fallback;
  }
  return methods;
}

export function emitUploadMethods(model: ApiModel): string {
  return [
    generatedHeader(model),
    docComment([
      "The generated methods the uploader calls, by role: the resource that holds them, then each method's name (Box's chunked-upload operations, found by their operationIds).",
    ]),
    `export const UPLOAD_METHODS = ${JSON.stringify(uploadMethods(model), null, 2)} as const;\n`,
  ].join("\n");
}
