/**
 * A digest of everything a schema means: its own JSON and that of every node its local `$ref`s
 * reach, transitively. Two schemas with the same digest in two runs get the same example from
 * the same generator (synthesis, repair and validation read the document only through refs),
 * so an example chosen once can be reused after an edit elsewhere in the spec.
 */
import { createHash } from "node:crypto";
import { resolvePointer } from "../load/json-pointer.js";
import { cached, workingCache } from "../cached.js";
import type { ApiModel } from "./api-model.js";

interface Target {
  /** sha256 of the node's JSON, `$ref` strings included. */
  sha: string;
  /** The local refs written anywhere inside it. */
  refs: string[];
}

const targetsByDocument = workingCache<object, Map<string, Target>>();

/** The digest of `schema` (hex) in the model's document: for emitters, which read only the model. */
export function schemaDigest(model: ApiModel, schema: unknown): string {
  return closureDigest(model.document, schema);
}

/** The digest of `schema` (hex), in `document`. Each ref target is read and hashed once. */
export function closureDigest(document: object, schema: unknown): string {
  const targets = cached(targetsByDocument, document, () => new Map<string, Target>());
  const target = (ref: string): Target =>
    cached(targets, ref, () => {
      // An unresolved ref stays a name: the generator sees `undefined` there in every run.
      const node = ref.startsWith("#") ? resolvePointer(document, ref) : undefined;
      return describe(node);
    });
  const own = describe(schema);
  const reached = new Set<string>();
  const pending = [...own.refs];
  while (pending.length > 0) {
    const ref = pending.pop()!;
    if (reached.has(ref)) continue;
    reached.add(ref);
    pending.push(...target(ref).refs);
  }
  const digest = createHash("sha256").update(own.sha);
  for (const ref of [...reached].sort()) digest.update(`\0${ref}\0${target(ref).sha}`);
  return digest.digest("hex");
}

function describe(node: unknown): Target {
  const refs: string[] = [];
  // JSON.stringify visits every key: the replacer collects refs on the way (any `$ref` string,
  // even one inside an example; a ref too many only makes the key stricter).
  const json =
    JSON.stringify(node, (key, value) => {
      if (key === "$ref" && typeof value === "string") refs.push(value);
      // YAML's .inf and .nan, which JSON would write as null.
      return typeof value === "number" && !Number.isFinite(value) ? `\0${value}` : value;
    }) ?? "undefined";
  return { sha: createHash("sha256").update(json).digest("hex"), refs };
}
