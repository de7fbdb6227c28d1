// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/read-write-only.yaml
// (Read-only and write-only properties 1.0.0). Change the spec and run `pnpm generate` instead.

import type { components, paths, Readable, Writable } from "./openapi.generated.js";

/**
 *
 */
export type Pet = Readable<components["schemas"]["Pet"]>;

/**
 * Path, query, header and cookie parameters of `createPet` — POST /pets.
 */
export type CreatePetParams = paths["/pets"]["post"]["parameters"];

/**
 * The body of a successful response to `createPet` — POST /pets (201).
 */
export type CreatePetResponse = Readable<
  paths["/pets"]["post"]["responses"]["201"]["content"]["application/json"]
>;

/**
 * The body of an error response to `createPet` — POST /pets (none declared).
 */
export type CreatePetError = unknown;

/**
 * The request body of `createPet` — POST /pets (application/json).
 */
export type CreatePetRequestBody = Writable<
  NonNullable<paths["/pets"]["post"]["requestBody"]>["content"]["application/json"]
>;
