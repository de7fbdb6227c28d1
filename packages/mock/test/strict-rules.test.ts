/**
 * The mock is strict where the spec is: one row per rule, each a request and the answer and
 * reason it must get. Every refusal here was once an acceptance (issue 23: a concrete route
 * falling back to a templated one, a repeated key read as its first value, a trailing slash,
 * XML never looked at, `-Infinity` for an integer, `bearer` refused, one origin restored for
 * every host, a body over the bound).
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type Mock } from "../src/index.js";

const text = { type: "string" };
const SPEC = {
  openapi: "3.1.0",
  info: { title: "strict", version: "1" },
  servers: [{ url: "https://api.example.com/v1" }],
  components: {
    securitySchemes: { token: { type: "http", scheme: "bearer" } },
  },
  security: [{ token: [] }],
  paths: {
    "/users/login": {
      get: {
        operationId: "login",
        parameters: [
          { name: "username", in: "query", required: true, schema: text },
          { name: "password", in: "query", required: true, schema: text },
        ],
        responses: { "204": { description: "ok" } },
      },
    },
    "/users/{name}": {
      get: {
        operationId: "get_user",
        parameters: [{ name: "name", in: "path", required: true, schema: text }],
        responses: { "204": { description: "ok" } },
      },
    },
    "/things": {
      get: {
        operationId: "list_things",
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer" } },
          { name: "ratio", in: "query", schema: { type: "number" } },
          {
            name: "ids",
            in: "query",
            explode: false,
            schema: { type: "array", items: { type: "integer" } },
          },
          { name: "tags", in: "query", schema: { type: "array", items: text } },
          {
            name: "where",
            in: "query",
            style: "deepObject",
            schema: { type: "object", properties: { size: { type: "integer" } } },
          },
          { name: "x-trace", in: "header", schema: text },
        ],
        responses: { "204": { description: "ok" } },
      },
      post: {
        operationId: "create_thing",
        requestBody: {
          required: true,
          content: {
            "application/xml": { schema: { type: "object" } },
          },
        },
        responses: { "204": { description: "ok" } },
      },
    },
    "/uploads": {
      post: {
        operationId: "create_upload",
        servers: [{ url: "https://upload.example.com/api" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["callback"],
                properties: {
                  callback: { type: "string", pattern: "^https://upload\\.example\\.com/" },
                },
              },
            },
          },
        },
        responses: { "204": { description: "ok" } },
      },
    },
  },
};

const AUTH = { authorization: "Bearer t" };
let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ spec: SPEC, maxBodyBytes: 1024 });
});
afterAll(() => mock.close());

interface Row {
  rule: string;
  method?: string;
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string;
  status: number;
  /** The reason the answer gives (refusals), or the operation it was routed to (acceptances). */
  says?: RegExp;
  operation?: string;
}

const ROWS: Row[] = [
  {
    rule: "a concrete route that refuses is not handed to a templated one",
    path: "/v1/users/login",
    status: 400,
    says: /required query parameter username is missing/,
    operation: "login",
  },
  {
    rule: "the concrete route, when the request conforms",
    path: "/v1/users/login?username=a&password=b",
    status: 204,
    operation: "login",
  },
  { rule: "the templated route for other names", path: "/v1/users/ann", status: 204 },
  {
    rule: "no trailing slash the spec's path lacks",
    method: "GET",
    path: "/v1/things/",
    status: 404,
    says: /no operation of the spec has the path \/v1\/things\//,
  },
  {
    rule: "a scalar given twice",
    path: "/v1/things?limit=10&limit=abc",
    status: 400,
    says: /query parameter limit given 2 times, but it takes one value/,
  },
  {
    rule: "a non-exploded list given exploded",
    path: "/v1/things?ids=1&ids=x",
    status: 400,
    says: /query parameter ids given 2 times, but it is written as one value \(form, not exploded\)/,
  },
  { rule: "a non-exploded list as one value", path: "/v1/things?ids=1,2", status: 204 },
  { rule: "an exploded list repeats its name", path: "/v1/things?tags=a&tags=b", status: 204 },
  {
    rule: "a deepObject field given twice",
    path: "/v1/things?where[size]=1&where[size]=2",
    status: 400,
    says: /where\[size\] given more than once/,
  },
  {
    rule: "a scalar header given twice",
    path: "/v1/things",
    // Two header lines (fetch would join them into one): sent with node:http.
    headers: { ...AUTH, "x-trace": ["a", "b"] },
    status: 400,
    says: /header parameter x-trace given 2 times/,
  },
  {
    rule: "an integer that is not finite",
    path: "/v1/things?limit=-Infinity",
    status: 400,
    says: /query parameter limit is not a finite decimal number: "-Infinity"/,
  },
  {
    rule: "a number written as JavaScript, not as JSON",
    path: "/v1/things?ratio=0x10",
    status: 400,
    says: /query parameter ratio is not a finite decimal number: "0x10"/,
  },
  { rule: "a number written as JSON", path: "/v1/things?ratio=-1.5e3&limit=7", status: 204 },
  {
    rule: "an XML body that is not well-formed",
    method: "POST",
    path: "/v1/things",
    headers: { ...AUTH, "content-type": "application/xml" },
    body: "<thing><name>a</thing>",
    status: 400,
    says: /the body is not well-formed XML/,
  },
  {
    rule: "a well-formed XML body",
    method: "POST",
    path: "/v1/things",
    headers: { ...AUTH, "content-type": "application/xml" },
    body: "<thing><name>a</name></thing>",
    status: 204,
  },
  {
    rule: "the auth scheme in any case (RFC 9110)",
    path: "/v1/things",
    headers: { authorization: "bearer t" },
    status: 204,
  },
  {
    rule: "a scheme without its token",
    path: "/v1/things",
    headers: { authorization: "Bearer" },
    status: 400,
    says: /no `Authorization: Bearer <token>` header/,
  },
  {
    rule: "a body over the bound",
    method: "POST",
    path: "/v1/things",
    headers: { ...AUTH, "content-type": "application/xml" },
    body: `<a>${"x".repeat(2000)}</a>`,
    status: 413,
    says: /larger than the mock's bound of 1024 bytes/,
  },
];

/** A request as written, header lines and all; the status of the answer. */
function send(
  method: string,
  path: string,
  headers: Record<string, string | string[]>,
  body?: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${mock.url}${path}`, { method, headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end(body);
  });
}

describe("the mock's rules, one request each", () => {
  it.each(ROWS)("$rule → $status", async (row) => {
    const status = await send(row.method ?? "GET", row.path, row.headers ?? AUTH, row.body);
    const record = mock.requests.at(-1)!;
    expect(status, record.problems.join("\n")).toBe(row.status);
    if (row.says) expect(record.problems.join("\n")).toMatch(row.says);
    if (row.operation) expect(record.operation).toBe(row.operation);
  });

  it("puts back each operation's own server origin before checking data that names it", async () => {
    // pointAt wrote the mock's origin where the snippet named the upload host.
    const body = mock.pointAt(JSON.stringify({ callback: "https://upload.example.com/done" }));
    expect(body).toContain(mock.url);
    const send = (path: string, json: string) =>
      fetch(`${mock.url}${path}`, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/json" },
        body: json,
      });
    expect((await send("/api/uploads", body)).status).toBe(204);
    const other = JSON.stringify({ callback: `${mock.url}/elsewhere` }).replace(
      mock.url,
      "https://api.example.com",
    );
    expect((await send("/api/uploads", other)).status).toBe(400);
  });
});
