import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as they arrived on the wire. */
  rawPath: string;
  headers: IncomingMessage["headers"];
}

export type Handler = (request: IncomingMessage, response: ServerResponse, attempt: number) => void;

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** How many requests arrived for a path. */
  attempts(path: string): number;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (a free port) for the client's tests. `route` picks the handler
 * from the request path; each handler sees which attempt (1-based) it is answering for that path.
 * `keepAlive: false` answers every request with `Connection: close`.
 */
export async function startServer(
  route: (path: string) => Handler | undefined,
  { keepAlive = true }: { keepAlive?: boolean } = {},
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const server = createServer((request, response) => {
    const rawPath = request.url ?? "";
    const path = rawPath.split("?")[0]!;
    const attempt = (counts.get(path) ?? 0) + 1;
    counts.set(path, attempt);
    requests.push({ method: request.method ?? "", rawPath, headers: request.headers });
    // Without keep-alive every attempt opens its own connection. Deno's and Bun's fetch re-send,
    // once and on their own, a request whose reused pooled connection was reset, so a test that
    // counts attempts through resets must not let connections be reused.
    if (!keepAlive) response.shouldKeepAlive = false;
    const handler = route(path);
    if (handler) handler(request, response, attempt);
    else response.writeHead(599).end(`no route for ${path}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    attempts: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export { boxError, SESSION, sendJson } from "./responses.js";
