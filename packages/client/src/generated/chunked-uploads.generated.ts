// generated — do not edit: @chunked-uploads/codegen wrote this file from spec/openapi.yaml
// (Box Platform API — chunked uploads 2024.0). Change the spec and run `pnpm generate` instead.

import type {
  CreateFileUploadSessionCommitParams,
  CreateFileUploadSessionCommitRequestBody,
  CreateFileUploadSessionCommitResponse,
  CreateFileUploadSessionForExistingFileParams,
  CreateFileUploadSessionForExistingFileRequestBody,
  CreateFileUploadSessionForExistingFileResponse,
  CreateFileUploadSessionParams,
  CreateFileUploadSessionRequestBody,
  CreateFileUploadSessionResponse,
  DeleteFileUploadSessionByIdParams,
  DeleteFileUploadSessionByIdResponse,
  GetFileUploadSessionByIdParams,
  GetFileUploadSessionByIdResponse,
  GetFileUploadSessionPartsParams,
  GetFileUploadSessionPartsResponse,
  UploadFilePartParams,
  UploadFilePartResponse,
} from "@chunked-uploads/types";
import {
  callOperation,
  callOperationAtUrl,
  type ApiPromise,
  type BinaryBody,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import {
  callPaginated,
  offsetPages,
  type NextPage,
  type PageItem,
  type PagePromise,
} from "../runtime/paginate.js";
import { bindOperations, clientTransport } from "../runtime/client-transport.js";
import type { CoreClient } from "./client.generated.js";

/**
 * Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.
 */
const createFileUploadSessionEndpoint: Operation = [
  "post",
  "/files/upload_sessions",
  0,
  "application/json",
];
const createFileUploadSessionForExistingFileEndpoint: Operation = [
  "post",
  "/files/{file_id}/upload_sessions",
  0,
  "application/json",
];
const getFileUploadSessionByIdEndpoint: Operation = [
  "get",
  "/files/upload_sessions/{upload_session_id}",
  1,
];
const uploadFilePartEndpoint: Operation = [
  "put",
  "/files/upload_sessions/{upload_session_id}",
  1,
  "application/octet-stream",
];
const deleteFileUploadSessionByIdEndpoint: Operation = [
  "delete",
  "/files/upload_sessions/{upload_session_id}",
  1,
];
const getFileUploadSessionPartsEndpoint: Operation = [
  "get",
  "/files/upload_sessions/{upload_session_id}/parts",
  1,
];
const getFileUploadSessionPartsPages: NextPage = /* @__PURE__ */ offsetPages(
  "offset",
  "total_count",
  "limit",
);
const createFileUploadSessionCommitEndpoint: Operation = [
  "post",
  "/files/upload_sessions/{upload_session_id}/commit",
  1,
  "application/json",
];

/**
 * The `chunkedUploads` resource (Uploads (Chunked)).
 *
 * The chunked upload endpoints support files from 20MB in size and allow an application to upload the file in parts, allowing for more control to catch any errors and retry parts individually.
 */

export interface ChunkedUploadsResource {
  /**
   * Create upload session
   *
   * Creates an upload session for a new file.
   *
   * `POST https://upload.box.com/api/2.0/files/upload_sessions`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Returns a new upload session. (201) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  createFileUploadSession(
    body: CreateFileUploadSessionRequestBody,
    options?: OperationOptions<CreateFileUploadSessionParams>,
  ): ApiPromise<CreateFileUploadSessionResponse>;
  /**
   * Create upload session for existing file
   *
   * Creates an upload session for an existing file.
   *
   * `POST https://upload.box.com/api/2.0/files/{file_id}/upload_sessions`
   *
   * @param fileId The unique identifier that represents a file.
   *
   * The ID for any file can be determined
   * by visiting a file in the web application
   * and copying the ID from the URL. For example,
   * for the URL `https://*.app.box.com/files/123`
   * the `file_id` is `123`. Example: `12345`.
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Returns a new upload session. (201) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  createFileUploadSessionForExistingFile(
    fileId: string,
    body: CreateFileUploadSessionForExistingFileRequestBody,
    options?: OperationOptions<CreateFileUploadSessionForExistingFileParams>,
  ): ApiPromise<CreateFileUploadSessionForExistingFileResponse>;
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
   * @returns Returns an upload session object. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getFileUploadSessionById(
    uploadSessionId: string,
    options?: OperationOptions<GetFileUploadSessionByIdParams>,
  ): ApiPromise<GetFileUploadSessionByIdResponse>;
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
   * @returns Returns an upload session object. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getFileUploadSessionByUrl(
    url: string,
    options?: OperationOptions<GetFileUploadSessionByIdParams>,
  ): ApiPromise<GetFileUploadSessionByIdResponse>;
  /**
   * Upload part of file
   *
   * Uploads a chunk of a file for an upload session.
   *
   * The actual endpoint URL is returned by the
   * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
   * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
   * endpoints.
   *
   * `PUT https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
   *
   * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
   * @param body The request body: raw bytes, sent as `application/octet-stream`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Chunk has been uploaded successfully. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  uploadFilePart(
    uploadSessionId: string,
    body: BinaryBody,
    options: OperationOptions<UploadFilePartParams>,
  ): ApiPromise<UploadFilePartResponse>;
  /**
   * Upload part of file
   *
   * Calls `uploadFilePart` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
   *
   * Uploads a chunk of a file for an upload session.
   *
   * The actual endpoint URL is returned by the
   * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
   * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
   * endpoints.
   *
   * `PUT https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
   *
   * @param url The full URL of the operation.
   * @param body The request body: raw bytes, sent as `application/octet-stream`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Chunk has been uploaded successfully. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  uploadFilePartByUrl(
    url: string,
    body: BinaryBody,
    options: OperationOptions<UploadFilePartParams>,
  ): ApiPromise<UploadFilePartResponse>;
  /**
   * Remove upload session
   *
   * Abort an upload session and discard all data uploaded.
   *
   * This cannot be reversed.
   *
   * The actual endpoint URL is returned by the
   * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
   * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
   * endpoints.
   *
   * `DELETE https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
   *
   * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns A blank response is returned if the session was
   * successfully aborted. (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  deleteFileUploadSessionById(
    uploadSessionId: string,
    options?: OperationOptions<DeleteFileUploadSessionByIdParams>,
  ): ApiPromise<DeleteFileUploadSessionByIdResponse>;
  /**
   * Remove upload session
   *
   * Calls `deleteFileUploadSessionById` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
   *
   * Abort an upload session and discard all data uploaded.
   *
   * This cannot be reversed.
   *
   * The actual endpoint URL is returned by the
   * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
   * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
   * endpoints.
   *
   * `DELETE https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
   *
   * @param url The full URL of the operation.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns A blank response is returned if the session was
   * successfully aborted. (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  deleteFileUploadSessionByUrl(
    url: string,
    options?: OperationOptions<DeleteFileUploadSessionByIdParams>,
  ): ApiPromise<DeleteFileUploadSessionByIdResponse>;
  /**
   * List parts
   *
   * Return a list of the chunks uploaded to the upload session so far.
   *
   * The actual endpoint URL is returned by the
   * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
   * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
   * endpoints.
   *
   * `GET https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}/parts`
   *
   * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Returns a list of parts that have been uploaded. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.) The first page; `for await (const item of …)` goes through every item of every page (offset pagination).
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getFileUploadSessionParts(
    uploadSessionId: string,
    options?: OperationOptions<GetFileUploadSessionPartsParams>,
  ): PagePromise<
    GetFileUploadSessionPartsResponse,
    PageItem<GetFileUploadSessionPartsResponse, "entries">
  >;
  /**
   * List parts
   *
   * Calls `getFileUploadSessionParts` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
   *
   * Return a list of the chunks uploaded to the upload session so far.
   *
   * The actual endpoint URL is returned by the
   * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
   * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
   * endpoints.
   *
   * `GET https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}/parts`
   *
   * @param url The full URL of the operation.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Returns a list of parts that have been uploaded. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getFileUploadSessionPartsByUrl(
    url: string,
    options?: OperationOptions<GetFileUploadSessionPartsParams>,
  ): ApiPromise<GetFileUploadSessionPartsResponse>;
  /**
   * Commit upload session
   *
   * Close an upload session and create a file from the uploaded chunks.
   *
   * The actual endpoint URL is returned by the
   * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
   * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
   * endpoints.
   *
   * `POST https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}/commit`
   *
   * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Returns the file object in a list. (201) / Returns when all chunks have been uploaded but not yet processed.
   *
   * Inspect the upload session to get more information about the
   * progress of processing the chunks, then retry committing the file
   * when all chunks have processed. (202) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  createFileUploadSessionCommit(
    uploadSessionId: string,
    body: CreateFileUploadSessionCommitRequestBody,
    options: OperationOptions<CreateFileUploadSessionCommitParams>,
  ): ApiPromise<CreateFileUploadSessionCommitResponse>;
  /**
   * Commit upload session
   *
   * Calls `createFileUploadSessionCommit` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
   *
   * Close an upload session and create a file from the uploaded chunks.
   *
   * The actual endpoint URL is returned by the
   * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
   * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
   * endpoints.
   *
   * `POST https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}/commit`
   *
   * @param url The full URL of the operation.
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Returns the file object in a list. (201) / Returns when all chunks have been uploaded but not yet processed.
   *
   * Inspect the upload session to get more information about the
   * progress of processing the chunks, then retry committing the file
   * when all chunks have processed. (202) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  createFileUploadSessionCommitByUrl(
    url: string,
    body: CreateFileUploadSessionCommitRequestBody,
    options: OperationOptions<CreateFileUploadSessionCommitParams>,
  ): ApiPromise<CreateFileUploadSessionCommitResponse>;
}

/**
 * Create upload session
 *
 * Creates an upload session for a new file.
 *
 * `POST https://upload.box.com/api/2.0/files/upload_sessions`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Returns a new upload session. (201) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function createFileUploadSession(
  client: CoreClient,
  body: CreateFileUploadSessionRequestBody,
  options?: OperationOptions<CreateFileUploadSessionParams>,
): ApiPromise<CreateFileUploadSessionResponse> {
  return callOperation(
    clientTransport(client),
    createFileUploadSessionEndpoint,
    {},
    { ...options, body },
  );
}

/**
 * Create upload session for existing file
 *
 * Creates an upload session for an existing file.
 *
 * `POST https://upload.box.com/api/2.0/files/{file_id}/upload_sessions`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param fileId The unique identifier that represents a file.
 *
 * The ID for any file can be determined
 * by visiting a file in the web application
 * and copying the ID from the URL. For example,
 * for the URL `https://*.app.box.com/files/123`
 * the `file_id` is `123`. Example: `12345`.
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Returns a new upload session. (201) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function createFileUploadSessionForExistingFile(
  client: CoreClient,
  fileId: string,
  body: CreateFileUploadSessionForExistingFileRequestBody,
  options?: OperationOptions<CreateFileUploadSessionForExistingFileParams>,
): ApiPromise<CreateFileUploadSessionForExistingFileResponse> {
  return callOperation(
    clientTransport(client),
    createFileUploadSessionForExistingFileEndpoint,
    { file_id: fileId },
    { ...options, body },
  );
}

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
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Returns an upload session object. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function getFileUploadSessionById(
  client: CoreClient,
  uploadSessionId: string,
  options?: OperationOptions<GetFileUploadSessionByIdParams>,
): ApiPromise<GetFileUploadSessionByIdResponse> {
  return callOperation(
    clientTransport(client),
    getFileUploadSessionByIdEndpoint,
    { upload_session_id: uploadSessionId },
    options,
  );
}

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
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param url The full URL of the operation.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Returns an upload session object. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function getFileUploadSessionByUrl(
  client: CoreClient,
  url: string,
  options?: OperationOptions<GetFileUploadSessionByIdParams>,
): ApiPromise<GetFileUploadSessionByIdResponse> {
  return callOperationAtUrl(
    clientTransport(client),
    getFileUploadSessionByIdEndpoint,
    url,
    options,
  );
}

/**
 * Upload part of file
 *
 * Uploads a chunk of a file for an upload session.
 *
 * The actual endpoint URL is returned by the
 * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
 * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
 * endpoints.
 *
 * `PUT https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
 * @param body The request body: raw bytes, sent as `application/octet-stream`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Chunk has been uploaded successfully. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function uploadFilePart(
  client: CoreClient,
  uploadSessionId: string,
  body: BinaryBody,
  options: OperationOptions<UploadFilePartParams>,
): ApiPromise<UploadFilePartResponse> {
  return callOperation(
    clientTransport(client),
    uploadFilePartEndpoint,
    { upload_session_id: uploadSessionId },
    { ...options, body },
  );
}

/**
 * Upload part of file
 *
 * Calls `uploadFilePart` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
 *
 * Uploads a chunk of a file for an upload session.
 *
 * The actual endpoint URL is returned by the
 * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
 * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
 * endpoints.
 *
 * `PUT https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param url The full URL of the operation.
 * @param body The request body: raw bytes, sent as `application/octet-stream`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Chunk has been uploaded successfully. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function uploadFilePartByUrl(
  client: CoreClient,
  url: string,
  body: BinaryBody,
  options: OperationOptions<UploadFilePartParams>,
): ApiPromise<UploadFilePartResponse> {
  return callOperationAtUrl(clientTransport(client), uploadFilePartEndpoint, url, {
    ...options,
    body,
  });
}

/**
 * Remove upload session
 *
 * Abort an upload session and discard all data uploaded.
 *
 * This cannot be reversed.
 *
 * The actual endpoint URL is returned by the
 * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
 * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
 * endpoints.
 *
 * `DELETE https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns A blank response is returned if the session was
 * successfully aborted. (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function deleteFileUploadSessionById(
  client: CoreClient,
  uploadSessionId: string,
  options?: OperationOptions<DeleteFileUploadSessionByIdParams>,
): ApiPromise<DeleteFileUploadSessionByIdResponse> {
  return callOperation(
    clientTransport(client),
    deleteFileUploadSessionByIdEndpoint,
    { upload_session_id: uploadSessionId },
    options,
  );
}

/**
 * Remove upload session
 *
 * Calls `deleteFileUploadSessionById` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
 *
 * Abort an upload session and discard all data uploaded.
 *
 * This cannot be reversed.
 *
 * The actual endpoint URL is returned by the
 * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
 * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
 * endpoints.
 *
 * `DELETE https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param url The full URL of the operation.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns A blank response is returned if the session was
 * successfully aborted. (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function deleteFileUploadSessionByUrl(
  client: CoreClient,
  url: string,
  options?: OperationOptions<DeleteFileUploadSessionByIdParams>,
): ApiPromise<DeleteFileUploadSessionByIdResponse> {
  return callOperationAtUrl(
    clientTransport(client),
    deleteFileUploadSessionByIdEndpoint,
    url,
    options,
  );
}

/**
 * List parts
 *
 * Return a list of the chunks uploaded to the upload session so far.
 *
 * The actual endpoint URL is returned by the
 * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
 * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
 * endpoints.
 *
 * `GET https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}/parts`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Returns a list of parts that have been uploaded. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.) The first page; `for await (const item of …)` goes through every item of every page (offset pagination).
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function getFileUploadSessionParts(
  client: CoreClient,
  uploadSessionId: string,
  options?: OperationOptions<GetFileUploadSessionPartsParams>,
): PagePromise<
  GetFileUploadSessionPartsResponse,
  PageItem<GetFileUploadSessionPartsResponse, "entries">
> {
  return callPaginated(
    clientTransport(client),
    getFileUploadSessionPartsEndpoint,
    { upload_session_id: uploadSessionId },
    options,
    getFileUploadSessionPartsPages,
    "entries",
  );
}

/**
 * List parts
 *
 * Calls `getFileUploadSessionParts` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
 *
 * Return a list of the chunks uploaded to the upload session so far.
 *
 * The actual endpoint URL is returned by the
 * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
 * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
 * endpoints.
 *
 * `GET https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}/parts`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param url The full URL of the operation.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Returns a list of parts that have been uploaded. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function getFileUploadSessionPartsByUrl(
  client: CoreClient,
  url: string,
  options?: OperationOptions<GetFileUploadSessionPartsParams>,
): ApiPromise<GetFileUploadSessionPartsResponse> {
  return callOperationAtUrl(
    clientTransport(client),
    getFileUploadSessionPartsEndpoint,
    url,
    options,
  );
}

/**
 * Commit upload session
 *
 * Close an upload session and create a file from the uploaded chunks.
 *
 * The actual endpoint URL is returned by the
 * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
 * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
 * endpoints.
 *
 * `POST https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}/commit`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param uploadSessionId The ID of the upload session. Example: `D5E3F7A`.
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Returns the file object in a list. (201) / Returns when all chunks have been uploaded but not yet processed.
 *
 * Inspect the upload session to get more information about the
 * progress of processing the chunks, then retry committing the file
 * when all chunks have processed. (202) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function createFileUploadSessionCommit(
  client: CoreClient,
  uploadSessionId: string,
  body: CreateFileUploadSessionCommitRequestBody,
  options: OperationOptions<CreateFileUploadSessionCommitParams>,
): ApiPromise<CreateFileUploadSessionCommitResponse> {
  return callOperation(
    clientTransport(client),
    createFileUploadSessionCommitEndpoint,
    { upload_session_id: uploadSessionId },
    { ...options, body },
  );
}

/**
 * Commit upload session
 *
 * Calls `createFileUploadSessionCommit` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
 *
 * Close an upload session and create a file from the uploaded chunks.
 *
 * The actual endpoint URL is returned by the
 * [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
 * and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
 * endpoints.
 *
 * `POST https://{box-upload-server}/api/2.0/files/upload_sessions/{upload_session_id}/commit`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param url The full URL of the operation.
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Returns the file object in a list. (201) / Returns when all chunks have been uploaded but not yet processed.
 *
 * Inspect the upload session to get more information about the
 * progress of processing the chunks, then retry committing the file
 * when all chunks have processed. (202) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function createFileUploadSessionCommitByUrl(
  client: CoreClient,
  url: string,
  body: CreateFileUploadSessionCommitRequestBody,
  options: OperationOptions<CreateFileUploadSessionCommitParams>,
): ApiPromise<CreateFileUploadSessionCommitResponse> {
  return callOperationAtUrl(clientTransport(client), createFileUploadSessionCommitEndpoint, url, {
    ...options,
    body,
  });
}

/**
 * The `chunkedUploads` resource of `client`: each of its standalone functions, with the client bound.
 */

export function chunkedUploadsResource(client: CoreClient): ChunkedUploadsResource {
  return bindOperations(client, {
    createFileUploadSession,
    createFileUploadSessionForExistingFile,
    getFileUploadSessionById,
    getFileUploadSessionByUrl,
    uploadFilePart,
    uploadFilePartByUrl,
    deleteFileUploadSessionById,
    deleteFileUploadSessionByUrl,
    getFileUploadSessionParts,
    getFileUploadSessionPartsByUrl,
    createFileUploadSessionCommit,
    createFileUploadSessionCommitByUrl,
  });
}
