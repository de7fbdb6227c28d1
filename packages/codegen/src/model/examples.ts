import type { ApiModel, MediaTypeModel } from "./api-model.js";
import { followRefs } from "../load/json-pointer.js";
import { repaired, withBranchFirst, withNullBranchesLast } from "./example-variants.js";
import { guidedRepair } from "./guided-repair.js";
import { sampleQuietly } from "./sample.js";
import { checkerFor, onlyRef, withoutAnnotations } from "./schema-checker.js";
import { cached, workingCache } from "../cached.js";
import { serialize } from "node:v8";
import { persisted } from "../persisted.js";
import { schemaDigest } from "./schema-closure.js";

const chosen = new WeakMap<MediaTypeModel, unknown>();
const withoutExamples = workingCache<ApiModel, object>();

/**
 * An example body of a media type, the first of these that its schema accepts: the spec's own
 * example (`example`, or the first of `examples`); one openapi-sampler synthesises from the
 * schema, the properties' own examples first; one synthesised from the schema alone (types,
 * enum values, formats, every required property), for specs whose examples contradict their
 * schemas. Read-only properties are left out of requests and write-only ones out of responses.
 * `undefined` when the media type has neither an example nor a schema. Computed on first use:
 * large specs have thousands of media types that no emitter asks for.
 */
export function exampleBody(
  model: ApiModel,
  media: MediaTypeModel,
  direction: "request" | "response",
): unknown {
  if (media.schema === undefined) return media.example;
  if (!chosen.has(media)) {
    // Media types of the same kind whose schema is the same bare `$ref`, without an example of
    // their own, get the same example: chosen once (Box names a few components hundreds of times).
    const ref = media.example === undefined ? onlyRef(media.schema) : undefined;
    // Kept across runs by all that choosing reads: the spec's OpenAPI version (the validator's
    // dialect), the media type's own example, kind and direction, and its schema with every
    // node its refs reach. An edit elsewhere in the spec chooses nothing again (Box: 1.8 s).
    const chosenNow = () =>
      persisted(
        "chunked-uploads-examples",
        [
          `${model.openapiVersion}\0${direction}\0${media.kind}\0${media.json}`,
          serialize(media.example),
          schemaDigest(model, media.schema),
        ],
        () => choose(model, media, direction),
      );
    if (ref === undefined) chosen.set(media, chosenNow());
    else {
      const shared = cached(sharedByRef, model, () => new Map<string, unknown>());
      const key = `${direction}\0${media.kind}\0${media.json}\0${ref}`;
      if (!shared.has(key)) shared.set(key, chosenNow());
      chosen.set(media, shared.get(key));
    }
  }
  return chosen.get(media);
}
const sharedByRef = new WeakMap<ApiModel, Map<string, unknown>>();

function choose(model: ApiModel, media: MediaTypeModel, direction: "request" | "response") {
  const options = {
    skipReadOnly: direction === "request",
    skipWriteOnly: direction === "response",
  };
  const plainDocument = () =>
    cached(
      withoutExamples,
      model,
      () => withNullBranchesLast(withoutAnnotations(model.document)) as object,
    );
  const plain = () =>
    sampleQuietly(withNullBranchesLast(withoutAnnotations(media.schema)), plainDocument(), options);
  const candidates = [
    () => media.example,
    // The schema may `$ref` into components: openapi-sampler resolves them in the document.
    () => sampleQuietly(media.schema, model.document, options),
    plain,
    // What synthesis gets wrong, mended: const and enum values, patterns, discriminators…
    () => repaired(model, plain(), media.schema),
    // …and the other branches of each oneOf/anyOf (the sampler takes the first).
    ...[1, 2, 3].map((k) => () => {
      const sampled = sampleQuietly(
        withBranchFirst(withoutAnnotations(media.schema), k),
        rotatedDocument(model, k, plainDocument),
        options,
      );
      return repaired(model, sampled, media.schema);
    }),
  ];
  // The first candidate the schema accepts that holds no property its schema leaves out
  // (JSON Schema allows those, the generated TypeScript types do not), else the first the
  // schema accepts, else the first there is.
  const typed = media.json || media.kind === "form" || media.kind === "multipart";
  let first: unknown;
  let valid: unknown;
  const tried: unknown[] = [];
  for (const candidate of candidates) {
    const value = candidate();
    tried.push(value);
    if (value === undefined) continue;
    if (first === undefined) first = value;
    // Forms are checked as typed values (a form's `true` must be a boolean, not the text
    // "true", for the TypeScript snippet); other media types' schemas describe encoded text.
    if (!typed) return value;
    if (checkerFor(model).body(media, value, direction).length > 0) continue;
    if (!hasUndeclaredProperties(model, value, media.schema)) return value;
    valid ??= value;
  }
  if (valid !== undefined || !typed) return valid ?? first;
  // Mended by the validator's complaints, one oneOf/anyOf branch at a time: the sampler's
  // guess for branch k (its rotated candidate) mended against that branch.
  // (candidate 1 is the sample with the spec's own property examples, 4 to 6 the rotated ones).
  for (const k of [0, 1, 2, 3]) {
    const value = guidedRepair(model, media, tried[k === 0 ? 1 : 3 + k] ?? first, direction, k);
    if (value === undefined || checkerFor(model).body(media, value, direction).length > 0) continue;
    if (!hasUndeclaredProperties(model, value, media.schema)) return value;
    valid ??= value;
  }
  if (valid !== undefined) return valid;
  // Box's token revocation requires `grant_type` without declaring it: no synthesis can know
  // of it. The first candidate with a stand-in for each such property, if that is valid.
  const filled = withRequiredStandIns(model, first, media.schema);
  return filled !== first && checkerFor(model).body(media, filled, direction).length === 0
    ? filled
    : first;
}

