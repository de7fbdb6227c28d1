/**
 * Which operation a request is for. A path matches a route's template whole (a trailing slash
 * only where the spec's path has one: see `templatePattern`). Of the templates that match with
 * the request's method, the most specific wins, segment by segment from the left as OpenAPI's
 * path matching says: concrete segments before templated ones, and fixed text around variables
 * (`{base}...{head}`) before a bare variable (`{basehead}`). Only the operations of that one
 * template are candidates. A request the most specific route refuses is refused: it is never
 * handed to a less specific route (`GET /user/login` without its query is not
 * `GET /user/{username}`).
 */
import {
  isTemplated,
  routeTemplate,
  templatePattern,
  type OperationModel,
} from "@chunked-uploads/codegen/model";

export interface Route {
  operation: OperationModel;
  method: string;
  /** The template with the server's base path (`/api/2.0/files/{file_id}/upload_sessions`). */
  template: string;
  pattern: RegExp;
  /** How specific each path segment is: the key for concrete-before-templated order. */
  segments: number[];
  /**
   * The query a spec writes into its path key (OpenAI's `/responses/{id}?beta=true` beside
   * `/responses/{id}`): a request is this route only when it carries every pair.
   */
  query: Array<[string, string]>;
}

/** The route of an operation: its server's base path plus its path template. */
export function routeOf(operation: OperationModel): Route {
  const template = routeTemplate(operation);
  const queryAt = template.indexOf("?");
  const path = queryAt === -1 ? template : template.slice(0, queryAt);
  return {
    operation,
    method: operation.method.toUpperCase(),
    template,
    pattern: templatePattern(path),
    segments: path.split("/").map(segmentWeight),
    query: queryAt === -1 ? [] : [...new URLSearchParams(template.slice(queryAt + 1))],
  };
}

/**
 * A concrete segment outweighs any templated one; a segment with fixed text around its
 * variables (`{base}...{head}`) outweighs a bare variable (`{basehead}`), more fixed text first.
 */
function segmentWeight(segment: string): number {
  if (!isTemplated(segment)) return Number.MAX_SAFE_INTEGER;
  return segment.replace(/\{[^}]*\}/g, "").length;
}

/**
 * More specific segments first, segment by segment from the left (as routers do). Templates of
 * different lengths never match one path, but the order must still be total for the sort to
 * hold between those that do: a template whose segments begin another's comes after it.
 */
export function bySpecificity(a: Route, b: Route): number {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const difference = b.segments[i]! - a.segments[i]!;
    if (difference !== 0) return Math.sign(difference);
  }
  // Of one path, the route that asks more of the query first.
  return b.segments.length - a.segments.length || b.query.length - a.query.length;
}

export type RouteChoice =
  { candidates: Route[] } | { status: 404 | 405; problem: string; candidates?: undefined };

/**
 * The operations a request may be: those of the most specific template that matches its path
 * and has its method (several when the spec writes variants of one endpoint, as Box's
 * `/files/{file_id}#get_shared_link`). `routes` are sorted {@link bySpecificity}.
 */
export function chooseRoutes(
  routes: readonly Route[],
  method: string,
  path: string,
  search = "",
): RouteChoice {
  const query = new URLSearchParams(search);
  const samePath = routes.filter(
    (r) =>
      r.pattern.test(path) && r.query.every(([name, value]) => query.getAll(name).includes(value)),
  );
  const withMethod = samePath.filter((r) => r.method === method);
  const best = withMethod[0];
  if (best) return { candidates: withMethod.filter((r) => r.template === best.template) };
  if (samePath.length > 0)
    return {
      status: 405,
      problem: `${method} is not a method of ${path} (the spec has ${[...new Set(samePath.map((r) => r.method))].join(", ")})`,
    };
  return { status: 404, problem: `no operation of the spec has the path ${path}` };
}
