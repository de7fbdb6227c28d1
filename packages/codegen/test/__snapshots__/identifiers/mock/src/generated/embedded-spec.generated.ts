// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/identifiers.yaml
// (Identifiers on two lines 1). Change the spec and run `pnpm generate` instead.

/** The spec's file, as the generator was given it: what the mock's messages name. */
export const EMBEDDED_SPEC_FILE = "packages/codegen/test/fixtures/identifiers.yaml";

/** The bundled document as JSON. */
export const EMBEDDED_SPEC_JSON = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Identifiers\\non two lines\",\"version\":\"1\"},\"servers\":[{\"url\":\"https://api.example.com\"}],\"paths\":{\"/things/{class}/{options}/{body}/{transport}\":{\"post\":{\"operationId\":\"call\",\"parameters\":[{\"name\":\"class\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"},\"example\":\"c\"},{\"name\":\"options\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"},\"example\":\"o\"},{\"name\":\"body\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"},\"example\":\"b\"},{\"name\":\"transport\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"},\"example\":\"t\"}],\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"example\":\"n\"}}}}}},\"responses\":{\"200\":{\"description\":\"The package.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Package\"}}}}}}}},\"components\":{\"schemas\":{\"Package\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"example\":\"p-1\"}}}}}}";
