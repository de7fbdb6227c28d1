import type { ApiModel } from "../model/api-model.js";
import { componentName, isObject } from "../load/json-pointer.js";
import { resolvedSchema } from "../model/schema-view.js";
import type { Bump, SpecChange } from "./spec-change.js";

type Schema = Record<string, unknown>;

/** Which side of the wire a schema is on: tightening a request breaks callers, loosening a response does. */
export type Direction = "request" | "response";

/** One version of the spec, as far as comparing its schemas needs it. */
type Side = Pick<ApiModel, "document" | "openapiVersion">;

/**
 * Compares two versions of a schema, following `$ref`s in each document, and reports each
 * difference with its semver level: removed fields, changed or narrowed types and formats,
 * removed enum values and newly required request fields are major; added fields and enum
 * values are minor; descriptions, titles and examples are patch. But an enum value added to a
 * response is major: the generated type is a closed union, so an exhaustive `switch` over it
 * (and an `assertNever` in its default branch) stops compiling, and code written against the
 * old list meets a value it does not handle.
 */
export function diffSchema(
  base: Side,
  head: Side,
  before: unknown,
  after: unknown,
  direction: Direction,
  where: string,
  label: string,
  out: SpecChange[],
  top = false,
  seen = new Set<string>(),
): void {
  // A component's own changes need no prefix: `where` already names it.
  const add = (level: Bump, message: string) =>
    void out.push({ level, where, message: top ? message : `${label}: ${message}` });
  // Each component schema is compared once, on its own (`top`); a reference to one is compared
  // by name only, so that a change is reported where it was made, not once per user.
  const [fromName, toName] = [componentName(before), componentName(after)];
  if (!top && (fromName || toName)) {
    if (fromName !== toName)
      add("major", `type ${fromName ?? "inline schema"} → ${toName ?? "inline schema"}`);
    return;
  }
  const b = resolvedSchema(base, before);
  const h = resolvedSchema(head, after);
  const key = `${refOf(before)}|${refOf(after)}|${label}`;
  if (seen.has(key) || (!b && !h)) return;
  seen.add(key);
  if (!b || !h) {
    add(b ? "major" : "minor", b ? "schema removed" : "schema added");
    return;
  }

  const bt = typesOf(b, base.openapiVersion);
  const ht = typesOf(h, head.openapiVersion);
  if (bt.join() !== ht.join() && bt.length > 0 && ht.length > 0) {
    const widened = bt.every((t) => ht.includes(t) || (t === "integer" && ht.includes("number")));
    add(
      widened && direction === "request" ? "minor" : "major",
      `type ${bt.join(" | ")} → ${ht.join(" | ")}`,
    );
  }
  if (b.format !== h.format)
    add("major", `format ${String(b.format ?? "none")} → ${String(h.format ?? "none")}`);

  const be = Array.isArray(b.enum) ? b.enum : undefined;
  const he = Array.isArray(h.enum) ? h.enum : undefined;
  if (be && he) {
    for (const value of be)
      if (!he.includes(value)) add("major", `enum value ${JSON.stringify(value)} removed`);
    for (const value of he)
      if (!be.includes(value))
        add(
          direction === "response" ? "major" : "minor",
          `enum value ${JSON.stringify(value)} added`,
        );
  } else if (be && !he) {
    add(direction === "request" ? "minor" : "major", "enum restriction removed");
  } else if (!be && he) {
    add("major", `now restricted to ${he.map((v) => JSON.stringify(v)).join(", ")}`);
  }

  for (const word of ["description", "title"] as const) {
    if (b[word] !== h[word]) add("patch", `${word} changed`);
  }
  if (JSON.stringify(b.example ?? b.examples) !== JSON.stringify(h.example ?? h.examples))
    add("patch", "example changed");

  const bp = (b.properties ?? {}) as Record<string, unknown>;
  const hp = (h.properties ?? {}) as Record<string, unknown>;
  const br = new Set(Array.isArray(b.required) ? (b.required as string[]) : []);
  const hr = new Set(Array.isArray(h.required) ? (h.required as string[]) : []);
  const field = (name: string) => `${direction} field ${name}`;
  for (const name of Object.keys(bp)) {
    if (!(name in hp)) {
      add("major", `${field(name)} removed`);
      continue;
    }
    if (!br.has(name) && hr.has(name))
      add(direction === "request" ? "major" : "minor", `${field(name)} made required`);
    if (br.has(name) && !hr.has(name))
      add(direction === "request" ? "minor" : "major", `${field(name)} made optional`);
    diffSchema(
      base,
      head,
      bp[name],
      hp[name],
      direction,
      where,
      `${label}.${name}`,
      out,
      false,
      seen,
    );
  }
  for (const name of Object.keys(hp)) {
    if (name in bp) continue;
    add(
      direction === "request" && hr.has(name) ? "major" : "minor",
      `${hr.has(name) ? "required " : ""}${field(name)} added`,
    );
  }

  if (b.items || h.items)
    diffSchema(base, head, b.items, h.items, direction, where, `${label}[]`, out, false, seen);
  if (isObject(b.additionalProperties) || isObject(h.additionalProperties)) {
    diffSchema(
      base,
      head,
      b.additionalProperties,
      h.additionalProperties,
      direction,
      where,
      `${label}{}`,
      out,
      false,
      seen,
    );
  }
  for (const word of ["allOf", "anyOf", "oneOf"] as const) {
    const bl = Array.isArray(b[word]) ? (b[word] as unknown[]) : [];
    const hl = Array.isArray(h[word]) ? (h[word] as unknown[]) : [];
    for (let i = 0; i < Math.max(bl.length, hl.length); i++)
      diffSchema(
        base,
        head,
        bl[i],
        hl[i],
        direction,
        where,
        `${label}(${word} ${i})`,
        out,
        false,
        seen,
      );
  }
}

/** The schema's types, with 3.0's `nullable` spelled as 3.1's `null`, sorted. */
function typesOf(schema: Schema, version: "3.0" | "3.1"): string[] {
  const types = Array.isArray(schema.type)
    ? [...(schema.type as string[])]
    : typeof schema.type === "string"
      ? [schema.type]
      : [];
  if (version === "3.0" && schema.nullable === true && !types.includes("null")) types.push("null");
  return types.sort();
}

function refOf(value: unknown): string {
  return isObject(value) && typeof value.$ref === "string"
    ? value.$ref
    : (JSON.stringify(value)?.slice(0, 200) ?? "");
}
