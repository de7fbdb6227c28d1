// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/json-or-multipart.yaml
// (JSON or multipart 1). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 *
 */
export type SkillUpload = components["schemas"]["SkillUpload"];

/**
 * Path, query, header and cookie parameters of `createSkill` — POST /skills.
 */
export type CreateSkillParams = paths["/skills"]["post"]["parameters"];

/**
 * The body of a successful response to `createSkill` — POST /skills (200).
 */
export type CreateSkillResponse =
  paths["/skills"]["post"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `createSkill` — POST /skills (none declared).
 */
export type CreateSkillError = unknown;

/**
 * The request body of `createSkill` — POST /skills (multipart/form-data).
 */
export type CreateSkillRequestBody = NonNullable<
  paths["/skills"]["post"]["requestBody"]
>["content"]["multipart/form-data"];
