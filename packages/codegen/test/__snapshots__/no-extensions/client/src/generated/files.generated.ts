// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/no-extensions/openapi.json
// (No extensions 2.0). Change the spec and run `pnpm generate` instead.

import type { DownloadFileParams, DownloadFileResponse } from "@chunked-uploads/types";
import {
  callOperation,
  type ApiPromise,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import { bindOperations, clientTransport } from "../runtime/client-transport.js";
import type { CoreClient } from "./client.generated.js";

/**
 * Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.
 */
const downloadFileEndpoint: Operation = ["get", "/files/{file_id}/content", 0];

/**
 * The `files` resource (Files).
 */

export interface FilesResource {
  /**
   * `GET https://api.example.com/v2/files/{file_id}/content`
   *
   * @param fileId The `file_id` path parameter.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns bytes (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  downloadFile(
    fileId: string,
    options?: OperationOptions<DownloadFileParams>,
  ): ApiPromise<DownloadFileResponse>;
}

/**
 * `GET https://api.example.com/v2/files/{file_id}/content`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param fileId The `file_id` path parameter.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns bytes (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function downloadFile(
  client: CoreClient,
  fileId: string,
  options?: OperationOptions<DownloadFileParams>,
): ApiPromise<DownloadFileResponse> {
  return callOperation(
    clientTransport(client),
    downloadFileEndpoint,
    { file_id: fileId },
    options,
    "blob",
  );
}

/**
 * The `files` resource of `client`: each of its standalone functions, with the client bound.
 */

export function filesResource(client: CoreClient): FilesResource {
  return bindOperations(client, {
    downloadFile,
  });
}
