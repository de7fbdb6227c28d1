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
import type { Transport } from "../runtime/transport.js";

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

export function defaultResource(transport: Transport): DefaultResource {
  return {
    createSkill(body: CreateSkillRequestBody, options?: OperationOptions<CreateSkillParams>) {
      return callOperation(transport, createSkillEndpoint, {}, { ...options, body });
    },
  };
}
