/**
 * The spec a mock serves: a file (YAML or JSON, split over several files or not), a parsed
 * document, or by default the spec this package was generated from. A spec the operation
 * model refuses is an error naming each problem and where it is.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  buildModel,
  loadedFromDocument,
  loadSpec,
  SpecError,
  type ApiModel,
  type OpenApiDocument,
} from "@chunked-uploads/codegen/model";
import { EMBEDDED_SPEC_FILE, EMBEDDED_SPEC_JSON } from "./generated/embedded-spec.generated.js";

/** A spec file's path, or a parsed OpenAPI 3.0/3.1 document. */
export type SpecInput = string | Record<string, unknown>;

/** The model of the spec; an error naming the spec and each of its problems where it has some. */
export async function modelOf(spec: SpecInput | undefined): Promise<ApiModel> {
  try {
    return await readModel(spec);
  } catch (error) {
    const what =
      typeof spec === "string" ? spec : spec === undefined ? EMBEDDED_SPEC_FILE : "the document";
    const why = error instanceof SpecError ? error.format() : (error as Error).message;
    throw new Error(`cannot serve ${what}: ${why}`, { cause: error });
  }
}

async function readModel(spec: SpecInput | undefined): Promise<ApiModel> {
  if (spec === undefined)
    return buildModel(
      loadedFromDocument(JSON.parse(EMBEDDED_SPEC_JSON) as OpenApiDocument, EMBEDDED_SPEC_FILE),
    );
  if (typeof spec === "string") return buildModel(await loadSpec(spec));
  // A document is loaded as a file is, so that it is checked (and bundled) the same way.
  const dir = await mkdtemp(path.join(tmpdir(), "chunked-uploads-mock-spec-"));
  try {
    const file = path.join(dir, "openapi.json");
    await writeFile(file, JSON.stringify(spec));
    return buildModel(await loadSpec(file, { displayRoot: dir }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
