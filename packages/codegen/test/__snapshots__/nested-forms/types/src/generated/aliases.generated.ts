// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/nested-forms.yaml
// (Nested form bodies 1). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 *
 */
export type AccountForm = components["schemas"]["AccountForm"];

/**
 * Path, query, header and cookie parameters of `createAccount` — POST /accounts.
 */
export type CreateAccountParams = paths["/accounts"]["post"]["parameters"];

/**
 * The body of a successful response to `createAccount` — POST /accounts (200).
 */
export type CreateAccountResponse =
  paths["/accounts"]["post"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `createAccount` — POST /accounts (none declared).
 */
export type CreateAccountError = unknown;

/**
 * The request body of `createAccount` — POST /accounts (application/x-www-form-urlencoded).
 */
export type CreateAccountRequestBody = NonNullable<
  paths["/accounts"]["post"]["requestBody"]
>["content"]["application/x-www-form-urlencoded"];
