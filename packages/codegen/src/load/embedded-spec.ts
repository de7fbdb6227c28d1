import type { LoadedSpec, OpenApiDocument } from "./load-spec.js";

/**
 * A spec that was loaded and bundled before, handed over as its document (the mock package
 * carries the project's spec this way): nothing to read from disk, no references left to
 * resolve. Locations name the spec's file and a pointer, without lines.
 */
export function loadedFromDocument(document: OpenApiDocument, file: string): LoadedSpec {
  const version = String(document.openapi ?? "");
  return {
    file,
    absolutePath: file,
    openapiVersion: version.startsWith("3.0") ? "3.0" : "3.1",
    document,
    files: [],
    locate: (pointer) => ({ file, pointer }),
    problems: [],
  };
}
