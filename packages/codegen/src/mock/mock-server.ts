import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiModel, OperationModel } from "../model/api-model.js";
import { snippetRequest } from "../emit/snippets/snippet-request.js";
import { preferredMediaType } from "../model/media-types.js";

/** A request the mock received, and whether it was what the spec says. */
export interface MockRequest {
  method: string;
  path: string;
  operation?: string;
  problems: string[];
}

export interface MockServer {
  /** `http://127.0.0.1:PORT`: replace a server's origin with this to point a snippet at the mock. */
  origin: string;
  requests: MockRequest[];
  /**
   * The one rewrite that points a snippet (or any text) at the mock, the same for every
   * language: each spec server's origin (`https://upload.box.com`) becomes the mock's.
   */
  pointAt(text: string): string;
  close(): Promise<void>;
}

/**
 * A mock of the API, driven by the operation model: it answers each operation with the spec's
 * example response, and answers 400 (recording why) when the method, path, path parameter
 * values, required query and header parameters, or `Authorization: Bearer` header are not
 * what the spec and its examples say. Listens on 127.0.0.1 only.
 */
export async function startMockServer(model: ApiModel, port = 0): Promise<MockServer> {
  const routes = model.operations.map((operation) => route(model, operation));
  const requests: MockRequest[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://mock");
    const record: MockRequest = { method: request.method ?? "", path: url.pathname, problems: [] };
    requests.push(record);
    const samePath = routes.filter((r) => r.pattern.test(url.pathname));
    const match = samePath.find((r) => r.method === request.method);
    if (!match) {
      record.problems.push(
        samePath.length > 0
          ? `${request.method} is not a method of ${url.pathname} (the spec has ${samePath.map((r) => r.method).join(", ")})`
          : `no operation of the spec has the path ${url.pathname}`,
      );
      return reply(response, samePath.length > 0 ? 405 : 404, record);
    }
    record.operation = match.operation.key;
    record.problems.push(...match.check(request, url));
    if (record.problems.length > 0) return reply(response, 400, record);
    const success = match.operation.responses.find((r) => r.success);
    const media = preferredMediaType(success?.mediaTypes);
    const status = Number(success?.status.replace(/X/g, "0")) || 200;
    if (!media || status === 204) return response.writeHead(status).end();
    response
      .writeHead(status, { "content-type": media.type })
      .end(typeof media.example === "string" ? media.example : JSON.stringify(media.example ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${address.port}`;
  // Relative servers ("/") have no origin to replace.
  const serverOrigins = [...new Set(model.operations.map((o) => o.servers[0]!.defaultUrl))]
    .filter((url) => /^https?:\/\//.test(url))
    .map((url) => new URL(url).origin);
  return {
    origin,
    requests,
    pointAt: (text) =>
      serverOrigins.reduce((result, from) => result.replaceAll(from, origin), text),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Route {
  operation: OperationModel;
  method: string;
  pattern: RegExp;
  check(request: IncomingMessage, url: URL): string[];
}

/** What a request for `operation` must look like: the URL and headers a snippet of it sends. */
function route(model: ApiModel, operation: OperationModel): Route {
  const expected = snippetRequest(operation, model.securitySchemes);
  const expectedUrl = new URL(expected.url);
  const basePath = new URL(expected.baseUrl).pathname.replace(/\/$/, "");
  const pattern = new RegExp(
    `^${escape(basePath)}${operation.path
      .split(/\{[^}]+\}/)
      .map(escape)
      .join("([^/]+)")}$`,
  );
  return {
    operation,
    method: expected.method,
    pattern,
    check(request, url) {
      const problems: string[] = [];
      const values = pattern.exec(url.pathname)!.slice(1);
      operation.pathParameters.forEach(({ name, exampleValue }, i) => {
        const want = String(exampleValue);
        const got = decodeURIComponent(values[i]!);
        if (got !== want)
          problems.push(
            `path parameter ${name} is ${JSON.stringify(got)}, the spec's example is ${JSON.stringify(want)}`,
          );
      });
      for (const [name, want] of expectedUrl.searchParams) {
        if (url.searchParams.get(name) !== want)
          problems.push(`query parameter ${name} should be ${JSON.stringify(want)}`);
      }
      for (const [name, want] of expected.headers) {
        if (name.toLowerCase() === "content-type") continue;
        const got = request.headers[name.toLowerCase()];
        if (got !== want)
          problems.push(
            `header ${name} is ${JSON.stringify(got)}, the spec requires ${JSON.stringify(want)}`,
          );
      }
      if (expected.bearer && !/^Bearer \S+$/.test(request.headers.authorization ?? "")) {
        problems.push("no `Authorization: Bearer <token>` header");
      }
      return problems;
    },
  };
}

function reply(response: ServerResponse, status: number, record: MockRequest): void {
  response.writeHead(status, { "content-type": "application/json" }).end(
    JSON.stringify({
      type: "error",
      status,
      code: "mock_mismatch",
      message: record.problems.join("; "),
    }),
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
