// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/read-write-only.yaml
// (Read-only and write-only properties 1.0.0). Change the spec and run `pnpm generate` instead.

import type {
  CreatePetParams,
  CreatePetRequestBody,
  CreatePetResponse,
} from "@chunked-uploads/types";
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
const createPetEndpoint: Operation = ["post", "/pets", 0, "application/json"];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * `POST https://api.example.com/pets`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Created (201) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  createPet(
    body: CreatePetRequestBody,
    options?: OperationOptions<CreatePetParams>,
  ): ApiPromise<CreatePetResponse>;
}

/**
 * `POST https://api.example.com/pets`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Created (201) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function createPet(
  client: CoreClient,
  body: CreatePetRequestBody,
  options?: OperationOptions<CreatePetParams>,
): ApiPromise<CreatePetResponse> {
  return callOperation(clientTransport(client), createPetEndpoint, {}, { ...options, body });
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    createPet,
  });
}
