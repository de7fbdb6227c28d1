// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/path-refs.yaml
// (Path refs 1). Change the spec and run `pnpm generate` instead.

import type { paths } from "./openapi.generated.js";

/**
 * Path, query, header and cookie parameters of `createNote` — POST /notes.
 */
export type CreateNoteParams = paths["/notes"]["post"]["parameters"];

/**
 * The body of a successful response to `createNote` — POST /notes (200).
 */
export type CreateNoteResponse =
  paths["/notes"]["post"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `createNote` — POST /notes (none declared).
 */
export type CreateNoteError = unknown;

/**
 * The request body of `createNote` — POST /notes (application/json).
 */
export type CreateNoteRequestBody = NonNullable<
  paths["/notes"]["post"]["requestBody"]
>["content"]["application/json"];
