/**
 * Box's chunked-upload operations by the role each plays in an upload, found by their
 * operationIds (which Box keeps stable): the one list the client's uploader methods
 * (emit/client/upload-methods.ts) and the mock's stateful uploads (packages/mock) are built on.
 */
import type { ApiModel } from "./api-model.js";

export const CHUNKED_UPLOAD_OPERATION_IDS = {
  createSession: "post_files_upload_sessions",
  createVersionSession: "post_files_id_upload_sessions",
  getSession: "get_files_upload_sessions_id",
  uploadPart: "put_files_upload_sessions_id",
  listParts: "get_files_upload_sessions_id_parts",
  commit: "post_files_upload_sessions_id_commit",
  abort: "delete_files_upload_sessions_id",
} as const;

export type ChunkedUploadRole = keyof typeof CHUNKED_UPLOAD_OPERATION_IDS;

/** The role of each of the spec's operations that has one, by the operation's key. */
export function chunkedUploadRoles(model: ApiModel): Map<string, ChunkedUploadRole> {
  const roles = new Map<string, ChunkedUploadRole>();
  const byId = new Map<string, ChunkedUploadRole>(
    Object.entries(CHUNKED_UPLOAD_OPERATION_IDS).map(([role, id]) => [
      id,
      role as ChunkedUploadRole,
    ]),
  );
  for (const operation of model.operations) {
    const role = byId.get(operation.operationId ?? "");
    if (role) roles.set(operation.key, role);
  }
  return roles;
}

/** Whether the spec declares all seven of Box's chunked-upload operations. */
export function hasChunkedUploads(model: ApiModel): boolean {
  return new Set(chunkedUploadRoles(model).values()).size === 7;
}
