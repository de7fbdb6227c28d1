// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/json-or-multipart.yaml
// (JSON or multipart 1). Change the spec and run `pnpm generate` instead.

import type {
  CreateSkillParams,
  CreateSkillRequestBody,
  CreateSkillResponse,
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
const createSkillEndpoint: Operation = [
  "post",
  "/skills",
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
   * `POST https://api.example.com/v1/skills`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns The skill. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  createSkill(
    body: CreateSkillRequestBody,
    options?: OperationOptions<CreateSkillParams>,
  ): ApiPromise<CreateSkillResponse>;
}

/**
 * `POST https://api.example.com/v1/skills`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns The skill. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function createSkill(
  client: CoreClient,
  body: CreateSkillRequestBody,
  options?: OperationOptions<CreateSkillParams>,
): ApiPromise<CreateSkillResponse> {
  return callOperation(clientTransport(client), createSkillEndpoint, {}, { ...options, body });
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    createSkill,
  });
}
