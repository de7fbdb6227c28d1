/**
 * Form fields in the shape their schema says. A URL-encoded body's brackets
 * (`metadata[order_id]=6735`, `items[0][price]=p1`) give objects of text keyed by name or index,
 * and an empty object or list is sent as its bare name (`metadata=`): here a list becomes a list
 * where the schema wants one, and an empty value an empty object or list where the schema wants
 * that and not text. Text stays text: the checker coerces it by the schema (`size=3`).
 */
import { followRefs } from "../load/json-pointer.js";
import type { ApiModel } from "./api-model.js";

type Node = Record<string, unknown>;

/** What a schema allows, its `allOf` members and `anyOf`/`oneOf` branches together. */
interface Allowed {
  types: Set<string>;
  properties: Map<string, unknown>;
  items: unknown[];
  additional: unknown[];
}

function allowed(model: ApiModel, schema: unknown, into: Allowed, depth: number): Allowed {
  const node = followRefs(model.document, schema) as Node | undefined;
  if (!node || depth > 16) return into;
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  for (const type of types) if (typeof type === "string") into.types.add(type);
  if (node.properties && typeof node.properties === "object") {
    into.types.add("object");
    for (const [name, property] of Object.entries(node.properties as Node))
      if (!into.properties.has(name)) into.properties.set(name, property);
  }
  if (node.additionalProperties && typeof node.additionalProperties === "object") {
    into.types.add("object");
    into.additional.push(node.additionalProperties);
  }
  if (node.items !== undefined) {
    into.types.add("array");
    into.items.push(node.items);
  }
  if (Array.isArray(node.enum))
    for (const value of node.enum) into.types.add(typeof value === "string" ? "string" : "other");
  for (const key of ["allOf", "anyOf", "oneOf"])
    for (const member of Array.isArray(node[key]) ? (node[key] as unknown[]) : [])
      allowed(model, member, into, depth + 1);
  return into;
}

/** `value` (a field as the form's brackets gave it) in the shape `schema` says. */
export function shapedForm(model: ApiModel, value: unknown, schema: unknown, depth = 0): unknown {
  if (schema === undefined || depth > 32) return value;
  const can = allowed(
    model,
    schema,
    { types: new Set(), properties: new Map(), items: [], additional: [] },
    0,
  );
  if (value === "") {
    if (can.types.has("string") || can.types.size === 0) return value;
    if (can.types.has("object")) return {};
    if (can.types.has("array")) return [];
    return value;
  }
  if (Array.isArray(value))
    return value.map((item) => shapedForm(model, item, can.items[0], depth + 1));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Node);
  const indexed = entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key));
  if (indexed && can.types.has("array") && can.properties.size === 0)
    return entries
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, item]) => shapedForm(model, item, can.items[0], depth + 1));
  return Object.fromEntries(
    entries.map(([key, item]) => [
      key,
      shapedForm(model, item, can.properties.get(key) ?? can.additional[0], depth + 1),
    ]),
  );
}
