/**
 * A paginated operation's promise: the first page's body, as every method's, and also an
 * async iterable over every item of every page (`for await (const part of …)`). Each next page
 * is one more call of the same operation, with the query the last page points to: through the
 * same transport (auth, retries, time limits) and the same `signal`. The pages end where the
 * API says (no next marker or cursor, the total reached, an empty page, no `next` link) — and
 * where it repeats itself, so that an API that points back never loops.
 *
 * How the next page is asked for is one small function per shape (offset, marker or cursor,
 * `starting_after`, page number, Link header), which the generated code picks per operation:
 * a bundle carries only the shapes its spec uses.
 */
import type { ApiPromise } from "./api-promise.js";
import { callOperation, callOperationAtUrl, type Operation } from "./call.js";
import type { Transport } from "./transport.js";

/**
 * The type of a page's items: the elements of the body's property `K`, or of the body itself
 * when `K` is "" (a body that is the list); `unknown` where the types cannot tell.
 */
export type PageItem<T, K extends string> = (
  K extends ""
    ? NonNullable<T>
    : K extends keyof NonNullable<T>
      ? NonNullable<NonNullable<T>[K]>
      : unknown
) extends readonly (infer I)[]
  ? I
  : unknown;

/** An ApiPromise of the first page that also iterates over every item of every page. */
export type PagePromise<T, Item> = ApiPromise<T> & AsyncIterable<Item>;

/** A page as the next-page rule sees it. */
interface Page {
  body: Record<string, unknown>;
  list: unknown[];
  /** The query this page was asked with. */
  query: Record<string, unknown>;
  response: Response;
}

/** Where the next page is: its query, or its URL; undefined after the last page. */
export type NextPage = (page: Page) => Record<string, unknown> | string | undefined;

const present = (value: unknown) =>
  value === undefined || value === null || value === "" ? undefined : value;

/** `offset` moves by the page's length, until `total` (or, without one, a page shorter than `limit`). */
export const offsetPages =
  (offset: string, total: string, limit?: string): NextPage =>
  ({ body, list, query }) => {
    const next = Number(query[offset] ?? 0) + list.length;
    const all = total ? Number(body[total]) : Number.NaN;
    const size = limit ? Number(query[limit]) : Number.NaN;
    return next < all || (Number.isNaN(all) && !(list.length < size))
      ? { ...query, [offset]: next }
      : undefined;
  };

/** The body's `next` (a marker, a cursor) is the next page's `request`. */
export const markerPages =
  (request: string, next: string): NextPage =>
  ({ body, query }) => {
    const value = present(body[next]);
    return value === undefined ? undefined : { ...query, [request]: value };
  };

/** `starting_after` the last item's id, while the body's `hasMore` says more follow. */
export const afterPages =
  (request: string, hasMore: string): NextPage =>
  ({ body, list, query }) => {
    const id = present((list.at(-1) as { id?: unknown } | undefined)?.id);
    return body[hasMore] && id !== undefined ? { ...query, [request]: id } : undefined;
  };

/** Page numbers from `first`, until an empty page. */
export const pageNumbers =
  (request: string, first: number): NextPage =>
  ({ query }) => ({ ...query, [request]: Number(query[request] ?? first) + 1 });

/**
 * The next page's URL, resolved against the page's own: from the body property that holds it
 * (Twilio's `next_page_uri`, Azure's `nextLink`; none or empty at the end), else an RFC 8288
 * `Link` header's `rel="next"`.
 */
export const linkPages =
  (property?: string): NextPage =>
  ({ body, response }) => {
    if (property) {
      const next = present(body[property]);
      return typeof next === "string" ? new URL(next, response.url || undefined).href : undefined;
    }
    for (const link of response.headers.get("link")?.split(/,(?=\s*<)/) ?? []) {
      const match = /<([^>]*)>(.*)/.exec(link.trim());
      if (match && /;\s*rel\s*=\s*"?(?:[^";]*\s)?next(?:\s[^";]*)?"?/i.test(match[2]!))
        return new URL(match[1]!, response.url || undefined).href;
    }
    return undefined;
  };

/** A bound against a runaway API: no list is read past this many pages. */
const MAX_PAGES = 100_000;

/**
 * Calls a paginated operation: its first page now, the others as the caller iterates. `items`
 * is the body property that holds a page's items ("" for a body that is the list).
 */
export function callPaginated<T, Item>(
  transport: Transport,
  operation: Operation,
  pathParams: Record<string, unknown>,
  options: { query?: unknown } | undefined,
  next: NextPage,
  items: string,
): PagePromise<T, Item> {
  const call = (query: Record<string, unknown>, url?: string) =>
    url === undefined
      ? callOperation<T>(transport, operation, pathParams, { ...options, query })
      : callOperationAtUrl<T>(transport, operation, url, { ...options, query });
  const first = (options?.query ?? {}) as Record<string, unknown>;
  const promise = call(first);
  return Object.assign(promise, {
    async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
      let page = promise;
      let query = first;
      const seen = new Set<string>();
      for (let n = 0; n < MAX_PAGES; n++) {
        const { data, response } = await page.withResponse();
        const body = (data ?? {}) as Record<string, unknown>;
        const list = ((items ? body[items] : data) ?? []) as Item[];
        yield* list;
        const where = list.length ? next({ body, list, query, response }) : undefined;
        const key = JSON.stringify(where);
        // The last page, or the API pointing back at a page it gave: a loop.
        if (where === undefined || seen.has(key)) return;
        seen.add(key);
        query = typeof where === "string" ? {} : where;
        page = typeof where === "string" ? call({}, where) : call(where);
      }
    },
  });
}
