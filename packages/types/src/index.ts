// The public entry of @chunked-uploads/types. Everything it exports is generated from the spec
// (see ./generated); this file only decides what is public.
export type * from "./generated/openapi.generated.js";
export type * from "./generated/aliases.generated.js";
