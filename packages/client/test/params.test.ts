/**
 * The client's parameter serializers (openapi-fetch's, with our path safety) against OpenAPI's
 * Style Examples table, kept once in the codegen fixtures: the snippets' writer and the mock's
 * reader are held to the same rows.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { callOperation, type Operation } from "../src/runtime/call.js";
import { serializeForm, serializeHeaders, serializePath } from "../src/runtime/params.js";
import { styledParams } from "../src/runtime/styled-params.js";
import { carryCredential } from "../src/runtime/keyed-credentials.js";
import { createTransport } from "../src/runtime/transport.js";

interface Row {
  style: string;
  explode: boolean;
  string: string | null;
  array: string | null;
  object: string | null;
}
const table = JSON.parse(
  readFileSync(
    new URL("../../codegen/test/fixtures/openapi-style-examples.json", import.meta.url),
    "utf8",
  ),
) as { values: Record<"string" | "array" | "object", unknown>; rows: Row[] };

const cases = table.rows.flatMap((row) =>
  (["string", "array", "object"] as const).flatMap((shape) =>
    row[shape] === null
      ? []
      : [
          [
            `${row.style}${row.explode ? "*" : ""} ${shape}`,
            row,
            table.values[shape],
            row[shape]!,
          ] as const,
        ],
  ),
);
const style = (row: Row) => ({ color: `${row.style}${row.explode ? "*" : ""}` });

describe("OpenAPI's style examples", () => {
  it.each(cases.filter(([, row]) => ["simple", "label", "matrix"].includes(row.style)))(
    "path, %s",
    (_name, row, value, expected) => {
      expect(serializePath("/colors/{color}", { color: value }, style(row), styledParams)).toBe(
        `/colors/${expected}`,
      );
    },
  );

  it.each(cases.filter(([, row]) => !["simple", "label", "matrix"].includes(row.style)))(
    "query or form, %s",
    (_name, row, value, expected) => {
      expect(serializeForm({ color: value }, style(row), styledParams)).toBe(expected);
    },
  );

  it.each(cases.filter(([, row]) => row.style === "simple"))(
    "header, %s",
    (_name, row, value, expected) => {
      expect(serializeHeaders({ color: value }, style(row), styledParams)).toEqual({
        color: expected,
      });
    },
  );

  it("defaults: form, exploded, in the query; simple in the path and headers", () => {
    const { array, object } = table.values;
    expect(serializeForm({ color: array, rgb: object }, undefined, styledParams)).toBe(
      "color=blue&color=black&color=brown&R=100&G=200&B=150",
    );
    expect(serializePath("/{color}", { color: array })).toBe("/blue,black,brown");
    expect(serializeHeaders({ color: array, n: 1 })).toEqual({ color: "blue,black,brown", n: "1" });
  });

  it("without a writer, single values and lists in the default styles come out as the writer writes them", () => {
    // The generated code leaves the writer out where an operation's parameters are plain
    // values: what is written then must not differ.
    const values = ["a b/c?d&e=f", 0, false, "é€", ["x y", "z&1", 2], []];
    for (const value of values) {
      expect(serializeForm({ v: value })).toBe(
        serializeForm({ v: value }, undefined, styledParams),
      );
      if (String(value))
        expect(serializePath("/{v}/w", { v: value })).toBe(
          serializePath("/{v}/w", { v: value }, undefined, styledParams),
        );
      expect(serializeHeaders({ v: value })).toEqual(
        serializeHeaders({ v: value }, undefined, styledParams),
      );
    }
  });

  it("a Headers object passes as it is", () => {
    expect(serializeHeaders(new Headers({ "x-a": "1" }))).toEqual({ "x-a": "1" });
  });

  it("a list or object in the path is still refused where it would move the path", () => {
    expect(() => serializePath("/{id}", { id: ["."] })).toThrow(/must not be/);
    expect(() => serializePath("/{id}", { id: [] })).toThrow(/must not be/);
    expect(serializePath("/{id}", { id: ["a/b", "c"] })).toBe("/a%2Fb,c");
  });
});

describe("parameters as a generated method sends them", () => {
  async function sent(operation: Operation, pathParams: Record<string, unknown>, options: object) {
    let request: Request | undefined;
    const transport = createTransport(
      {
        baseUrl: "http://127.0.0.1:1",
        token: "t",
        credentials: { key: "k&1" },
        fetch: async (r) => {
          request = r;
          return new Response(null, { status: 204 });
        },
      },
      [["", {}]],
      [],
      { key: ["cookie", "api_key", carryCredential] },
      [["key"]],
    );
    await callOperation(transport, operation, pathParams, options);
    return request!;
  }

  it("cookies share one Cookie header with a cookie API key, each by its style", async () => {
    const request = await sent(
      ["get", "/things", 0, "", null, { cookie: { ids: "form" } }, styledParams],
      {},
      {
        cookies: { session: "a b", ids: [1, 2], tags: ["x", "y"] },
      },
    );
    expect(request.headers.get("cookie")).toBe(
      "api_key=k&1; session=a%20b; ids=1,2; tags=x; tags=y",
    );
  });

  it("path, query and header styles from the operation", async () => {
    const request = await sent(
      [
        "get",
        "/things/{id}",
        0,
        "",
        null,
        {
          path: { id: "matrix*" },
          query: { tags: "pipeDelimited" },
          header: { "x-rgb": "simple*" },
        },
        styledParams,
      ],
      { id: [1, 2] },
      { query: { tags: ["a", "b"], page: 2 }, headers: { "x-rgb": { R: 1, G: 2 } } },
    );
    expect(request.url).toBe("http://127.0.0.1:1/things/;id=1;id=2?tags=a|b&page=2");
    expect(request.headers.get("x-rgb")).toBe("R=1,G=2");
  });
});
