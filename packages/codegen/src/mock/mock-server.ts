import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiModel, OperationModel, Serialization } from "../model/api-model.js";
import { exampleBody } from "../model/examples.js";
import { preferredMediaType } from "../model/media-types.js";
import {
  isTemplated,
  routeTemplate,
  templatePattern,
  templateVariables,
} from "../model/path-template.js";
import { schemaChecker, type SchemaChecker } from "../model/schema-checker.js";
import { checkCredentials } from "./check-credentials.js";
import { checkBody, multipartFields } from "./request-body.js";
import {
  cookiePairs,
  readFormValue,
  readHeaderValue,
  readPathValue,
  type Received,
} from "./read-parameters.js";

/** A request the mock received, what it found wrong with it, and what it answered. */
export interface MockRequest {
  method: string;
  path: string;
  /** The query string as received, with its `?` ("" for none). */
  search: string;
  /** The operation the request was routed to (its key), when one matched. */
  operation?: string;
  /** Every way the request departs from the spec; empty when it conforms. */
  problems: string[];
  /** The request's headers, lower-case names, as received. */
  headers: Record<string, string | string[] | undefined>;
  /** The request body's bytes. */
  body: Buffer;
  /** The status the mock answered. */
  status: number;
  /** The body the mock answered, as sent ("" for none). */
  response: string;
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

/** Request bodies above this are refused (413), so that a runaway client cannot fill memory. */
const MAX_BODY_BYTES = 64 << 20;

/**
 * A mock of the API that checks each request against the spec on its own terms, with a JSON
 * Schema validator (ajv) rather than with the code that writes the snippets: the route
 * (concrete path segments before templated ones) and method; path, query and header parameters
 * against their schemas, required ones present; the credentials the operation's security asks
 * for; the content type and the body (JSON against the request-body schema, raw bytes present).
 * A request that conforms gets the operation's first success status with its example body, or
 * one synthesised from the response schema; one that does not gets a 400 (404/405 for an
 * unknown route or method) whose message lists every problem. Listens on 127.0.0.1 only.
 */
export async function startMockServer(model: ApiModel, port = 0): Promise<MockServer> {
  const checker = schemaChecker(model);
  const routes = model.operations.map((operation) => route(operation)).sort(bySpecificity);
  const requests: MockRequest[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://mock");
    const record: MockRequest = {
      method: request.method ?? "",
      path: url.pathname,
      search: url.search,
      problems: [],
      headers: request.headers,
      body: Buffer.alloc(0),
      status: 0,
      response: "",
    };
    requests.push(record);
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      record.status = status;
      record.response = body;
      response.writeHead(status, headers).end(body);
    };
    const refuse = (status: number) =>
      send(
        status,
        JSON.stringify({
          type: "error",
          status,
          code: "mock_mismatch",
          message: record.problems.join("; "),
        }),
        { "content-type": "application/json" },
      );
    try {
      record.body = await readBody(request);
    } catch (error) {
      record.problems.push((error as Error).message);
      return refuse(413);
    }
    // pointAt rewrote every server origin in the snippet, data included (a body's URL field):
    // that data is checked as it was written, with the server's origin again.
    const written = serverOrigins[0];
    const unpoint = (text: string) =>
      written
        ? text
            .replaceAll(origin, written)
            .replaceAll(encodeURIComponent(origin), encodeURIComponent(written))
        : text;
    const checkedUrl = new URL(url.pathname + unpoint(url.search), "http://mock");
    const checkedBody =
      record.body.includes(origin) || record.body.includes(encodeURIComponent(origin))
        ? Buffer.from(unpoint(record.body.toString("latin1")), "latin1")
        : record.body;
    const samePath = routes.filter((r) => r.pattern.test(url.pathname));
    const candidates = samePath.filter((r) => r.method === request.method);
    if (candidates.length === 0) {
      record.problems.push(
        samePath.length > 0
          ? `${request.method} is not a method of ${url.pathname} (the spec has ${[...new Set(samePath.map((r) => r.method))].join(", ")})`
          : `no operation of the spec has the path ${url.pathname}`,
      );
      return refuse(samePath.length > 0 ? 405 : 404);
    }
    const contentType = request.headers["content-type"] ?? "";
    const form = /^multipart\/form-data/i.test(contentType)
      ? await multipartFields(checkedBody, contentType)
      : undefined;
    // Several operations can share a method and route (Box writes variants of one endpoint as
    // `/files/{file_id}#get_shared_link`): the request is that of the first it conforms to.
    let match = candidates[0]!;
    let problems: string[] = [];
    try {
      // When none conforms, the one it comes closest to (fewest problems) says what is wrong.
      for (const [i, candidate] of candidates.entries()) {
        const found = checkRequest(
          model,
          checker,
          candidate,
          request,
          checkedUrl,
          checkedBody,
          form,
        );
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
    const success = match.operation.responses.find((r) => r.success);
    const status = Number(success?.status.replace(/X/gi, "0")) || 200;
    const media = preferredMediaType(success?.mediaTypes);
    if (!media || status === 204) return send(status, "");
    const example = exampleBody(model, media, "response");
    send(
      status,
      typeof example === "string" && !media.json ? example : JSON.stringify(example ?? {}),
      { "content-type": media.type },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${address.port}`;
  // Origins as the servers write them (`https://demo.example.com:443` keeps its default
  // port, which URL's origin drops), the longest first so that none is cut short.
  const serverOrigins = [
    ...new Set(
      model.operations.map(
        (o) => /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.exec(o.servers[0]!.exampleUrl)?.[0] ?? "",
      ),
    ),
  ]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
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
  /** Path segments, `null` for a templated one: the key for concrete-before-templated order. */
  segments: Array<string | null>;
}

/** The route of an operation: its server's base path plus its path template. */
function route(operation: OperationModel): Route {
  const template = routeTemplate(operation);
  return {
    operation,
    method: operation.method.toUpperCase(),
    pattern: templatePattern(template),
    segments: template.split("/").map((s) => (isTemplated(s) ? null : s)),
  };
}

/** Concrete segments before templated ones, segment by segment from the left (as routers do). */
function bySpecificity(a: Route, b: Route): number {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const [x, y] = [a.segments[i] === null, b.segments[i] === null];
    if (x !== y) return x ? 1 : -1;
  }
  return 0;
}

function checkRequest(
  model: ApiModel,
  checker: SchemaChecker,
  { operation, pattern }: Route,
  request: IncomingMessage,
  url: URL,
  body: Buffer,
  form: Record<string, unknown> | undefined,
): string[] {
  const problems: string[] = [];
  const values = pattern.exec(url.pathname)!.slice(1);
  const pathValues = new Map(
    templateVariables(operation.path).map((name, i) => [name, values[i]!]),
  );
  const query = [...url.searchParams];
  const cookies = cookiePairs(headerText(request.headers.cookie));
  for (const parameter of operation.parameters) {
    const { name, serialization: how } = parameter;
    const where = `${parameter.in} parameter ${name}`;
    let value: Received | undefined;
    if (parameter.in === "path") {
      const raw = pathValues.get(name)!;
      try {
        decodeURIComponent(raw);
      } catch {
        problems.push(`${where} is not valid percent-encoding`);
        continue;
      }
      value = readPathValue(name, raw, how);
      if (value === undefined) {
        problems.push(`${where} is not written in its style (${describe(how)}): ${raw}`);
        continue;
      }
    } else if (parameter.in === "header") {
      const text = headerText(request.headers[name.toLowerCase()]);
      value = text === undefined ? undefined : readHeaderValue(text, how);
    } else value = readFormValue(name, parameter.in === "query" ? query : cookies, how);
    if (value === undefined) {
      if (parameter.required) problems.push(`required ${where} is missing`);
      continue;
    }
    problems.push(...checker.parameter(parameter, value));
  }
  problems.push(...checkCredentials(model, operation, request, url));
  problems.push(...checkBody(checker, operation, request, body, form));
  return problems;
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/** `matrix, exploded` */
function describe({ style, explode }: Serialization): string {
  return `${style}${explode ? ", exploded" : ""}`;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error(`the body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
