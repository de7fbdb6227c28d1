// generated — do not edit: @chunked-uploads/codegen wrote this file from spec/openapi.yaml
// (Box Platform API — chunked uploads 2024.0). Change the spec and run `pnpm generate` instead.

import type {
  GetFileUploadSessionByIdParams,
  GetFileUploadSessionByIdResponse,
} from "@chunked-uploads/types";
import {
  callOperation,
  callOperationAtUrl,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import type { Transport } from "../runtime/transport.js";

/**
 * Method, path template, index in SERVERS and request media type of each operation.
 */
const getFileUploadSessionByIdOperation: Operation = [
  "get",
  "/files/upload_sessions/{upload_session_id}",
  0,
];

/**
 * The `chunkedUploads` resource (Uploads (Chunked)).
 *
 * The chunked upload endpoints support files from 20MB in size and allow an application to upload the file in parts, allowing for more control to catch any errors and retry parts individually.
 */

export function chunkedUploadsResource(transport: Transport) {
  return {
    /**
     * Get upload session
     *
     * Return information about an upload session.
     *
     * The actual endpoint URL is returned by the
     * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
     * endpoint.
     *
     * `GET https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
     *
     * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
     * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
     * @returns Returns an upload session object. (200)
     * @throws {ApiError} when the API answers with any other status.
     * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
     */
    getFileUploadSessionById(
      uploadSessionId: GetFileUploadSessionByIdParams["path"]["upload_session_id"],
      options?: OperationOptions<GetFileUploadSessionByIdParams>,
    ): Promise<GetFileUploadSessionByIdResponse> {
      return callOperation(
        transport,
        getFileUploadSessionByIdOperation,
        { upload_session_id: uploadSessionId },
        options,
      );
    },
    /**
     * Get upload session
     *
     * Calls `getFileUploadSessionById` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
     *
     * Return information about an upload session.
     *
     * The actual endpoint URL is returned by the
     * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
     * endpoint.
     *
     * `GET https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
     *
     * @param url The full URL of the operation.
     * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
     * @returns Returns an upload session object. (200)
     * @throws {ApiError} when the API answers with any other status.
     * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
     */
    getFileUploadSessionByUrl(
      url: string,
      options?: OperationOptions<GetFileUploadSessionByIdParams>,
    ): Promise<GetFileUploadSessionByIdResponse> {
      return callOperationAtUrl(transport, getFileUploadSessionByIdOperation, url, options);
    },
  };
}

export type ChunkedUploadsResource = ReturnType<typeof chunkedUploadsResource>;
