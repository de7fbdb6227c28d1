/**
 * The last resort of example synthesis: a value mended by the validator's own complaints. ajv
 * says what is wrong and where (a required property missing at `/employer/ceo`, a property a
 * closed object refuses, a format, an enum, a type); each complaint has one obvious mend, and a
 * few rounds of mending reach a valid value where the sampler's guess was close (a recursive
 * schema's required properties, `format: url`, an `allOf` that closes another's properties).
 *
 * A `oneOf`/`anyOf` is mended against one branch at a time (see {@link withBranchOnly}): the
 * complaints of every branch at once would contradict each other.
 */
import type { ErrorObject } from "ajv";
import type { ApiModel, MediaTypeModel } from "./api-model.js";
import { followRefs, isObject } from "../load/json-pointer.js";
import { patternExample, sampleQuietly } from "./sample.js";
import { withBranchOnly } from "./example-variants.js";
import { branchChecker, unrebased, type Direction } from "./schema-checker.js";
import { cached, workingCache } from "../cached.js";

/**
 * Rounds of mending, and the size of value, before giving up: a recursive schema that requires
 * itself never ends, and one whose every level requires two of itself doubles each round.
 */
const MAX_ROUNDS = 24;
const MAX_JSON_LENGTH = 16_384;

/** Values for the formats a sampler writes wrongly or not at all. */
const FORMAT_EXAMPLES: Record<string, unknown> = {
  url: "https://example.com",
  uri: "https://example.com",
  "uri-reference": "https://example.com",
  iri: "https://example.com",
  email: "user@example.com",
  "idn-email": "user@example.com",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  date: "2024-01-01",
  "date-time": "2024-01-01T00:00:00Z",
  time: "00:00:00Z",
  duration: "P1D",
  byte: "ZXhhbXBsZQ==",
  regex: "^example$",
  "json-pointer": "/example",
};

/**
 * `value` mended until the media type's schema, with every `oneOf`/`anyOf` narrowed to its
 * branch `branch`, accepts it; `undefined` when mending does not get there.
 */
export function guidedRepair(
  model: ApiModel,
  media: MediaTypeModel,
  value: unknown,
  direction: Direction,
  branch: number,
): unknown {
  const check = branchChecker(model, branch, direction);
  const document = branchDocument(model, branch);
  const options = {
    skipReadOnly: direction === "request",
    skipWriteOnly: direction === "response",
  };
  const sample = (schema: unknown) =>
    sampleQuietly(withBranchOnly(unrebased(schema), branch), document, options);
  const resolve = (schema: unknown) => followRefs(model.document, unrebased(schema));
  const required = new Set<string>();
  let current = structuredClone(value);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const errors = check(media, current);
    if (errors.length === 0) return current;
    const before = JSON.stringify(current);
    for (const error of errors) current = mended(current, error, { sample, resolve, required });
    const after = JSON.stringify(current);
    if (after === before || after.length > MAX_JSON_LENGTH) return undefined;
  }
  return undefined;
}

const branchDocuments = workingCache<ApiModel, Map<number, unknown>>();

/** The spec with each `oneOf`/`anyOf` narrowed to branch `branch`, for the sampler's refs. */
function branchDocument(model: ApiModel, branch: number): unknown {
  const byBranch = cached(branchDocuments, model, () => new Map());
  if (!byBranch.has(branch)) byBranch.set(branch, withBranchOnly(model.document, branch));
  return byBranch.get(branch);
}

/** `root` with the one complaint `error` mended, where it has an obvious mend. */
interface Mending {
  sample: (schema: unknown) => unknown;
  resolve: (schema: unknown) => Record<string, unknown> | undefined;
  /** `instancePath/name` of each property a round found required: never left out again. */
  required: Set<string>;
}

