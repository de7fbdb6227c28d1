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
import type { Transport } from "../runtime/transport.js";

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

export function defaultResource(transport: Transport): DefaultResource {
  return {
    createNote(body: CreateNoteRequestBody, options: OperationOptions<CreateNoteParams>) {
      return callOperation(transport, createNoteEndpoint, {}, { ...options, body });
    },
    putTag(body: PutTagRequestBody, options?: OperationOptions<PutTagParams>) {
      return callOperation(transport, putTagEndpoint, {}, { ...options, body });
    },
    uploadLicense(body: UploadLicenseRequestBody, options?: OperationOptions<UploadLicenseParams>) {
      return callOperation(transport, uploadLicenseEndpoint, {}, { ...options, body });
    },
  };
}
