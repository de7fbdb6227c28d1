/**
 * More example candidates, for schemas openapi-sampler's first synthesis does not satisfy: it
 * always takes the first branch of a `oneOf`/`anyOf` (often matching several branches, or the
 * wrong one for a discriminator), writes "string" where a pattern is due, and ignores `const`.
 * Only consulted when the usual candidates fail, so specs that sample well pay nothing.
 */
import type { ApiModel } from "./api-model.js";
import { followRefs } from "../load/json-pointer.js";
import { patternExample, sampleQuietly } from "./sample.js";

type Node = Record<string, unknown>;

/**
 * A copy where every `oneOf` and `anyOf` lists its null branches (`{type: "null"}`, 3.1's way
 * of saying nullable) last: an example shows the value, and openapi-sampler writes `{}` for a
 * union whose first branch is null (Discord's `team_id`, a null or a snowflake).
 */
export function withNullBranchesLast(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withNullBranchesLast);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      const ordered =
        (key === "oneOf" || key === "anyOf") && Array.isArray(child)
          ? [...child.filter((b) => !isNullBranch(b)), ...child.filter(isNullBranch)]
          : child;
      return [key, withNullBranchesLast(ordered)];
    }),
  );
}

function isNullBranch(branch: unknown): boolean {
  return (
    branch !== null &&
    typeof branch === "object" &&
    (branch as Node).type === "null" &&
    Object.keys(branch).every((key) => ["type", "description", "title"].includes(key))
  );
}

/** A copy where every `oneOf` and `anyOf` lists its branch `k` (mod its length) first. */
export function withBranchFirst(value: unknown, k: number): unknown {
  if (Array.isArray(value)) return value.map((item) => withBranchFirst(item, k));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      const rotated =
        (key === "oneOf" || key === "anyOf") && Array.isArray(child) && child.length > 0
          ? [...child.slice(k % child.length), ...child.slice(0, k % child.length)]
          : child;
      return [key, withBranchFirst(rotated, k)];
    }),
  );
}

/**
 * A copy where every `oneOf` and `anyOf` is its branch `k` (mod its length) alone, as an `allOf`
 * member, and a `oneOf` also says `not` each of its other branches (a value must match exactly
 * one): a schema without alternatives, whose validation errors never contradict each other.
 */
export function withBranchOnly(value: unknown, k: number): unknown {
  if (Array.isArray(value)) return value.map((item) => withBranchOnly(item, k));
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  const chosen: unknown[] = [];
  for (const [key, child] of Object.entries(value)) {
    if ((key === "oneOf" || key === "anyOf") && Array.isArray(child) && child.length > 0) {
      const branches = child.map((branch) => withBranchOnly(branch, k));
      const pick = k % branches.length;
      chosen.push(branches[pick]);
      if (key === "oneOf")
        chosen.push(...branches.filter((_, i) => i !== pick).map((other) => ({ not: other })));
    } else copy[key] = withBranchOnly(child, k);
  }
  if (chosen.length > 0) copy.allOf = [...(Array.isArray(copy.allOf) ? copy.allOf : []), ...chosen];
  return copy;
}

/**
 * `value` mended where it breaks its schema in ways synthesis gets wrong: a `const` or enum
 * value, a string its `pattern` refuses (randexp writes one it accepts), a discriminator
 * property that does not name its branch. Follows properties (an `allOf`'s too) and items.
 */
export function repaired(
  model: ApiModel,
  value: unknown,
  schema: unknown,
  name = "value",
): unknown {
  return repair(model, value, schema, name, 0);
}

function repair(
  model: ApiModel,
  value: unknown,
  schema: unknown,
  name: string,
  depth: number,
): unknown {
  const node = resolve(model, schema);
  if (!node || depth > 32) return value;
  if (node.const !== undefined) return node.const;
  // `default: null` on a type that is not nullable (readme's string schemas): a value of the type.
  if (value === null && !allowsNull(node)) {
    const { default: _default, example: _example, ...rest } = node;
    const sampled = sampleQuietly(rest, model.document);
    if (sampled !== null && sampled !== undefined)
      return repair(model, sampled, rest, name, depth + 1);
  }
  // A union without a discriminator: mended as the branch of the value's kind (a snowflake
  // string in a oneOf of null and a pattern), when the union says nothing more of its own.
  const ofKind =
    node.properties === undefined && !node.discriminator && kindBranch(model, node, value);
  if (ofKind) return repair(model, value, ofKind, name, depth + 1);
  if (
    Array.isArray(node.enum) &&
    node.enum.length > 0 &&
    !node.enum.some((v) => deepEqual(v, value))
  )
    return node.enum[0];
  if (typeof value === "string" && typeof node.pattern === "string") {
    let matches = false;
    try {
      matches = new RegExp(node.pattern).test(value);
    } catch {
      matches = true; // a pattern JavaScript cannot read: leave the value alone
    }
    return matches ? value : (patternExample(node.pattern, name) ?? value);
  }
  if (Array.isArray(value))
    return value.map((item) => repair(model, item, node.items, name, depth + 1));
  if (value === null || typeof value !== "object") return value;
  const result = { ...(value as Node) };
  const branch = discriminated(model, node, result);
  const properties = propertiesOf(model, branch ? { allOf: [node, branch] } : node, 0);
  for (const [key, item] of Object.entries(result)) {
    if (!Object.hasOwn(properties, key)) continue;
    // A property no value satisfies (`enum: []`, which generation warns of) is left out: an
    // optional one is then valid, and a required one could not be.
    if (isEmptyEnum(resolve(model, properties[key]))) delete result[key];
    else result[key] = repair(model, item, properties[key], key, depth + 1);
  }
  return result;
}

