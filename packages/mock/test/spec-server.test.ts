import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type Mock } from "../src/index.js";
import { FIXTURES } from "./helpers.js";

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ spec: path.join(FIXTURES, "request-kinds/openapi.yaml") });
});
afterAll(() => mock.close());

const AUTH = { authorization: "Bearer t" };
const JSON_TYPE = { "content-type": "application/json" };
const CREATE = { ...AUTH, ...JSON_TYPE, "x-request-id": "r" };

async function send(method: string, url: string, headers: Record<string, string>, body?: BodyInit) {
  const response = await fetch(`${mock.url}/v1${url}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, text, record: mock.requests.at(-1)! };
}

describe("the mock refuses a request that departs from the spec, and says why", () => {
  it.each([
    [
      "an unknown path",
      "GET",
      "/gadgets/w-1",
      AUTH,
      undefined,
      404,
      /no operation of the spec has the path \/v1\/gadgets\/w-1/,
    ],
    [
      "a method the path lacks",
      "PATCH",
      "/widgets/w-1",
      AUTH,
      undefined,
      405,
      /PATCH is not a method of \/v1\/widgets\/w-1 \(the spec has GET, DELETE\)/,
    ],
    [
      "a path parameter outside its schema",
      "GET",
      "/widgets/x-1",
      AUTH,
      undefined,
      400,
      /path parameter widget_id must match pattern/,
    ],
    [
      "a missing Bearer token",
      "GET",
      "/widgets/w-1",
      {},
      undefined,
      400,
      /no `Authorization: Bearer <token>` header/,
    ],
    [
      "a missing required query parameter",
      "GET",
      "/widgets/mine",
      AUTH,
      undefined,
      400,
      /required query parameter limit is missing/,
    ],
    [
      "a query parameter of the wrong type",
      "GET",
      "/widgets/mine?limit=ten",
      AUTH,
      undefined,
      400,
      /query parameter limit must be integer/,
    ],
    [
      "a query parameter above its maximum",
      "GET",
      "/widgets/mine?limit=1000",
      AUTH,
      undefined,
      400,
      /query parameter limit must be <= 100/,
    ],
    [
      "a missing required header",
      "POST",
      "/widgets",
      { ...AUTH, ...JSON_TYPE },
      '{"name":"a"}',
      400,
      /required header parameter x-request-id is missing/,
    ],
    [
      "a JSON body without a required property",
      "POST",
      "/widgets",
      CREATE,
      '{"size":2}',
      400,
      /body must have required property 'name'/,
    ],
    [
      "a JSON body with a value outside its enum",
      "POST",
      "/widgets",
      CREATE,
      '{"name":"a","colour":"blue"}',
      400,
      /body at \/colour must be equal to one of the allowed values/,
    ],
    [
      "a JSON body of the wrong type",
      "POST",
      "/widgets",
      CREATE,
      '{"name":"a","size":"big"}',
      400,
      /body at \/size must be integer/,
    ],
    [
      "a body that is not JSON",
      "POST",
      "/widgets",
      CREATE,
      "{name:",
      400,
      /the body is not valid JSON/,
    ],
    [
      "a body of a media type the operation does not take",
      "POST",
      "/widgets",
      { ...CREATE, "content-type": "text/plain" },
      '{"name":"a"}',
      400,
      /content type "text\/plain" is not one the operation accepts \(application\/json\)/,
    ],
    [
      "a missing required body",
      "PUT",
      "/widgets/w-1/image",
      { ...AUTH, "content-range": "bytes 0-0/1", "content-type": "application/octet-stream" },
      undefined,
      400,
      /requires a request body; none was sent/,
    ],
  ] as const)("%s", async (_name, method, url, headers, body, status, reason) => {
    const answer = await send(method, url, headers, body);
    expect(answer.status).toBe(status);
    expect(answer.record.problems.join("\n")).toMatch(reason);
    expect(JSON.parse(answer.text)).toMatchObject({ code: "mock_mismatch" });
  });
});

describe("the mock answers a request that conforms", () => {
  it("with the operation's example", async () => {
    const answer = await send("GET", "/widgets/w-7", AUTH);
    expect(answer).toMatchObject({
      status: 200,
      record: { operation: "get_widget", problems: [] },
    });
    expect(JSON.parse(answer.text)).toEqual({ id: "w-1", name: "Sprocket", size: 3 });
  });

  it("routes a concrete segment before a templated one (/widgets/mine is not widget 'mine')", async () => {
    const answer = await send("GET", "/widgets/mine?limit=10", AUTH);
    expect(answer).toMatchObject({
      status: 200,
      record: { operation: "list_my_widgets", problems: [] },
    });
    expect(JSON.parse(answer.text)).toEqual([expect.objectContaining({ id: "w-1" })]);
  });

  it("with a body synthesised from the schema, at the operation's success status", async () => {
    const answer = await send("POST", "/widgets?dry_run=true", CREATE, '{"name":"a","size":2}');
    expect(answer).toMatchObject({
      status: 201,
      record: { operation: "create_widget", problems: [] },
    });
    // allOf merged, the properties' own examples used.
    expect(JSON.parse(answer.text)).toMatchObject({ id: "w-1", name: "Sprocket" });
  });

  it("with no body for a 204, and keeps the raw bytes it received", async () => {
    const bytes = Uint8Array.from([0, 255, 10, 13]);
    const headers = {
      ...AUTH,
      "content-range": "bytes 0-3/4",
      "content-type": "application/octet-stream",
    };
    const answer = await send("PUT", "/widgets/w-1/image", headers, bytes);
    expect(answer).toMatchObject({ status: 204, text: "", record: { problems: [] } });
    expect(new Uint8Array(answer.record.body)).toEqual(bytes);
  });
});

describe("the mock reads real-world schemas", () => {
  it("ignores `$id` in example data, understands 3.0's `nullable` without `type`, its boolean exclusive bounds and non-unicode patterns", async () => {
    const withId = { type: "object", example: { $id: "same-id" } };
    const document = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      servers: [{ url: "https://api.example.com" }],
      paths: {
        "/things": {
          post: {
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      owner: { allOf: [{ $ref: "#/components/schemas/A" }], nullable: true },
                      // `\:` is a valid escape only without RegExp's unicode flag.
                      code: { type: "string", pattern: "^[a-z\\-\\:]+$" },
                      // OpenAPI 3.0's draft-4 bound: below 10, not 10 itself.
                      size: { type: "integer", maximum: 10, exclusiveMaximum: true },
                    },
                  },
                },
              },
            },
            responses: { "204": { description: "ok" } },
          },
        },
      },
      components: { schemas: { A: withId, B: withId } },
    };
    {
      const other = await startMock({ spec: document });
      try {
        const post = (body: string) =>
          fetch(`${other.url}/things`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
          });
        expect((await post('{"owner":null}')).status).toBe(204);
        expect((await post('{"owner":{}}')).status).toBe(204);
        expect((await post('{"owner":3}')).status).toBe(400);
        expect(other.requests.at(-1)!.problems.join()).toMatch(/body at \/owner must be/);
        expect((await post('{"code":"a-b:c"}')).status).toBe(204);
        expect((await post('{"code":"A"}')).status).toBe(400);
        expect((await post('{"size":9}')).status).toBe(204);
        expect((await post('{"size":10}')).status).toBe(400);
        expect(other.requests.at(-1)!.problems.join()).toMatch(/body at \/size must be < 10/);
      } finally {
        await other.close();
      }
    }
  });
});
