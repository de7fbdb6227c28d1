// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/type-name-clash.yaml
// (Type name clash 1). Change the spec and run `pnpm generate` instead.

/** The spec's file, as the generator was given it: what the mock's messages name. */
export const EMBEDDED_SPEC_FILE = "packages/codegen/test/fixtures/type-name-clash.yaml";

/** The bundled document as JSON. */
export const EMBEDDED_SPEC_JSON = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Type name clash\",\"version\":\"1\"},\"servers\":[{\"url\":\"https://api.example.com\"}],\"paths\":{\"/things/{id}\":{\"get\":{\"operationId\":\"get_thing\",\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"},\"example\":\"t-1\"}],\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/GetThingResponse\"}}}}}}},\"/things\":{\"post\":{\"operationId\":\"create_thing\",\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/GetThingParams\"}}}},\"responses\":{\"204\":{\"description\":\"created\"}}}}},\"components\":{\"schemas\":{\"GetThingResponse\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}},\"GetThingParams\":{\"type\":\"object\",\"properties\":{\"filter\":{\"type\":\"string\"}}}}}}";
