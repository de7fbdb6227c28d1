/**
 * The strict mock of a spec: an HTTP server that checks each request against the spec on its
 * own terms, with a JSON Schema validator (ajv, through the operation model) rather than with
 * the code that writes the snippets or the client's requests. The route (see routes.ts), the
 * parameters, the credentials and the body (see check-request.ts) are checked; a request that
 * conforms gets the answer of the `answer` hook (the stateful uploads) or else the operation's
 * first success status with its example body; one that does not gets a 400 (404/405 for an
 * unknown route or method, 413 for a body over the bound) whose message lists every problem.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  exampleBody,
  preferredMediaType,
  schemaChecker,
  type ApiModel,
  type OperationModel,
} from "@chunked-uploads/codegen/model";
import { checkRequest } from "./check-request.js";
import { asksForLaterPage, firstPage, lastPage } from "./pages.js";
import { mediaTypeMatches, multipartFields } from "./request-body.js";
import { bySpecificity, chooseRoutes, routeOf, type Route, type RouteChoice } from "./routes.js";
import type { UploadStep } from "./uploads/faults.js";
import { BodyTooLarge, type PartStore, type StoredBytes } from "./uploads/part-store.js";

/** A request the mock received, what it found wrong with it, and what it answered. */
export interface MockRequest {
  method: string;
  path: string;
  /** The query string as received, with its `?` ("" for none). */
  search: string;
  /** The operation the request was routed to (its operationId, or method and path), when one matched. */
  operation?: string;
  /** Every way the request departs from the spec; empty when it conforms. */
  problems: string[];
  /** The request's headers, lower-case names, as received. */
  headers: Record<string, string | string[] | undefined>;
  /** The request body's bytes (empty when it was over the bound, or raw bytes kept on disk). */
  body: Buffer;
  /** How many bytes the body had (as far as it was read). */
  bodySize: number;
  /** A fault injected into the answer (`x-mock-fault`, the `faults` option), when one was. */
  fault?: string;
  /** With stateful uploads: the chunked-upload step the request was answered as. */
  step?: UploadStep;
  /** The status the mock answered (0 when the connection was cut instead). */
  status: number;
  /** The body the mock answered, as sent ("" for none). */
  response: string;
}

/** What a hook answers instead of the example: a status, a JSON body or none, headers. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A conforming request, handed to the `answer` hook with the operation it is for. */
export interface Exchange {
  operation: OperationModel;
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  body: Buffer;
  record: MockRequest;
  /** A body of raw bytes, streamed to disk instead of `body` (see `spill`). */
  spilled?: StoredBytes;
  /** The mock's origin, for URLs it hands out (`session_endpoints`). */
  origin: string;
}

export interface SpecServerOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default `127.0.0.1`: nothing outside this machine can reach the mock. */
  host?: string;
  /** Request bodies above this are refused with 413, never buffered. Default 64 MiB. */
  maxBodyBytes?: number;
  /** The one bearer token accepted: a conforming request with another is answered 401. */
  token?: string;
  /**
   * Answers a conforming request in place of the example; `undefined` leaves it to the
   * example, `"handled"` says the hook wrote the response itself (or cut the connection).
   */
  answer?: (exchange: Exchange) => Promise<Answer | "handled" | undefined>;
  /**
   * Where a body of raw bytes (a file part) is streamed, hashed on the way, instead of being
   * held in memory: present is all the spec can say of such a body, so it need not be read.
   */
  spill?: Pick<PartStore, "receive" | "remove">;
}

