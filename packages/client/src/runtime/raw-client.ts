import createFetchClient, { type Client } from "openapi-fetch";
import { serializePath } from "./params.js";
import { styledPathParams } from "./styled-params.js";
import type { Reader, Transport } from "./transport.js";

/** Statuses whose Response cannot carry a body. */
const NULL_BODY = [101, 204, 205, 304];

/** The response with its body buffered (inside the time limit), the token redacted from error bodies. */
const buffer: Reader<Response> = async (response, redact) =>
  NULL_BODY.includes(response.status) || response.status < 200
    ? response
    : Object.defineProperty(
        new Response(
          response.ok ? await response.arrayBuffer() : redact(await response.text()),
          response,
        ),
        "url",
        { value: response.url },
      );

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
    fetch: async (request: Request) =>
      transport.send(
        {
          url: request.url,
          method: request.method,
          headers: request.headers,
          // A stream cannot be sent twice: read once into memory, every attempt sends it.
          body: request.body ? await request.arrayBuffer() : undefined,
          signal: request.signal,
        },
        {},
        buffer,
      ),
    pathSerializer: (url, params) => serializePath(url, params, undefined, styledPathParams),
  });
}
