/**
 * A schema as a reader sees it on a reference page: a tree of named fields with a type label,
 * a required mark, a description and allowed values, `$ref`s followed and `allOf` members
 * merged, `oneOf`/`anyOf` branches as alternatives. Bounded (depth and size), so that a large
 * spec's deep or recursive schemas make pages of a readable size; a schema met again on its own
 * path is named, not expanded.
 */
import { componentName, followRefs } from "../load/json-pointer.js";
import type { ApiModel } from "./api-model.js";

export interface SchemaNode {
  /** The property name, `items` for a list's entries, or the alternative's label. */
  name?: string;
  /** `string (date-time)`, `integer`, `array of Part`, `object`, `one of`… */
  type: string;
  /** The component schema this node is, when it was a `$ref` to one. */
  ref?: string;
  required: boolean;
  description?: string;
  /** The values allowed (`enum`, or a `const`). */
  allowed?: unknown[];
  readOnly?: boolean;
  writeOnly?: boolean;
  nullable?: boolean;
  /** Properties, or the alternatives of a `oneOf`/`anyOf`. */
  children: SchemaNode[];
  /** `properties`, `one of` or `any of`: how the children relate. */
  childKind?: "properties" | "oneOf" | "anyOf";
  /** A schema already being shown above this node: not expanded again. */
  recursive?: boolean;
  /** Children left out to keep the page readable. */
  truncated?: boolean;
  /** The component a list's entries are (`Part` of `array of Part`). */
  entries?: string;
  /**
   * A component the page shows once as its own block (see {@link sharedComponents}): named
   * here and linked, not expanded.
   */
  shownApart?: string;
}

const MAX_DEPTH = 6;
/** Nodes per tree at most: Box's largest response schemas stay one screenful of levels. */
const MAX_NODES = 300;

type Schema = Record<string, unknown>;

/** A schema with its `$ref` chain followed in the spec (undefined when it leads nowhere). */
export function resolvedSchema(
  model: Pick<ApiModel, "document">,
  schema: unknown,
): Schema | undefined {
  return followRefs(model.document, schema);
}

/**
 * The tree of `schema` (a media type's or a parameter's), as the reference page shows it.
 * Components in `apart` are not expanded: the page shows each once, as its own block (drawn
 * with a set without it), and the tree names it.
 */
export function schemaView(
  model: ApiModel,
  schema: unknown,
  apart: ReadonlySet<string> = NONE,
): SchemaNode {
  const budget = { nodes: MAX_NODES };
  return view(model, schema, { required: false }, [], budget, apart);
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The components that more than one tree of a page expands (nested ones included, as the page
 * draws them today), in the order the page first meets them: ClientError under four error
 * responses, or a user object under `created_by` and `modified_by`. The page draws each once.
 */
export function sharedComponents(model: ApiModel, schemas: unknown[]): string[] {
  const counts = new Map<string, number>();
  for (const schema of schemas) countExpanded(schemaView(model, schema), counts);
  return [...counts].filter(([, count]) => count > 1).map(([name]) => name);
}

function countExpanded(node: SchemaNode, counts: Map<string, number>): void {
  const name = node.ref ?? node.entries;
  if (name !== undefined && node.children.length > 0) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const child of node.children) countExpanded(child, counts);
}

/** allOf members merged into one schema: their properties and required lists together. */
function merged(model: ApiModel, schema: Schema, seen = 0): Schema {
  const members = Array.isArray(schema.allOf) ? (schema.allOf as unknown[]) : [];
  if (members.length === 0 || seen > 8) return schema;
  const result: Schema = { ...schema, allOf: undefined };
  const properties: Schema = {};
  const required = new Set<string>();
  for (const part of [...members, schema]) {
    const resolved = part === schema ? schema : followRefs(model.document, part);
    if (!resolved) continue;
    const flat = part === schema ? resolved : merged(model, resolved, seen + 1);
    Object.assign(properties, flat.properties ?? {});
    for (const name of Array.isArray(flat.required) ? (flat.required as string[]) : [])
      required.add(name);
    for (const key of ["type", "description", "format", "enum", "oneOf", "anyOf", "items"])
      if (result[key] === undefined && flat[key] !== undefined) result[key] = flat[key];
  }
  if (Object.keys(properties).length > 0) result.properties = properties;
  if (required.size > 0) result.required = [...required];
  return result;
}

