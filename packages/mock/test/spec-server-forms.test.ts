/**
 * The spec-driven mock, continued: form bodies checked against their schemas, variants of one
 * endpoint, and pointAt, the one rewrite that sends a snippet (and the data in it) to the mock.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type Mock } from "../src/index.js";

describe("the mock checks form bodies against their schemas", () => {
  const form = {
    type: "object",
    required: ["name"],
    properties: { name: { type: "string" }, size: { type: "integer" } },
  };
  const upload = {
    type: "object",
    required: ["file"],
    properties: { file: { type: "string", format: "binary" }, note: { type: "string" } },
  };
  let dir: string;
  let forms: Mock;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "mock-forms-"));
    const body = (type: string, schema: object) => ({
      requestBody: { required: true, content: { [type]: { schema } } },
      responses: { "204": { description: "ok" } },
    });
    await writeFile(
      path.join(dir, "openapi.json"),
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {
          "/form": { post: body("application/x-www-form-urlencoded", form) },
          "/upload": { post: body("multipart/form-data", upload) },
        },
      }),
    );
    forms = await startMock({ spec: path.join(dir, "openapi.json") });
  });
  afterAll(async () => {
    await forms.close();
    await rm(dir, { recursive: true, force: true });
  });

  const multipart = (fields: Record<string, string | Blob>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };
  it.each([
    ["a valid form", "/form", new URLSearchParams({ name: "a", size: "3" }), []],
    [
      "a form field of the wrong type",
      "/form",
      new URLSearchParams({ name: "a", size: "big" }),
      [/form at \/size must be integer/],
    ],
    [
      "a form without a required field",
      "/form",
      new URLSearchParams({ size: "3" }),
      [/form must have required property 'name'/],
    ],
    [
      "a valid multipart body with a file",
      "/upload",
      multipart({ file: new Blob(["x"]), note: "n" }),
      [],
    ],
    [
      "a multipart body without its file",
      "/upload",
      multipart({ note: "n" }),
      [/form must have required property 'file'/],
    ],
  ] as const)("%s", async (_name, route, body, problems) => {
    await fetch(`${forms.url}${route}`, { method: "POST", body });
    const got = forms.requests.at(-1)!.problems;
    expect(got).toHaveLength(problems.length);
    for (const [i, p] of problems.entries()) expect(got[i]).toMatch(p);
  });
});

describe("variants of one endpoint (`/things/{id}#rename`)", () => {
  it("routes a request to the first variant it conforms to", async () => {
    const body = (required: string) => ({
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: [required],
              properties: { [required]: { type: "string" } },
            },
          },
        },
      },
      responses: { "204": { description: "ok" } },
    });
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/things/{id}": { put: { operationId: "update", ...body("colour") } },
        "/things/{id}#rename": { put: { operationId: "rename", ...body("name") } },
      },
    };
    {
      const variants = await startMock({ spec: document });
      try {
        const put = (json: object) =>
          fetch(`${variants.url}/things/7`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(json),
          });
        expect((await put({ name: "n" })).status).toBe(204);
        expect(variants.requests.at(-1)!.operation).toBe("rename");
        expect((await put({ colour: "c" })).status).toBe(204);
        expect(variants.requests.at(-1)!.operation).toBe("update");
        // Neither: the first variant's reasons.
        expect((await put({})).status).toBe(400);
        expect(variants.requests.at(-1)!.problems.join()).toMatch(/required property 'colour'/);
      } finally {
        await variants.close();
      }
    }
  });
});

describe("pointAt: the one rewrite that sends a snippet to the mock", () => {
  it("replaces a server's origin as written, an explicit default port included", async () => {
    const spec = [
      "openapi: 3.0.3",
      "info: { title: t, version: '1' }",
      "servers:",
      "  - url: 'https://{name}.example.com:{port}/v2'",
      "    variables: { name: { default: demo }, port: { default: '443' } }",
      "paths:",
      "  /x:",
      "    get:",
      "      responses: { '204': { description: ok } }",
    ].join("\n");
    // Written as YAML for the URL as a spec writer quotes it; the mock takes it parsed.
    {
      const mock = await startMock({ spec: parse(spec) as Record<string, unknown> });
      try {
        expect(mock.pointAt("curl https://demo.example.com:443/v2/x")).toBe(
          `curl ${mock.url}/v2/x`,
        );
      } finally {
        await mock.close();
      }
    }
  });

  it("replaces it as URL writes it too: the host lowercased, a default port dropped", async () => {
    const spec = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      servers: [
        {
          url: "{protocol}://{hostname}/api/v3",
          variables: { protocol: { default: "http" }, hostname: { default: "HOSTNAME" } },
        },
      ],
      paths: {
        "/x": { get: { responses: { "204": { description: "ok" } } } },
        "/y": {
          servers: [{ url: "https://Status.Example.COM:443/s" }],
          get: { responses: { "204": { description: "ok" } } },
        },
      },
    };
    const mock = await startMock({ spec });
    try {
      for (const [snippet, expected] of [
        ["http://hostname/api/v3/x", "/api/v3/x"],
        ["http://HOSTNAME/api/v3/x", "/api/v3/x"],
        ["requests.get('https://status.example.com/s/y')", "/s/y"],
        ["https://Status.Example.COM:443/s/y", "/s/y"],
      ])
        expect(mock.pointAt(snippet!)).toContain(`${mock.url}${expected}`);
      // Another host is left alone.
      expect(mock.pointAt("http://hostname2.example/x")).toBe("http://hostname2.example/x");
    } finally {
      await mock.close();
    }
  });
});

describe("data that pointAt rewrote", () => {
  it("is checked with the server's origin again (a URL field of a body, a query value)", async () => {
    const spec = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      servers: [{ url: "https://api.example.com" }],
      paths: {
        "/hooks": {
          post: {
            parameters: [
              {
                name: "next",
                in: "query",
                required: true,
                schema: { type: "string", format: "url" },
              },
            ],
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["callback"],
                    properties: { callback: { type: "string", format: "url" } },
                  },
                },
              },
            },
            responses: { "204": { description: "ok" } },
          },
        },
      },
    };
    {
      const mock = await startMock({ spec });
      try {
        const snippet = mock.pointAt(
          JSON.stringify({
            url:
              "https://api.example.com/hooks?next=" +
              encodeURIComponent("https://api.example.com/n"),
            body: { callback: "https://api.example.com/cb" },
          }),
        );
        const { url, body } = JSON.parse(snippet) as { url: string; body: object };
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        expect(mock.requests.at(-1)!.problems).toEqual([]);
        expect(response.status).toBe(204);
      } finally {
        await mock.close();
      }
    }
  });
});