function mended(
  root: unknown,
  error: ErrorObject,
  { sample, resolve, required }: Mending,
): unknown {
  const path = error.instancePath.split("/").slice(1).map(unescape);
  const here = at(root, path);
  const params = error.params as Record<string, unknown>;
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  switch (error.keyword) {
    case "required": {
      if (!isObject(here)) return root;
      const name = params.missingProperty as string;
      required.add(`${error.instancePath}/${name}`);
      const properties = (parent?.properties ?? {}) as Record<string, unknown>;
      const sampled = Object.hasOwn(properties, name) ? sample(properties[name]) : undefined;
      here[name] = sampled === undefined ? "example" : sampled;
      return root;
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = (params.additionalProperty ?? params.unevaluatedProperty) as string;
      if (isObject(here)) delete here[name];
      return root;
    }
    case "enum":
      return replaced(root, path, (params.allowedValues as unknown[])[0]);
    case "const":
      return replaced(root, path, params.allowedValue);
    case "format": {
      const example = FORMAT_EXAMPLES[params.format as string];
      return example === undefined ? root : replaced(root, path, example);
    }
    case "pattern": {
      const example = patternExample(params.pattern as string, path.at(-1) ?? "value");
      return example === undefined ? root : replaced(root, path, example);
    }
    case "type":
      return replaced(root, path, ofType(parent, params.type as string, sample));
    case "minLength":
      return typeof here === "string"
        ? replaced(root, path, here.padEnd(params.limit as number, "x"))
        : root;
    case "maxLength":
      return typeof here === "string"
        ? replaced(root, path, here.slice(0, params.limit as number))
        : root;
    case "minimum":
    case "maximum":
      return replaced(root, path, params.limit);
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const step = Number.isInteger(params.limit) ? 1 : 0.5;
      const limit = params.limit as number;
      return replaced(
        root,
        path,
        error.keyword === "exclusiveMinimum" ? limit + step : limit - step,
      );
    }
    case "multipleOf":
      return replaced(root, path, params.multipleOf);
    case "minItems":
      if (!Array.isArray(here)) return root;
      while (here.length < (params.limit as number))
        here.push(here.length > 0 ? structuredClone(here[0]) : sample(parent?.items));
      return root;
    case "maxItems":
      return Array.isArray(here)
        ? replaced(root, path, here.slice(0, params.limit as number))
        : root;
    case "not": {
      // Another branch of a oneOf matches too: leave out what that branch requires (a oneOf
      // of "title and category" or "title and categorySlug" with both given).
      const other = resolve(error.schema);
      const theirs = Array.isArray(other?.required) ? (other.required as string[]) : [];
      const present = isObject(here)
        ? theirs.filter(
            (name) => Object.hasOwn(here, name) && !required.has(`${error.instancePath}/${name}`),
          )
        : [];
      if (present.length > 0 && isObject(here)) {
        for (const name of present) delete here[name];
        return root;
      }
      return withoutProperty(root, path, required);
    }
    default:
      // No mend of its own (`not` a schema the value cannot help matching, `uniqueItems`…):
      // the property left out, in case it was optional (a later round puts back a required one).
      return withoutProperty(root, path, required);
  }
}

/**
 * `root` without the object property at `path` (unchanged when `path` does not end in one, or
 * in one that a round found required).
 */
function withoutProperty(root: unknown, path: string[], required: Set<string>): unknown {
  const pointer = path.map((key) => key.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
  if (required.has(`/${pointer}`)) return root;
  const parent = path.length > 0 ? at(root, path.slice(0, -1)) : undefined;
  if (isObject(parent)) delete parent[path.at(-1)!];
  return root;
}

/** A value of `types` (ajv's comma list): the schema's own sample when it has that type. */
function ofType(
  schema: Record<string, unknown> | undefined,
  types: string,
  sample: (schema: unknown) => unknown,
): unknown {
  const wanted = types.split(",");
  if (schema) {
    const { example: _example, default: _default, ...rest } = schema;
    const sampled = sample(rest);
    if (sampled !== undefined && wanted.includes(typeOf(sampled))) return sampled;
  }
  const literals: Record<string, unknown> = {
    string: "string",
    integer: 0,
    number: 0,
    boolean: true,
    null: null,
    object: {},
    array: [],
  };
  return literals[wanted[0]!];
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function at(root: unknown, path: string[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** `root` with the value at `path` replaced (the root itself when the path is empty). */
function replaced(root: unknown, path: string[], value: unknown): unknown {
  if (value === undefined) return root;
  if (path.length === 0) return structuredClone(value);
  const parent = at(root, path.slice(0, -1));
  if (parent !== null && typeof parent === "object")
    (parent as Record<string, unknown>)[path.at(-1)!] = structuredClone(value);
  return root;
}
