import createFetchClient, { type Client } from "openapi-fetch";
import { serializePath } from "./params.js";
import { styledParams } from "./styled-params.js";
import type { Transport } from "./transport.js";

/**
 * openapi-fetch's typed client over a transport: every request it makes gets the same
 * authentication, retries, timeouts, host checks and path encoding as the generated methods.
 * Kept apart from `createClient` so that code that never uses it does not bundle it.
 */
export function createRawClientFor<Paths extends {}>(
  transport: Transport,
  server: number,
): Client<Paths> {
  return createFetchClient<Paths>({
    baseUrl: transport.server(server),
    fetch: (request: Request) => transport.send(request),
    pathSerializer: (url, params) => serializePath(url, params, undefined, styledParams),
  });
}
