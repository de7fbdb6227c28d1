// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/json-or-multipart.yaml
// (JSON or multipart 1). Change the spec and run `pnpm generate` instead.

/** The spec's file, as the generator was given it: what the mock's messages name. */
export const EMBEDDED_SPEC_FILE = "packages/codegen/test/fixtures/json-or-multipart.yaml";

/** The bundled document as JSON. */
export const EMBEDDED_SPEC_JSON = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"JSON or multipart\",\"version\":\"1\"},\"servers\":[{\"url\":\"https://api.example.com/v1\"}],\"security\":[],\"paths\":{\"/skills\":{\"post\":{\"operationId\":\"create_skill\",\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/SkillUpload\"}},\"multipart/form-data\":{\"schema\":{\"$ref\":\"#/components/schemas/SkillUpload\"}}}},\"responses\":{\"200\":{\"description\":\"The skill.\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"required\":[\"id\"],\"properties\":{\"id\":{\"type\":\"string\",\"example\":\"skill_1\"}}}}}}}}}},\"components\":{\"schemas\":{\"SkillUpload\":{\"type\":\"object\",\"required\":[\"files\",\"name\"],\"properties\":{\"name\":{\"type\":\"string\",\"example\":\"summarize\"},\"files\":{\"oneOf\":[{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"binary\"}},{\"type\":\"string\",\"format\":\"binary\"}]}}}}}}";