const rotatedDocuments = workingCache<ApiModel, Map<number, unknown>>();

/** The document without examples, each oneOf/anyOf rotated to branch `k`: made once per model. */
function rotatedDocument(model: ApiModel, k: number, plain: () => object): unknown {
  const byBranch = cached(rotatedDocuments, model, () => new Map<number, unknown>());
  if (!byBranch.has(k)) byBranch.set(k, withBranchFirst(plain(), k));
  return byBranch.get(k);
}

/**
 * `value` with `"example"` for each property the schema requires but does not declare, at any
 * depth (Box's `lock` requires an undeclared `type`).
 */
function withRequiredStandIns(
  model: ApiModel,
  value: unknown,
  schema: unknown,
  depth = 0,
): unknown {
  const node = resolved(model, schema);
  if (!node || depth > 16 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value))
    return value.map((item) => withRequiredStandIns(model, item, node.items, depth + 1));
  const properties = (node.properties ?? {}) as Record<string, unknown>;
  const result: Record<string, unknown> = Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      Object.hasOwn(properties, key)
        ? withRequiredStandIns(model, item, properties[key], depth + 1)
        : item,
    ]),
  );
  for (const name of Array.isArray(node.required) ? (node.required as string[]) : [])
    if (!Object.hasOwn(properties, name) && !Object.hasOwn(result, name)) result[name] = "example";
  return JSON.stringify(result) === JSON.stringify(value) ? value : result;
}

/** A schema with its `$ref` chain followed in the document. */
function resolved(model: ApiModel, schema: unknown): Record<string, unknown> | undefined {
  return followRefs(model.document, schema);
}

/**
 * `value` without the properties its (closed) schema does not declare, at any depth: what the
 * generated TypeScript types accept where a spec requires a property it never declares.
 */
export function declaredOnly(model: ApiModel, value: unknown, schema: unknown, depth = 0): unknown {
  const node = resolved(model, schema);
  if (!node || depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value))
    return value.map((item) => declaredOnly(model, item, node.items, depth + 1));
  const properties = declaredProperties(model, node, 0) ?? branchProperties(model, node, value);
  if (!properties) {
    // An open object: its declared and additional properties' values still follow their schemas.
    const own = (node.properties ?? {}) as Record<string, unknown>;
    const additional = node.additionalProperties;
    return Object.fromEntries(
      Object.entries(withinIndexSignature(model, value as Record<string, unknown>, node)).map(
        ([key, item]) => {
          const schema = Object.hasOwn(own, key) ? own[key] : additional;
          return [
            key,
            typeof schema === "object" ? declaredOnly(model, item, schema, depth + 1) : item,
          ];
        },
      ),
    );
  }
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => Object.hasOwn(properties, key))
      .map(([key, item]) => [key, declaredOnly(model, item, properties[key], depth + 1)]),
  );
}

