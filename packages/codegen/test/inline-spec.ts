/**
 * A loaded spec made from an inline document, without the disk or the bundler: what the
 * `model/build/*` tables build from. Locations carry the pointer only (`inline.yaml #/…`).
 */
import type { LoadedSpec, OpenApiDocument } from "../src/load/load-spec.js";
import { type BuildContext, createContext } from "../src/model/build/context.js";

export function inlineSpec(
  document: OpenApiDocument,
  openapiVersion: "3.0" | "3.1" = "3.1",
): LoadedSpec {
  return {
    file: "inline.yaml",
    absolutePath: "/inline.yaml",
    openapiVersion,
    document: { openapi: `${openapiVersion}.0`, info: { title: "T", version: "1" }, ...document },
    files: ["/inline.yaml"],
    locate: (pointer) => ({ file: "inline.yaml", pointer }),
    problems: [],
  };
}

/** A build context over an inline document, and its problems as `pointer: message` lines. */
export function inlineContext(
  document: OpenApiDocument = {},
  openapiVersion: "3.0" | "3.1" = "3.1",
): BuildContext & { said(): { errors: string[]; warnings: string[] } } {
  const ctx = createContext(inlineSpec(document, openapiVersion));
  const line = (e: { location: { pointer: string }; message: string }) =>
    `${e.location.pointer}: ${e.message}`;
  return Object.assign(ctx, {
    said: () => ({ errors: ctx.errors.map(line), warnings: ctx.warnings.map(line) }),
  });
}
