/**
 * JSON Pointers (RFC 6901) in their URI-fragment form (`#/paths/~1files/get`), the way
 * OpenAPI `$ref`s and our error messages spell locations.
 */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Joins tokens onto a pointer: `pointerTo("#/paths", "/files/{id}", "get")`. */
export function pointerTo(base: string, ...tokens: Array<string | number>): string {
  return [base, ...tokens.map(escapeToken)].join("/");
}

/** Splits `#/a/b~1c` into `["a", "b/c"]`; `#` alone is the document root. */
export function parsePointer(pointer: string): string[] {
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (body === "") return [];
  if (!body.startsWith("/")) throw new Error(`not a JSON pointer: ${pointer}`);
  return body
    .slice(1)
    .split("/")
    .map((token) => decodeURIComponent(token).replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The value a pointer names inside `root`, or `undefined` when any step is missing. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of parsePointer(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * Follows a chain of local `$ref`s from `node` in `root` (bounded, so that a ref cycle cannot
 * hang); the object it ends at, else `undefined`.
 */
export function followRefs(root: unknown, node: unknown): Record<string, unknown> | undefined {
  let current = node;
  for (let hops = 0; hops < 32; hops++) {
    const ref = (current as { $ref?: unknown } | null | undefined)?.$ref;
    if (typeof ref !== "string") break;
    current = resolvePointer(root, ref);
  }
  return current !== null && typeof current === "object" && !Array.isArray(current)
    ? (current as Record<string, unknown>)
    : undefined;
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `UploadSession` for `{ $ref: "#/components/schemas/UploadSession" }`, else undefined. */
export function componentName(value: unknown): string | undefined {
  const ref = isObject(value) && typeof value.$ref === "string" ? value.$ref : "";
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match ? match[1]!.replaceAll("~1", "/").replaceAll("~0", "~") : undefined;
}
