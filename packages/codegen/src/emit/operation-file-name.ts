import type { OperationModel } from "../model/api-model.js";

/**
 * `get_files_upload_sessions_id`: the name of an operation's doc files (the snippets package's
 * Markdown, the reference site's page); operations without a usable id get a slug of method and path.
 */
export function fileName(operation: OperationModel): string {
  return operation.operationId && /^[\w.-]+$/.test(operation.operationId)
    ? operation.operationId
    : `${operation.method}${operation.path.replace(/[^\w]+/g, "-")}`.replace(/-+$/, "");
}
