/**
 * How a generated method encodes its request body, by the operation's media type, seen on the
 * wire of a real server on 127.0.0.1: JSON as JSON; a plain object as a URL-encoded form or as
 * multipart fields (files included, boundary written by fetch); a FormData as it is, never
 * with a forced content type; bytes as they are.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callOperation, type Operation } from "../src/runtime/call.js";
import type { Styles } from "../src/runtime/params.js";
import { formBody } from "../src/runtime/form-bodies.js";
import { styledParams } from "../src/runtime/styled-params.js";
import { createTransport } from "../src/runtime/transport.js";
import { startServer, type TestServer } from "./http-server.js";

let server: TestServer;
const bodies: Array<{ type: string | undefined; text: string }> = [];
beforeAll(async () => {
  server = await startServer(() => (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      bodies.push({
        type: request.headers["content-type"],
        text: Buffer.concat(chunks).toString(),
      });
      response.writeHead(204).end();
    });
  });
});
afterAll(() => server.close());

async function send(contentType: string, body: unknown, styles?: Styles) {
  const transport = createTransport({ baseUrl: server.origin, token: "t" }, [["", {}]], []);
  // As the generated code describes an operation with a form body: with the writer.
  const operation: Operation = [
    "post",
    "/things",
    0,
    contentType,
    null,
    styles,
    styledParams,
    formBody,
  ];
  await callOperation(transport, operation, {}, { body });
  return bodies.at(-1)!;
}

describe("request bodies", () => {
  it("JSON", async () => {
    expect(await send("application/json", { a: [1, 2] })).toEqual({
      type: "application/json",
      text: '{"a":[1,2]}',
    });
  });

  it("a plain object as a URL-encoded form: form style, exploded, unless `encoding` says otherwise", async () => {
    const sent = await send("application/x-www-form-urlencoded", {
      name: "a b",
      tags: ["x", "y"],
      meta: { k: 1 },
      skipped: undefined,
    });
    expect(sent.type).toBe("application/x-www-form-urlencoded");
    expect([...new URLSearchParams(sent.text)]).toEqual([
      ["name", "a b"],
      ["tags", "x"],
      ["tags", "y"],
      ["k", "1"],
    ]);
    const styled = await send(
      "application/x-www-form-urlencoded",
      { tags: ["x", "y"], meta: { k: 1 } },
      { body: { tags: "pipeDelimited", meta: "deepObject*" } },
    );
    expect([...new URLSearchParams(styled.text)]).toEqual([
      ["tags", "x|y"],
      ["meta[k]", "1"],
    ]);
  });

  it("a deepObject form field nested at every depth, lists by index, an empty object by its name", async () => {
    const sent = await send(
      "application/x-www-form-urlencoded",
      {
        metadata: { order_id: "6735" },
        documents: { verification: { files: ["file_123", "file_456"] } },
        items: [{ price: "price_1", quantity: 2 }, { price: "p 2" }],
        settings: { payouts: { debit_negative_balances: true }, branding: {} },
        nickname: "",
      },
      {
        body: {
          metadata: "deepObject*",
          documents: "deepObject*",
          items: "deepObject*",
          settings: "deepObject*",
        },
      },
    );
    expect([...new URLSearchParams(sent.text)]).toEqual([
      ["metadata[order_id]", "6735"],
      ["documents[verification][files][0]", "file_123"],
      ["documents[verification][files][1]", "file_456"],
      ["items[0][price]", "price_1"],
      ["items[0][quantity]", "2"],
      ["items[1][price]", "p 2"],
      ["settings[payouts][debit_negative_balances]", "true"],
      ["settings[branding]", ""],
      ["nickname", ""],
    ]);
  });

  it("a plain object as multipart fields, a Blob as a file, with fetch's boundary", async () => {
    const sent = await send("multipart/form-data", {
      note: "hi",
      file: new Blob([Uint8Array.from([1, 2, 3])], { type: "application/octet-stream" }),
    });
    expect(sent.type).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(sent.text, {
      headers: { "content-type": sent.type! },
    }).formData();
    expect(form.get("note")).toBe("hi");
    expect(form.get("file")).toBeInstanceOf(Blob);
  });

  it("a FormData as it is, its content type left to fetch", async () => {
    const form = new FormData();
    form.append("x", "1");
    const sent = await send("multipart/form-data", form);
    expect(sent.type).toMatch(/^multipart\/form-data; boundary=/);
  });

  // Node's fetch (undici) copies a byte body; there the transport hands it a stream of the
  // caller's own buffer instead. Deno's and Bun's fetch take the bytes as they are.
  const undici = !!process.versions.undici;
  it(`bytes reach the runtime's fetch ${undici ? "uncopied: a stream of the caller's own buffer, its length declared" : "as they are"}`, async () => {
    const pool = new ArrayBuffer(16);
    for (const [body, bytes] of [
      [new Uint8Array(pool, 4, 3), [0, 0, 0]],
      [new DataView(pool, 8, 2), [0, 0]],
      [pool, new Array(16).fill(0)],
    ] as const) {
      const seen: Array<{ length: string | null; chunks: Uint8Array[] }> = [];
      const transport = createTransport(
        {
          baseUrl: server.origin,
          token: "t",
          fetch: async (request) => {
            const chunks: Uint8Array[] = [];
            const reader = request.body!.getReader();
            for (let r = await reader.read(); !r.done; r = await reader.read())
              chunks.push(r.value);
            seen.push({ length: request.headers.get("content-length"), chunks });
            return new Response(null, { status: 204 });
          },
        },
        [["", {}]],
        [],
      );
      await callOperation(
        transport,
        ["put", "/bytes", 0, "application/octet-stream"],
        {},
        { body },
      );
      const [{ length, chunks }] = seen as [(typeof seen)[0]];
      expect(chunks.flatMap((c) => [...c])).toEqual(bytes);
      if (!undici) continue;
      expect(length).toBe(String(bytes.length));
      // The very same memory: the view's buffer is the caller's, at the caller's offset.
      expect(chunks[0]!.buffer).toBe(pool);
    }
  });

  it("bytes as they are, with the operation's content type", async () => {
    expect(await send("application/octet-stream", Uint8Array.from([104, 105]))).toEqual({
      type: "application/octet-stream",
      text: "hi",
    });
  });
});