/** A schema dressed as a JSON media type, for the body checker. */
function asJson(schema: unknown): MediaTypeModel {
  return { type: "application/json", json: true, kind: "json", schema } as MediaTypeModel;
}

/**
 * The properties a `oneOf`/`anyOf` of closed objects declares between its branches: what the
 * TypeScript union of their types lets an object literal hold. `undefined` when a branch is open.
 */
function branchProperties(
  model: ApiModel,
  node: Record<string, unknown>,
  value: unknown,
): Record<string, unknown> | undefined {
  const branches = node.oneOf ?? node.anyOf;
  if (!Array.isArray(branches) || node.properties !== undefined || "additionalProperties" in node)
    return undefined;
  const declared = branches.map((branch) => {
    const branchNode = resolved(model, branch);
    return branchNode && declaredProperties(model, branchNode, 0);
  });
  if (!declared.every((d) => d !== undefined)) return undefined;
  // A name several branches declare takes its schema from the branch the value fits (GitHub's
  // ruleset rules each declare their own `parameters`), else from the last that declares it.
  const fits = branches.map(
    (branch) => checkerFor(model).body(asJson(branch), value, "request").length === 0,
  );
  return Object.assign(
    {},
    ...declared.filter((_, i) => !fits[i]),
    ...declared.filter((_, i) => fits[i]),
  );
}

/**
 * openapi-typescript types an object with `properties` and an `additionalProperties` schema as
 * `{ declared } & { [key: string]: Additional }`, where TypeScript holds every declared property
 * to the index signature too: `{ empty: true }` does not type against `{ empty?: boolean } &
 * { [key: string]: string[] }`. The value without the optional declared properties whose value
 * the additional properties' schema refuses.
 */
function withinIndexSignature(
  model: ApiModel,
  value: Record<string, unknown>,
  node: Record<string, unknown>,
): Record<string, unknown> {
  const additional = node.additionalProperties;
  const properties = node.properties as Record<string, unknown> | undefined;
  if (!properties || additional === null || typeof additional !== "object") return value;
  const required = Array.isArray(node.required) ? (node.required as string[]) : [];
  const fits = (item: unknown) => checkerFor(model).body(asJson(additional), item).length === 0;
  return Object.fromEntries(
    Object.entries(value).filter(
      ([key, item]) => !Object.hasOwn(properties, key) || required.includes(key) || fits(item),
    ),
  );
}

/**
 * Whether `value` has a property that its (object) schema does not declare, where the schema
 * says nothing else about extra properties: no `additionalProperties`, `patternProperties`,
 * `anyOf` or `oneOf`. An `allOf` declares what its members declare.
 */
function hasUndeclaredProperties(
  model: ApiModel,
  value: unknown,
  schema: unknown,
  depth = 0,
): boolean {
  if (depth > 32 || value === null || typeof value !== "object") return false;
  const node = resolved(model, schema);
  if (!node) return false;
  if (Array.isArray(value))
    return value.some((item) => hasUndeclaredProperties(model, item, node.items, depth + 1));
  const properties = declaredProperties(model, node, 0);
  if (!properties) return false;
  return Object.entries(value).some(
    ([key, item]) =>
      !Object.hasOwn(properties, key) ||
      hasUndeclaredProperties(model, item, properties[key], depth + 1),
  );
}

/** The properties an object schema declares, its `allOf` members' included; `undefined` when it is open. */
function declaredProperties(
  model: ApiModel,
  node: Record<string, unknown>,
  depth: number,
): Record<string, unknown> | undefined {
  const open = ["additionalProperties", "patternProperties", "anyOf", "oneOf"].some(
    (key) => key in node,
  );
  if (open || depth > 8) return undefined;
  let properties = { ...(node.properties as Record<string, unknown> | undefined) };
  for (const member of Array.isArray(node.allOf) ? node.allOf : []) {
    const memberNode = resolved(model, member);
    // A member of notes only (`{ description, nullable }`, Box's way) declares nothing.
    const notes = ["description", "title", "nullable", "example", "deprecated"];
    if (memberNode && Object.keys(memberNode).every((key) => notes.includes(key))) continue;
    const declared = memberNode && declaredProperties(model, memberNode, depth + 1);
    if (!declared) return undefined;
    properties = { ...properties, ...declared };
  }
  return node.properties === undefined && node.allOf === undefined ? undefined : properties;
}
