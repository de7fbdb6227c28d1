// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/nested-forms.yaml
// (Nested form bodies 1). Change the spec and run `pnpm generate` instead.

import type {
  CreateAccountParams,
  CreateAccountRequestBody,
  CreateAccountResponse,
} from "@chunked-uploads/types";
import {
  callOperation,
  type ApiPromise,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import { formBody } from "../runtime/form-bodies.js";
import { styledParams } from "../runtime/styled-params.js";
import { bindOperations, clientTransport } from "../runtime/client-transport.js";
import type { CoreClient } from "./client.generated.js";

/**
 * Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.
 */
const createAccountEndpoint: Operation = [
  "post",
  "/accounts",
  0,
  "application/x-www-form-urlencoded",
  null,
  {
    body: {
      metadata: "deepObject*",
      documents: "deepObject*",
      items: "deepObject*",
      settings: "deepObject*",
    },
  },
  styledParams,
  formBody,
];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * Create an account
   *
   * `POST https://api.example.com/v1/accounts`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns The account. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  createAccount(
    body: CreateAccountRequestBody,
    options?: OperationOptions<CreateAccountParams>,
  ): ApiPromise<CreateAccountResponse>;
}

/**
 * Create an account
 *
 * `POST https://api.example.com/v1/accounts`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns The account. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function createAccount(
  client: CoreClient,
  body: CreateAccountRequestBody,
  options?: OperationOptions<CreateAccountParams>,
): ApiPromise<CreateAccountResponse> {
  return callOperation(clientTransport(client), createAccountEndpoint, {}, { ...options, body });
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    createAccount,
  });
}