function typeLabel(model: ApiModel, schema: Schema): string {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (t): t is string => typeof t === "string" && t !== "null",
  );
  if (types.includes("array") || (types.length === 0 && schema.items !== undefined)) {
    const items = followRefs(model.document, schema.items);
    const name = componentName(schema.items);
    return `array of ${name ?? (items ? typeLabel(model, merged(model, items)) : "any")}`;
  }
  if (types.length === 0) {
    if (schema.oneOf) return "one of";
    if (schema.anyOf) return "any of";
    if (schema.properties) return "object";
    if (schema.const !== undefined) return typeof schema.const;
    return "any";
  }
  const format = typeof schema.format === "string" ? ` (${schema.format})` : "";
  return types.join(" or ") + format;
}

function view(
  model: ApiModel,
  raw: unknown,
  { name, required }: { name?: string; required: boolean },
  path: string[],
  budget: { nodes: number },
  apart: ReadonlySet<string>,
): SchemaNode {
  budget.nodes--;
  const ref = componentName(raw);
  const resolved = followRefs(model.document, raw) ?? {};
  const schema = merged(model, resolved);
  const node: SchemaNode = {
    ...(name !== undefined ? { name } : {}),
    type: typeLabel(model, schema),
    ...(ref !== undefined ? { ref } : {}),
    required,
    children: [],
  };
  const description = schema.description ?? resolved.description;
  if (typeof description === "string" && description.trim()) node.description = description;
  if (Array.isArray(schema.enum)) node.allowed = schema.enum as unknown[];
  else if (schema.const !== undefined) node.allowed = [schema.const];
  if (schema.readOnly === true) node.readOnly = true;
  if (schema.writeOnly === true) node.writeOnly = true;
  if (
    schema.nullable === true ||
    (Array.isArray(schema.type) && (schema.type as unknown[]).includes("null"))
  )
    node.nullable = true;
  if (ref !== undefined && path.includes(ref)) {
    node.recursive = true;
    return node;
  }
  if (ref !== undefined && apart.has(ref)) {
    node.shownApart = ref;
    return node;
  }
  const inner = ref !== undefined ? [...path, ref] : path;
  if (inner.length > MAX_DEPTH) {
    node.truncated = true;
    return node;
  }
  // A list shows its entries' fields directly: `array of Part` and then Part's fields.
  const items = node.type.startsWith("array of")
    ? followRefs(model.document, schema.items)
    : undefined;
  const itemsRef = componentName(schema.items);
  const fields = items ? merged(model, items) : schema;
  if (items && itemsRef !== undefined) node.entries = itemsRef;
  if (itemsRef !== undefined && inner.includes(itemsRef)) {
    node.recursive = true;
    return node;
  }
  if (itemsRef !== undefined && apart.has(itemsRef)) {
    node.shownApart = itemsRef;
    return node;
  }
  const fieldPath = itemsRef !== undefined ? [...inner, itemsRef] : inner;
  const branches = (fields.oneOf ?? fields.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches) && !fields.properties) {
    node.childKind = fields.oneOf ? "oneOf" : "anyOf";
    for (const [i, branch] of branches.entries()) {
      if (budget.nodes <= 0) return { ...node, truncated: true };
      const label = componentName(branch) ?? `option ${i + 1}`;
      node.children.push(
        view(model, branch, { name: label, required: false }, fieldPath, budget, apart),
      );
    }
    return node;
  }
  const properties = (fields.properties ?? {}) as Schema;
  const requiredNames = new Set(
    Array.isArray(fields.required) ? (fields.required as string[]) : [],
  );
  if (Object.keys(properties).length > 0) node.childKind = "properties";
  for (const [property, propertySchema] of Object.entries(properties)) {
    if (budget.nodes <= 0) {
      node.truncated = true;
      break;
    }
    node.children.push(
      view(
        model,
        propertySchema,
        { name: property, required: requiredNames.has(property) },
        fieldPath,
        budget,
        apart,
      ),
    );
  }
  return node;
}
