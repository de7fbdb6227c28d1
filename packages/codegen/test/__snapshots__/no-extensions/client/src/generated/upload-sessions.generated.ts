// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/no-extensions/openapi.json
// (No extensions 2.0). Change the spec and run `pnpm generate` instead.

import type {
  DeleteSessionsBySessionIdParams,
  DeleteSessionsBySessionIdResponse,
  GetSessionByIdParams,
  GetSessionByIdResponse,
} from "@chunked-uploads/types";
import {
  callOperation,
  callOperationAtUrl,
  type ApiPromise,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import type { Transport } from "../runtime/transport.js";

/**
 * Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.
 */
const getSessionByIdEndpoint: Operation = ["get", "/sessions/{session_id}", 0];
const deleteSessionsBySessionIdEndpoint: Operation = ["delete", "/sessions/{session_id}", 1];

/**
 * The `uploadSessions` resource (Upload Sessions).
 *
 * Sessions.
 */

export interface UploadSessionsResource {
  /**
   * `GET https://api.example.com/v2/sessions/{session_id}`
   *
   * @param sessionId The `session_id` path parameter. Example: `S1`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns ok (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getSessionById(
    sessionId: string,
    options?: OperationOptions<GetSessionByIdParams>,
  ): ApiPromise<GetSessionByIdResponse>;
  /**
   * `DELETE https://{region}.example.com/v2/sessions/{session_id}`
   *
   * @param sessionId The `session_id` path parameter. Example: `S1`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns gone (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  deleteSessionsBySessionId(
    sessionId: string,
    options?: OperationOptions<DeleteSessionsBySessionIdParams>,
  ): ApiPromise<DeleteSessionsBySessionIdResponse>;
  /**
   * Calls `deleteSessionsBySessionId` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
   *
   * `DELETE https://{region}.example.com/v2/sessions/{session_id}`
   *
   * @param url The full URL of the operation.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns gone (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  deleteSessionsBySessionIdByUrl(
    url: string,
    options?: OperationOptions<DeleteSessionsBySessionIdParams>,
  ): ApiPromise<DeleteSessionsBySessionIdResponse>;
}

export function uploadSessionsResource(transport: Transport): UploadSessionsResource {
  return {
    getSessionById(sessionId: string, options?: OperationOptions<GetSessionByIdParams>) {
      return callOperation(transport, getSessionByIdEndpoint, { session_id: sessionId }, options);
    },
    deleteSessionsBySessionId(
      sessionId: string,
      options?: OperationOptions<DeleteSessionsBySessionIdParams>,
    ) {
      return callOperation(
        transport,
        deleteSessionsBySessionIdEndpoint,
        { session_id: sessionId },
        options,
      );
    },
    deleteSessionsBySessionIdByUrl(
      url: string,
      options?: OperationOptions<DeleteSessionsBySessionIdParams>,
    ) {
      return callOperationAtUrl(transport, deleteSessionsBySessionIdEndpoint, url, options);
    },
  };
}