/**
 * The first branch of a `oneOf`/`anyOf` whose type is the value's kind (for an object, whose
 * declared properties hold all of the value's).
 */
function kindBranch(model: ApiModel, node: Node, value: unknown): Node | undefined {
  const branches = node.oneOf ?? node.anyOf;
  if (!Array.isArray(branches) || value === undefined) return undefined;
  const kind = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  return branches
    .map((branch) => resolve(model, branch))
    .find((branch) => {
      if (!branch) return false;
      const types = (Array.isArray(branch.type) ? branch.type : [branch.type]) as unknown[];
      const ofKind =
        types.includes(kind) ||
        (kind === "number" && types.includes("integer")) ||
        (kind === "object" && branch.type === undefined && branch.properties !== undefined);
      if (!ofKind || kind !== "object") return ofKind;
      const declared = propertiesOf(model, branch, 0);
      return Object.keys(value as Node).every((key) => Object.hasOwn(declared, key));
    });
}

const isEmptyEnum = (node: Node | undefined) => Array.isArray(node?.enum) && node.enum.length === 0;

/**
 * For a `oneOf`/`anyOf` with a discriminator: the branch the value is (the first whose declared
 * properties hold all of the value's), with the discriminator property set to its name.
 */
function discriminated(model: ApiModel, node: Node, value: Node): Node | undefined {
  const discriminator = node.discriminator as
    { propertyName?: string; mapping?: Record<string, string> } | undefined;
  const branches = (node.oneOf ?? node.anyOf) as unknown[] | undefined;
  if (!discriminator?.propertyName || !Array.isArray(branches)) return undefined;
  const keys = Object.keys(value).filter((key) => key !== discriminator.propertyName);
  const fits = branches.find((branch) => {
    const declared = propertiesOf(model, resolve(model, branch) ?? {}, 0);
    return keys.every((key) => Object.hasOwn(declared, key));
  });
  const chosen = fits ?? branches[0];
  const ref = (chosen as { $ref?: string } | undefined)?.$ref;
  const named = Object.entries(discriminator.mapping ?? {}).find(
    ([, target]) => target === ref,
  )?.[0];
  const label =
    named ?? pinnedValues(model, chosen, discriminator.propertyName)?.[0] ?? ref?.split("/").at(-1);
  if (label !== undefined) value[discriminator.propertyName] = label;
  return resolve(model, chosen);
}

/**
 * The values a branch pins its discriminator property to (`enum: ["auto"]`, a `const`), where
 * it does: then the implicit name (the schema's) could never pass the branch, and the spec
 * means these (OpenAI's chunking strategies and tools name no mapping).
 */
export function pinnedValues(
  model: ApiModel,
  branch: unknown,
  property: string,
): unknown[] | undefined {
  const node = resolve(model, branch);
  const declared = resolve(model, propertiesOf(model, node ?? {})[property]);
  if (declared?.const !== undefined) return [declared.const];
  return Array.isArray(declared?.enum) && declared.enum.length > 0 ? declared.enum : undefined;
}

/** The properties a schema declares, its `allOf` members' included. */
export function propertiesOf(model: ApiModel, node: Node, depth = 0): Record<string, unknown> {
  let properties = { ...(node.properties as Record<string, unknown> | undefined) };
  if (depth > 8) return properties;
  for (const member of Array.isArray(node.allOf) ? node.allOf : []) {
    const resolved = resolve(model, member);
    if (resolved) properties = { ...propertiesOf(model, resolved, depth + 1), ...properties };
  }
  return properties;
}

/** Whether a schema accepts `null`: 3.0's `nullable`, 3.1's `type: [..., "null"]`, or no type. */
function allowsNull(node: Node): boolean {
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return node.nullable === true || types.includes("null") || node.type === undefined;
}

function resolve(model: ApiModel, schema: unknown): Node | undefined {
  return followRefs(model.document, schema);
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
