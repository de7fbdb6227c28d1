// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/responses.yaml
// (Responses 1). Change the spec and run `pnpm generate` instead.

/** The spec's file, as the generator was given it: what the mock's messages name. */
export const EMBEDDED_SPEC_FILE = "packages/codegen/test/fixtures/responses.yaml";

/** The bundled document as JSON. */
export const EMBEDDED_SPEC_JSON = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Responses\",\"version\":\"1\"},\"servers\":[{\"url\":\"https://api.example.com\"}],\"paths\":{\"/ping\":{\"post\":{\"operationId\":\"ping\"}},\"/files/{id}/content\":{\"get\":{\"operationId\":\"download_file\",\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"},\"example\":\"f-1\"}],\"responses\":{\"302\":{\"description\":\"Found; the download is at Location.\"}}}},\"/files/{id}/thumbnail\":{\"get\":{\"operationId\":\"get_thumbnail\",\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"},\"example\":\"f-1\"}],\"responses\":{\"200\":{\"description\":\"The image.\",\"content\":{\"image/png\":{\"schema\":{\"type\":\"string\",\"format\":\"binary\"}}}}}}}},\"components\":{}}";
