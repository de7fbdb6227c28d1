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
 */
export async function startServer(
  route: (path: string) => Handler | undefined,
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const server = createServer((request, response) => {
    const rawPath = request.url ?? "";
    const path = rawPath.split("?")[0]!;
    const attempt = (counts.get(path) ?? 0) + 1;
    counts.set(path, attempt);
    requests.push({ method: request.method ?? "", rawPath, headers: request.headers });
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

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response
    .writeHead(status, { "content-type": "application/json", ...headers })
    .end(JSON.stringify(body));
}

/** A Box ClientError body. */
export function boxError(status: number, code: string, message: string): Record<string, unknown> {
  return {
    type: "error",
    status,
    code,
    message,
    request_id: "abcdef123456",
    help_url: "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/",
    context_info: { message: "Something went wrong" },
  };
}

export const SESSION = {
  id: "F971964745A5CD0C001BBE4E58196BFD",
  type: "upload_session",
  num_parts_processed: 455,
  part_size: 1024,
  session_expires_at: "2012-12-12T10:53:43-08:00",
  total_parts: 1000,
};
