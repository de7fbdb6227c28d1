/**
 * The document openapi-typescript reads for the types package: openapi-typescript reads OpenAPI
 * itself, so the model hands it the bundled document as it should read it, and says whether
 * its schemas mark properties read- or write-only.
 */
import { resolvePointer } from "../load/json-pointer.js";
import type { OpenApiDocument } from "../load/load-spec.js";
import { withoutRefsInData } from "../load/refs-in-data.js";
import { NAME_MAPS } from "./schema-checker.js";

/** Of the model's document (`model.document`): a function of it alone, for the emit worker. */
export function typesDocument(document: OpenApiDocument): {
  document: OpenApiDocument;
  readWriteMarkers: boolean;
} {
  return {
    document: withoutDiscriminators(withPathRefsInlined(withoutRefsInData(document))),
    readWriteMarkers: hasReadWriteOnly(document),
  };
}

/**
 * The document without `discriminator` objects. openapi-typescript types a discriminator by
 * writing the mapping's names into each target schema's component type, once for the whole
 * document: a schema two discriminators name differently ("Option One" in one operation, its
 * own name "OptionOneNoDisc" in another, DigitalOcean's droplet actions) then refuses requests
 * the spec allows. Without them a `oneOf` is the union of its branches, as JSON Schema says.
 */
function withoutDiscriminators(value: unknown): OpenApiDocument {
  const strip = (node: unknown, isNameMap: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => strip(item, false));
    if (node === null || typeof node !== "object") return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => isNameMap || key !== "discriminator")
        .map(([key, child]) => [key, strip(child, !isNameMap && NAME_MAPS.has(key))]),
    );
  };
  return strip(value, false) as OpenApiDocument;
}

/**
 * The document with each schema `$ref` into `#/paths/…` replaced by what it points at.
 * openapi-typescript writes such a ref as `paths[…]["post"]["requestBody"]["content"]…`,
 * which does not compile where `requestBody` is optional (readme's `circular-paths.yaml`).
 * Components are left as refs; a chain of path refs is followed a few levels deep.
 */
function withPathRefsInlined(document: OpenApiDocument): OpenApiDocument {
  const inline = (node: unknown, depth: number): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, depth));
    if (node === null || typeof node !== "object") return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/paths/") && depth < 8) {
      const target = resolvePointer(document, ref);
      if (target !== undefined) return inline(structuredClone(target), depth + 1);
    }
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, inline(value, depth)]),
    );
  };
  return inline(document, 0) as OpenApiDocument;
}

/** Whether any schema of the document marks a property `readOnly` or `writeOnly`. */
function hasReadWriteOnly(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasReadWriteOnly);
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(
    ([key, item]) =>
      ((key === "readOnly" || key === "writeOnly") && item === true) ||
      // Examples are data: a field named readOnly in one is no schema keyword.
      (key !== "example" && key !== "examples" && hasReadWriteOnly(item)),
  );
}
