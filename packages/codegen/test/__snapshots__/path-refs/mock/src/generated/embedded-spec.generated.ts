// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/path-refs.yaml
// (Path refs 1). Change the spec and run `pnpm generate` instead.

/** The spec's file, as the generator was given it: what the mock's messages name. */
export const EMBEDDED_SPEC_FILE = "packages/codegen/test/fixtures/path-refs.yaml";

/** The bundled document as JSON. */
export const EMBEDDED_SPEC_JSON = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Path refs\",\"version\":\"1\"},\"servers\":[{\"url\":\"https://api.example.com\"}],\"paths\":{\"/notes\":{\"post\":{\"operationId\":\"create_note\",\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\",\"example\":\"hello\"}}}}}},\"responses\":{\"200\":{\"description\":\"the note\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/paths/~1notes/post/requestBody/content/application~1json/schema\"}}}}}}}},\"components\":{}}";
