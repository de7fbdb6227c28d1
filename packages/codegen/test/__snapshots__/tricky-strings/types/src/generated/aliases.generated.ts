// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/tricky-strings.yaml
// (Tricky strings 1). Change the spec and run `pnpm generate` instead.

import type { paths } from "./openapi.generated.js";

/**
 * Path, query, header and cookie parameters of `createNote` — POST /notes.
 */
export type CreateNoteParams = paths["/notes"]["post"]["parameters"];

/**
 * The body of a successful response to `createNote` — POST /notes (204).
 */
export type CreateNoteResponse = undefined;

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

/**
 * Path, query, header and cookie parameters of `putTag` — PUT /tags.
 */
export type PutTagParams = paths["/tags"]["put"]["parameters"];

/**
 * The body of a successful response to `putTag` — PUT /tags (204).
 */
export type PutTagResponse = undefined;

/**
 * The body of an error response to `putTag` — PUT /tags (none declared).
 */
export type PutTagError = unknown;

/**
 * The request body of `putTag` — PUT /tags (application/json).
 */
export type PutTagRequestBody = NonNullable<
  paths["/tags"]["put"]["requestBody"]
>["content"]["application/json"];

/**
 * Path, query, header and cookie parameters of `uploadLicense` — PUT /licenses.
 */
export type UploadLicenseParams = paths["/licenses"]["put"]["parameters"];

/**
 * The body of a successful response to `uploadLicense` — PUT /licenses (204).
 */
export type UploadLicenseResponse = undefined;

/**
 * The body of an error response to `uploadLicense` — PUT /licenses (none declared).
 */
export type UploadLicenseError = unknown;

/**
 * The request body of `uploadLicense` — PUT /licenses (multipart/form-data).
 */
export type UploadLicenseRequestBody = NonNullable<
  paths["/licenses"]["put"]["requestBody"]
>["content"]["multipart/form-data"];