export interface SpecServer {
  /** `http://127.0.0.1:PORT`: the mock's origin. */
  url: string;
  requests: MockRequest[];
  /**
   * The one rewrite that points a snippet (or any text) at the mock, the same for every
   * language: each spec server's origin (`https://upload.box.com`) becomes the mock's.
   */
  pointAt(text: string): string;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 64 << 20;

export async function startSpecServer(
  model: ApiModel,
  options: SpecServerOptions = {},
): Promise<SpecServer> {
  const { port = 0, host = "127.0.0.1", maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options;
  const checker = schemaChecker(model);
  const routes = model.operations.map(routeOf).sort(bySpecificity);
  const requests: MockRequest[] = [];
  let origin = "";

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://mock");
    const record: MockRequest = {
      method: request.method ?? "",
      path: url.pathname,
      search: url.search,
      problems: [],
      headers: request.headers,
      body: Buffer.alloc(0),
      bodySize: 0,
      status: 0,
      response: "",
    };
    requests.push(record);
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      record.status = status;
      record.response = body;
      response.writeHead(status, headers).end(body);
    };
    const refuse = (status: number, headers: Record<string, string> = {}) =>
      send(
        status,
        JSON.stringify({
          type: "error",
          status,
          code: "mock_mismatch",
          message: record.problems.join("; "),
        }),
        { "content-type": "application/json", ...headers },
      );
    async function handle(choice: RouteChoice, spilled: StoredBytes | undefined) {
      if (!choice.candidates) {
        record.problems.push(choice.problem);
        return refuse(choice.status);
      }
      // Several operations can share a method and template (Box writes variants of one endpoint
      // as `/files/{file_id}#get_shared_link`): the request is that of the first it conforms to,
      // and when none conforms, the one it comes closest to (fewest problems) says what is wrong.
      let match = choice.candidates[0]!;
      let problems: string[] = [];
      try {
        for (const [i, candidate] of choice.candidates.entries()) {
          const found = checkRequest(model, checker, candidate, {
            ...(await written(request, url, record.body, candidate.operation)),
            bodySize: record.bodySize,
          });
          if (i === 0 || found.length < problems.length) [match, problems] = [candidate, found];
          if (found.length === 0) break;
        }
      } catch (error) {
        // A bug of the mock must not pass for the request's fault, nor take the server down.
        record.problems.push(`the mock failed to check the request: ${(error as Error).message}`);
        return refuse(500);
      }
      record.operation = match.operation.key;
      record.problems.push(...problems);
      if (record.problems.length > 0) return refuse(400);
      const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
      if (options.token !== undefined && bearer !== undefined && bearer !== options.token)
        return send(
          401,
          JSON.stringify({
            type: "error",
            status: 401,
            code: "unauthorized",
            message: "the access token is not the one the mock accepts",
          }),
          {
            "content-type": "application/json",
            "www-authenticate": 'Bearer error="invalid_token"',
          },
        );
      try {
        const answer = await options.answer?.({
          operation: match.operation,
          request,
          response,
          url,
          body: record.body,
          record,
          origin,
          ...(spilled && { spilled }),
        });
        if (answer === "handled") return;
        if (answer) {
          const text = answer.body === undefined ? "" : JSON.stringify(answer.body);
          return send(answer.status, text, {
            ...(answer.body !== undefined && { "content-type": "application/json" }),
            ...answer.headers,
          });
        }
      } catch (error) {
        record.problems.push(`the mock failed to answer: ${(error as Error).message}`);
        if (!response.headersSent) return refuse(500);
        return void response.destroy();
      }
      const success = match.operation.responses.find((r) => r.success);
      const status = Number(success?.status.replace(/X/gi, "0")) || 200;
      const media = preferredMediaType(success?.mediaTypes);
      if (!media || status === 204) return send(status, "");
      const first = exampleBody(model, media, "response");
      const example = asksForLaterPage(match.operation, url, first)
        ? lastPage(match.operation, first)
        : firstPage(match.operation, first, url);
      send(
        status,
        typeof example === "string" && !media.json ? example : JSON.stringify(example ?? {}),
        { "content-type": media.type },
      );
    }

    const choice = chooseRoutes(routes, record.method, url.pathname, url.search);
    let spilled: StoredBytes | undefined;
    try {
      if (choice.candidates && options.spill && rawBytes(choice.candidates, request)) {
        spilled = await options.spill.receive(request, maxBodyBytes);
        record.bodySize = spilled.size;
      } else {
        record.body = await readBody(request, maxBodyBytes);
        record.bodySize = record.body.length;
      }
    } catch (error) {
      // The rest of the body is not read: the connection cannot carry another request.
      if (error instanceof BodyTooLarge) {
        record.problems.push((error as Error).message);
        return refuse(413, { connection: "close" });
      }
      // The sender went away mid-body (its status stays 0: nothing was answered).
      record.problems.push(`the body was cut off: ${(error as Error).message}`);
      return void response.destroy();
    }
    try {
      await handle(choice, spilled);
    } finally {
      // Bytes the answer did not keep (a refused part, an operation without state).
      if (spilled) await options.spill?.remove(spilled.file);
    }
  });

  /**
   * The request as its sender wrote it: pointAt rewrote every server origin in a snippet, data
   * included (a body's URL field), so the mock's origin in the query or the body is put back
   * as the operation's own server origin before the check.
   */
  async function written(
    request: IncomingMessage,
    url: URL,
    body: Buffer,
    operation: OperationModel,
  ) {
    const serverOrigin = originOf(operation.servers[0]?.exampleUrl ?? "");
    const unpoint = (text: string) =>
      serverOrigin
        ? text
            .replaceAll(origin, serverOrigin)
            .replaceAll(encodeURIComponent(origin), encodeURIComponent(serverOrigin))
        : text;
    const checkedBody =
      body.includes(origin) || body.includes(encodeURIComponent(origin))
        ? Buffer.from(unpoint(body.toString("latin1")), "latin1")
        : body;
    const contentType = request.headers["content-type"] ?? "";
    return {
      request,
      url: new URL(url.pathname + unpoint(url.search), "http://mock"),
      body: checkedBody,
      form: /^multipart\/form-data/i.test(contentType)
        ? await multipartFields(checkedBody, contentType)
        : undefined,
    };
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  origin = `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${address.port}`;
  // Origins as the servers write them (`https://demo.example.com:443` keeps its default
  // port, which URL's origin drops) and as URL writes them (`http://HOSTNAME` of a server
  // `{protocol}://{hostname}` is `http://hostname` in a snippet built with URL), matched
  // without regard to case as hosts and schemes are, the longest first so that none is cut short.
  const serverOrigins = [
    ...new Set(
      model.operations.flatMap((o) => {
        const written = originOf(o.servers[0]!.exampleUrl);
        return written ? [written, normalizedOrigin(written)] : [];
      }),
    ),
  ].sort((a, b) => b.length - a.length);
  // Only a whole origin: `http://hostname` is not the start of `http://hostname2.example`.
  const escaped = serverOrigins.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const anyServer =
    escaped.length > 0 ? new RegExp(`(?:${escaped.join("|")})(?![\\w.:-])`, "gi") : undefined;
  return {
    url: origin,
    requests,
    pointAt: (text) => (anyServer ? text.replace(anyServer, () => origin) : text),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `https://upload.box.com` of `https://upload.box.com/api/2.0`, as written; none for a relative URL. */
function originOf(url: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.exec(url)?.[0];
}

/** The origin as URL writes it (host lowercased, default port dropped), or as written if URL refuses it. */
function normalizedOrigin(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}

/** Whether each route takes the request's content type as raw bytes (a file part). */
function rawBytes(routes: readonly Route[], request: IncomingMessage): boolean {
  const contentType = request.headers["content-type"] ?? "";
  return routes.every(
    (route) =>
      route.operation.requestBody?.mediaTypes.find((m) => mediaTypeMatches(m.type, contentType))
        ?.kind === "binary",
  );
}

/** The body, refused as soon as it is over the bound (by its declared length, or as it arrives). */
async function readBody(request: IncomingMessage, bound: number): Promise<Buffer> {
  const over = () => new BodyTooLarge(`the body is larger than the mock's bound of ${bound} bytes`);
  if (Number(request.headers["content-length"] ?? 0) > bound) throw over();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > bound) throw over();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
