/**
 * `$ref`s after bundling, and the literal data where a `$ref` key is not a reference: every
 * local ref must resolve; examples, defaults, consts and enums are data (a JSON Schema as an
 * example holds `$ref` keys that mean nothing here); a discriminator mapping may name a schema
 * instead of referring to it.
 */
import type { OpenApiDocument } from "./load-spec.js";
import { parsePointer, pointerTo, resolvePointer } from "./json-pointer.js";
import { SpecError, type SpecLocation } from "./spec-error.js";

/** After bundling only local refs remain; each must name something that exists. */
export function checkLocalRefs(
  document: OpenApiDocument,
  locate: (pointer: string) => SpecLocation,
): SpecError[] {
  const errors: SpecError[] = [];
  const visit = (node: unknown, pointer: string, parentKey: string) => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, pointerTo(pointer, index), parentKey);
    } else if (node !== null && typeof node === "object") {
      const ref = (node as Record<string, unknown>).$ref;
      if (typeof ref === "string") {
        if (!ref.startsWith("#") || resolvePointer(document, ref) === undefined) {
          errors.push(
            new SpecError(
              `dangling $ref: ${ref} does not resolve`,
              locate(pointerTo(pointer, "$ref")),
            ),
          );
        }
      }
      for (const [key, value] of Object.entries(node)) {
        if (!NAME_KEYED_MAPS.has(parentKey) && isLiteralData(key, value)) continue;
        const child = pointerTo(pointer, key);
        if (key === "value" && isLiteralPointer(child)) continue; // an Example Object's value
        visit(value, child, key);
      }
    }
  };
  visit(document, "#", "");
  return errors;
}

/** Objects whose keys are user-chosen names: a property called `default` is not a default. */
const NAME_KEYED_MAPS = new Set([
  "properties",
  "patternProperties",
  "responses",
  "schemas",
  "parameters",
  "headers",
  "content",
  "callbacks",
  "links",
  "requestBodies",
  "securitySchemes",
  "examples",
  "paths",
  "webhooks",
  "pathItems",
  "$defs",
  "definitions",
  "dependentSchemas",
  "variables",
  "encoding",
]);

/**
 * Examples, defaults, consts and enums are literal data: a `$ref` key inside one is not a
 * reference. (`examples` is literal as a schema's array; as a media type's map it holds
 * Example Objects, which may be refs.)
 */
function isLiteralData(key: string, value: unknown): boolean {
  if (key === "examples") return Array.isArray(value);
  return key === "example" || key === "default" || key === "const" || key === "enum";
}

/**
 * A copy of the document without the pieces of literal data (examples, defaults, …) that hold
 * a `$ref` key: for tools that resolve every `$ref` they meet, data included, such as
 * openapi-typescript's bundler. Specs without such data come back equal.
 */
export function withoutRefsInData(document: OpenApiDocument): OpenApiDocument {
  const strip = (node: unknown, pointer: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => strip(item, pointerTo(pointer, i)));
    if (node === null || typeof node !== "object") return node;
    const entries = Object.entries(node).flatMap(([key, value]): Array<[string, unknown]> => {
      const child = pointerTo(pointer, key);
      if (isLiteralPointer(child)) return hasRef(value) ? [] : [[key, value]];
      return [[key, strip(value, child)]];
    });
    return Object.fromEntries(entries);
  };
  return strip(document, "#") as OpenApiDocument;
}

function hasRef(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasRef);
  if (value === null || typeof value !== "object") return false;
  return "$ref" in value || Object.values(value).some(hasRef);
}

/**
 * Whether a pointer leads into literal data by the rules of {@link isLiteralData}, or into an
 * Example Object's `value` (`…/examples/<name>/value`); a key inside a name-keyed map is a name.
 */
export function isLiteralPointer(pointer: string): boolean {
  const tokens = parsePointer(pointer);
  return tokens.some((key, i) => {
    if (i > 0 && NAME_KEYED_MAPS.has(tokens[i - 1]!)) return false;
    if (key === "value" && tokens[i - 2] === "examples") return true;
    return key === "examples" ? /^\d+$/.test(tokens[i + 1] ?? "") : isLiteralData(key, undefined);
  });
}

/**
 * A discriminator mapping's value may name a schema of `components.schemas` instead of being a
 * `$ref` ("Option One: OptionOneNoDisc"), which the bundler tries to resolve as a file.
 */
export function isSchemaNameMapping(root: unknown, pointer: string): boolean {
  const tokens = parsePointer(pointer);
  if (tokens.at(-2) !== "mapping" || tokens.at(-3) !== "discriminator") return false;
  const value = resolvePointer(root, pointer);
  const schemas = (root as { components?: { schemas?: object } }).components?.schemas;
  return (
    typeof value === "string" &&
    isSchemaName(value) &&
    schemas !== undefined &&
    Object.hasOwn(schemas, value)
  );
}

function isSchemaName(value: string): boolean {
  return !value.includes("/") && !value.includes("#");
}

/** The document with each discriminator mapping's schema names written as the refs they mean. */
export function withMappingNamesAsRefs(value: unknown, depth = 0): void {
  if (value === null || typeof value !== "object" || depth > 200) return;
  const node = value as Record<string, unknown>;
  const mapping = (node.discriminator as { mapping?: unknown } | undefined)?.mapping;
  if (mapping !== null && typeof mapping === "object")
    for (const [key, target] of Object.entries(mapping))
      if (typeof target === "string" && isSchemaName(target))
        (mapping as Record<string, string>)[key] = `#/components/schemas/${target}`;
  for (const child of Object.values(node)) withMappingNamesAsRefs(child, depth + 1);
}
