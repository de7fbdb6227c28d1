// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/tricky-strings.yaml
// (Tricky strings 1). Change the spec and run `pnpm generate` instead.

import type {
  CreateNoteParams,
  CreateNoteRequestBody,
  CreateNoteResponse,
  PutTagParams,
  PutTagRequestBody,
  PutTagResponse,
  UploadLicenseParams,
  UploadLicenseRequestBody,
  UploadLicenseResponse,
} from "@chunked-uploads/types";
import {
  callOperation,
  type ApiPromise,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import { formBody } from "../runtime/form-bodies.js";
import { bindOperations, clientTransport } from "../runtime/client-transport.js";
import type { CoreClient } from "./client.generated.js";

/**
 * Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.
 */
const createNoteEndpoint: Operation = ["post", "/notes", 0, "application/json"];
const putTagEndpoint: Operation = ["put", "/tags", 0, "application/json"];
const uploadLicenseEndpoint: Operation = [
  "put",
  "/licenses",
  0,
  "multipart/form-data",
  null,
  {},
  null,
  formBody,
];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * `POST https://api.example.com/notes`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  createNote(
    body: CreateNoteRequestBody,
    options: OperationOptions<CreateNoteParams>,
  ): ApiPromise<CreateNoteResponse>;
  /**
   * `PUT https://api.example.com/tags`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  putTag(
    body: PutTagRequestBody,
    options?: OperationOptions<PutTagParams>,
  ): ApiPromise<PutTagResponse>;
  /**
   * `PUT https://api.example.com/licenses`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  uploadLicense(
    body: UploadLicenseRequestBody,
    options?: OperationOptions<UploadLicenseParams>,
  ): ApiPromise<UploadLicenseResponse>;
}

/**
 * `POST https://api.example.com/notes`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function createNote(
  client: CoreClient,
  body: CreateNoteRequestBody,
  options: OperationOptions<CreateNoteParams>,
): ApiPromise<CreateNoteResponse> {
  return callOperation(clientTransport(client), createNoteEndpoint, {}, { ...options, body });
}

/**
 * `PUT https://api.example.com/tags`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function putTag(
  client: CoreClient,
  body: PutTagRequestBody,
  options?: OperationOptions<PutTagParams>,
): ApiPromise<PutTagResponse> {
  return callOperation(clientTransport(client), putTagEndpoint, {}, { ...options, body });
}

/**
 * `PUT https://api.example.com/licenses`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function uploadLicense(
  client: CoreClient,
  body: UploadLicenseRequestBody,
  options?: OperationOptions<UploadLicenseParams>,
): ApiPromise<UploadLicenseResponse> {
  return callOperation(clientTransport(client), uploadLicenseEndpoint, {}, { ...options, body });
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    createNote,
    putTag,
    uploadLicense,
  });
}
