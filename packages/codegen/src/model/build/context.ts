/**
 * What every part of the model build shares: the document, `$ref` resolution, where a pointer
 * is in the spec file, and the problems found so far. Each module under `model/build/` is a set
 * of functions called with this context, one per OpenAPI object or concern, so that each can be
 * tested on an inline document without the rest (`inlineSpec` in the tests).
 */
import { isObject, resolvePointer } from "../../load/json-pointer.js";
import type { LoadedSpec, OpenApiDocument } from "../../load/load-spec.js";
import { SpecError, type SpecLocation } from "../../load/spec-error.js";

export type Json = Record<string, unknown>;

export interface BuildContext {
  readonly spec: LoadedSpec;
  readonly doc: OpenApiDocument;
  /** Problems that stop generation, reported together at the end. */
  readonly errors: SpecError[];
  /** What the packages cannot do and leave out; generation goes on. */
  readonly warnings: SpecError[];
  at(pointer: string): SpecLocation;
  fail(message: string, pointer: string, related?: string[]): void;
  warn(message: string, pointer: string): void;
  /** Follows a local `$ref` chain (bounded, so a ref cycle cannot hang the build). */
  deref(value: unknown): Json;
}

export function createContext(spec: LoadedSpec): BuildContext {
  const doc = spec.document;
  const errors: SpecError[] = [];
  const warnings: SpecError[] = [];
  const at = (pointer: string) => spec.locate(pointer);
  return {
    spec,
    doc,
    errors,
    warnings,
    at,
    fail(message, pointer, related = []) {
      errors.push(new SpecError(message, at(pointer), { related: related.map(at) }));
    },
    warn(message, pointer) {
      warnings.push(new SpecError(message, at(pointer)));
    },
    deref(value) {
      let node = value;
      for (let hops = 0; hops < 32 && isObject(node) && typeof node.$ref === "string"; hops++) {
        node = resolvePointer(doc, node.$ref);
      }
      return asObject(node);
    },
  };
}

export function asObject(value: unknown): Json {
  return isObject(value) ? value : {};
}

/** `{ [key]: value }` when the value is a non-empty string, else nothing to spread. */
export function optionalString<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return (typeof value === "string" && value !== "" ? { [key]: value } : {}) as {
    [P in K]?: string;
  };
}

/** The document's `components.<kind>` mapping (`schemas`, `securitySchemes`), or `{}`. */
export function components(ctx: BuildContext, kind: string): Json {
  return asObject(asObject(ctx.doc.components)[kind]);
}
