// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/refs-in-examples.yaml
// (t 1). Change the spec and run `pnpm generate` instead.

/** The spec's file, as the generator was given it: what the mock's messages name. */
export const EMBEDDED_SPEC_FILE = "packages/codegen/test/fixtures/refs-in-examples.yaml";

/** The bundled document as JSON. */
export const EMBEDDED_SPEC_JSON = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"servers\":[{\"url\":\"https://api.example.com\"}],\"paths\":{\"/schemas\":{\"get\":{\"operationId\":\"get_schema\",\"responses\":{\"200\":{\"description\":\"a JSON Schema document, whose $ref is data\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\"},\"examples\":{\"doc\":{\"value\":{\"$ref\":\"#/definitions/Missing\",\"type\":\"object\"}}},\"example\":{\"$ref\":\"#/nowhere\"}}}}}}}},\"components\":{}}";
