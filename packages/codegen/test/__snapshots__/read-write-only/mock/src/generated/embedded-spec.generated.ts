// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/read-write-only.yaml
// (Read-only and write-only properties 1.0.0). Change the spec and run `pnpm generate` instead.

/** The spec's file, as the generator was given it: what the mock's messages name. */
export const EMBEDDED_SPEC_FILE = "packages/codegen/test/fixtures/read-write-only.yaml";

/** The bundled document as JSON. */
export const EMBEDDED_SPEC_JSON = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Read-only and write-only properties\",\"version\":\"1.0.0\"},\"servers\":[{\"url\":\"https://api.example.com\"}],\"paths\":{\"/pets\":{\"post\":{\"operationId\":\"create_pet\",\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Pet\"}}}},\"responses\":{\"201\":{\"description\":\"Created\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Pet\"}}}}}}}},\"components\":{\"schemas\":{\"Pet\":{\"type\":\"object\",\"required\":[\"id\",\"name\",\"password\"],\"properties\":{\"id\":{\"type\":\"integer\",\"readOnly\":true,\"example\":7},\"name\":{\"type\":\"string\",\"example\":\"Rex\"},\"password\":{\"type\":\"string\",\"writeOnly\":true,\"example\":\"s3cret\"}}}}}}";
