// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/servers/relative.yaml
// (Relative server 1). Change the spec and run `pnpm generate` instead.

/** The spec's file, as the generator was given it: what the mock's messages name. */
export const EMBEDDED_SPEC_FILE = "packages/codegen/test/fixtures/servers/relative.yaml";

/** The bundled document as JSON. */
export const EMBEDDED_SPEC_JSON = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Relative server\",\"version\":\"1\"},\"servers\":[{\"url\":\"/v1\"}],\"paths\":{\"/things/{id}\":{\"get\":{\"operationId\":\"get_thing\",\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"},\"example\":\"t-1\"}],\"responses\":{\"200\":{\"description\":\"A thing.\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"example\":\"t-1\"}}}}}}}}}},\"components\":{}}";
