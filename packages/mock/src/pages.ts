/**
 * A paginated operation's pages, as the stateless mock answers them: the spec's example is the
 * first page, and a request for any later page (a marker or cursor given, an offset past 0, a
 * page number past the first, a `starting_after`) gets the last page — the example with no
 * items and nothing that points further. So a client that follows the pages reads the
 * example's items once and stops, as against a real API whose list fits in one page.
 */
import type { OperationModel } from "@chunked-uploads/codegen/model";

/**
 * Whether the request asks for a page after the first. A next page's URL in the body is the
 * first page's (the example's), so the request that follows it is a later page.
 */
export function asksForLaterPage(operation: OperationModel, url: URL, first?: unknown): boolean {
  const pages = operation.pagination;
  if (pages?.kind === "link" && pages.next && first && typeof first === "object") {
    const next = (first as Record<string, unknown>)[pages.next];
    if (typeof next !== "string" || next === "") return false;
    const target = new URL(next, url);
    return target.pathname === url.pathname && target.search === url.search;
  }
  if (!pages || pages.kind === "link") return false;
  const value = url.searchParams.get(pages.request);
  if (value === null || value === "") return false;
  if (pages.kind === "offset") return Number(value) > 0;
  if (pages.kind === "page") return Number(value) > (pages.firstPage ?? 1);
  return true;
}

/** The last page: the example's items emptied, no next marker, cursor or URL, no more to come. */
export function lastPage(operation: OperationModel, example: unknown): unknown {
  const pages = operation.pagination;
  if (!pages) return example;
  if (pages.items === "") return [];
  if (example === null || typeof example !== "object" || Array.isArray(example)) return example;
  const page: Record<string, unknown> = { ...example, [pages.items]: [] };
  if (pages.kind === "marker" || pages.kind === "cursor" || pages.kind === "link") {
    // Left out rather than null: a schema that does not say `nullable` still holds.
    if (pages.next) delete page[pages.next];
    if (pages.hasMore && pages.hasMore in page) page[pages.hasMore] = false;
  }
  return page;
}

/**
 * The first page: the example, except that a next page's URL in the body that does not lead
 * back to this operation on this server (the example's `https://example.com`) is left out, so
 * that a client reads one page instead of following a URL nobody answers.
 */
export function firstPage(operation: OperationModel, example: unknown, url: URL): unknown {
  const pages = operation.pagination;
  if (pages?.kind !== "link" || !pages.next || !example || typeof example !== "object")
    return example;
  const next = (example as Record<string, unknown>)[pages.next];
  if (typeof next !== "string") return example;
  const target = URL.canParse(next, url) ? new URL(next, url) : undefined;
  if (target?.origin === url.origin && target.pathname === url.pathname) return example;
  const page: Record<string, unknown> = { ...example };
  delete page[pages.next];
  return page;
}
