/**
 * Which operations return one page of a longer list, and how the next page is asked for: from
 * the operation's own shape (its query parameters and its success body, allOf members merged),
 * or as its `x-pagination` extension says (which also turns it off: `x-pagination: false`).
 * Five shapes, as APIs write them:
 * - offset: `offset` (and `limit`) in, `entries` with `total_count` out (Box's list parts);
 * - marker: `marker` in, `next_marker` out (Box's other lists);
 * - cursor: `cursor` in, `next_cursor` out; or `starting_after` in, `has_more` out (the next
 *   cursor is then the last item's `id`);
 * - page: `page` in, a list out; the last page is the one that comes back short or empty;
 * - link: an RFC 8288 `Link` response header whose `rel="next"` is the next page's URL, or a
 *   body property that holds it (Twilio's `next_page_uri`, Azure's `nextLink`).
 */
import { pointerTo } from "../../load/json-pointer.js";
import type { OperationModel, PaginationModel } from "../api-model.js";
import { asObject, type BuildContext, type Json } from "./context.js";

export const PAGINATION_EXTENSION = "x-pagination";

/** Where a page's items are, by the names APIs give them, first found wins. */
const ITEM_NAMES = ["entries", "data", "items", "results", "records", "values"];
const KINDS = ["offset", "marker", "cursor", "page", "link"] as const;
/** Body properties that hold the next page's URL, by the names APIs give them. */
const NEXT_URL_NAMES = [
  "next_page_uri",
  "next_page_url",
  "next_url",
  "nextLink",
  "@odata.nextLink",
  "next_link",
  "nextPageUrl",
];

/** The operation's pagination, or undefined for an operation that returns no page. */
export function pagination(
  ctx: BuildContext,
  op: Json,
  operation: Pick<OperationModel, "method" | "parameters" | "responses">,
  pointer: string,
): PaginationModel | undefined {
  const deref = (value: unknown): Json => {
    // A ref the loader could not resolve is reported there; here it is a schema without fields.
    try {
      return ctx.deref(value);
    } catch {
      return {};
    }
  };
  const written = op[PAGINATION_EXTENSION];
  if (written === false) return undefined;
  if (written !== undefined)
    return writtenPagination(ctx, written, pointerTo(pointer, PAGINATION_EXTENSION));
  if (operation.method !== "get") return undefined;
  const query = new Set(operation.parameters.filter((p) => p.in === "query").map((p) => p.name));
  const success = operation.responses.find((r) => r.success);
  const media = success?.mediaTypes.find((m) => m.json);
  const properties = media?.schema === undefined ? {} : propertiesOf(deref, media.schema, 0);
  const arrays = Object.keys(properties).filter((name) => deref(properties[name]).type === "array");
  const items =
    ITEM_NAMES.find((name) => arrays.includes(name)) ??
    (arrays.length === 1 ? arrays[0] : undefined);
  const bodyIsList = media?.schema !== undefined && deref(media.schema).type === "array";
  if (success?.headers.some((h) => h.toLowerCase() === "link") && (items || bodyIsList))
    return { kind: "link", request: "", next: "", items: items ?? "" };
  if (items === undefined) return undefined;
  if (query.has("offset") && ("total_count" in properties || query.has("limit")))
    return {
      kind: "offset",
      request: "offset",
      next: "total_count" in properties ? "total_count" : "",
      items,
      ...(query.has("limit") && { limit: "limit" }),
    };
  if (query.has("marker") && "next_marker" in properties)
    return { kind: "marker", request: "marker", next: "next_marker", items };
  if (query.has("cursor") && "next_cursor" in properties)
    return { kind: "cursor", request: "cursor", next: "next_cursor", items };
  if (query.has("starting_after") && "has_more" in properties)
    return { kind: "cursor", request: "starting_after", next: "", hasMore: "has_more", items };
  // A URL in the body goes before page numbers: an API with both (Laravel's `page` and
  // `next_page_url`) says where the next page is more surely than a count does.
  const nextUrl = NEXT_URL_NAMES.find((name) => deref(properties[name]).type === "string");
  if (nextUrl) return { kind: "link", request: "", next: nextUrl, items };
  if (query.has("page")) {
    const page = operation.parameters.find((p) => p.in === "query" && p.name === "page")!;
    const { default: first, minimum } = page.schema as { default?: unknown; minimum?: unknown };
    const start = typeof first === "number" ? first : typeof minimum === "number" ? minimum : 1;
    return { kind: "page", request: "page", next: "", items, firstPage: start };
  }
  return undefined;
}

/** `x-pagination: { kind, request?, next?, items, hasMore?, limit?, firstPage? }`, checked. */
function writtenPagination(
  ctx: BuildContext,
  written: unknown,
  pointer: string,
): PaginationModel | undefined {
  const value = asObject(written);
  const kind = value.kind as PaginationModel["kind"];
  const names = ["request", "next", "items", "hasMore", "limit"] as const;
  const wrongName = names.find((n) => value[n] !== undefined && typeof value[n] !== "string");
  if (written === null || typeof written !== "object" || !KINDS.includes(kind) || wrongName) {
    ctx.fail(
      `${PAGINATION_EXTENSION} must be false or { kind: ${KINDS.join(" | ")}, request, next, items, hasMore?, limit?, firstPage? } (property names as strings)${wrongName ? `; ${wrongName} is not a string` : ""}`,
      pointer,
    );
    return undefined;
  }
  return {
    kind,
    request: String(value.request ?? ""),
    next: String(value.next ?? ""),
    items: String(value.items ?? ""),
    ...(typeof value.hasMore === "string" && { hasMore: value.hasMore }),
    ...(typeof value.limit === "string" && { limit: value.limit }),
    ...(typeof value.firstPage === "number" && { firstPage: value.firstPage }),
  };
}

/** A schema's properties, its allOf members' merged in (bounded against ref cycles). */
function propertiesOf(deref: (value: unknown) => Json, schema: unknown, depth: number): Json {
  const node = deref(schema);
  const members = Array.isArray(node.allOf) && depth < 8 ? node.allOf : [];
  return Object.assign(
    {},
    ...members.map((member: unknown) => propertiesOf(deref, member, depth + 1)),
    asObject(node.properties),
  );
}
