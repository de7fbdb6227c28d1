/**
 * Examples kept from earlier runs: a hit must be what choosing would give, so the key must
 * change with anything the choice reads (the schema and every node its refs reach) and with
 * nothing else, and an entry that cannot be read is chosen again.
 */
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { exampleBody } from "../src/index.js";
import { closureDigest } from "../src/model/schema-closure.js";
import { scratchCacheDir, withSpec } from "./helpers.js";

/** A spec whose one request body is `Order`, which reaches `Item` and `Price` through refs. */
function spec(changes: { price?: object; unrelated?: object; description?: string } = {}) {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1", description: changes.description ?? "an API" },
    components: {
      schemas: {
        Order: {
          type: "object",
          required: ["items"],
          properties: { items: { type: "array", items: { $ref: "#/components/schemas/Item" } } },
        },
        Item: {
          type: "object",
          required: ["price"],
          properties: {
            price: { $ref: "#/components/schemas/Price" },
            parent: { $ref: "#/components/schemas/Order" },
          },
        },
        Price: changes.price ?? { type: "integer", minimum: 5 },
        Unrelated: changes.unrelated ?? { type: "string" },
      },
    },
    paths: {
      "/orders": {
        post: {
          requestBody: {
            content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } },
          },
          responses: { "204": { description: "ok" } },
        },
      },
    },
  };
}

describe("a schema's closure digest", () => {
  const order = { $ref: "#/components/schemas/Order" };
  const digest = (document: object) => closureDigest(document, order);

  it("is the same for the same schemas, and ends on a ref cycle (Order → Item → Order)", () => {
    expect(digest(spec())).toBe(digest(spec()));
  });

  it("changes with a node two refs away, not with one the refs never reach", () => {
    expect(digest(spec({ price: { type: "integer", minimum: 6 } }))).not.toBe(digest(spec()));
    expect(digest(spec({ unrelated: { type: "number" } }))).toBe(digest(spec()));
    expect(digest(spec({ description: "edited" }))).toBe(digest(spec()));
  });

  it("tells a ref that resolves from one that does not", () => {
    const dangling = spec();
    delete (dangling.components.schemas as Record<string, unknown>).Price;
    expect(digest(dangling)).not.toBe(digest(spec()));
  });
});

describe("the example cache", () => {
  const cacheDir = scratchCacheDir();

  const body = (document: object) =>
    withSpec(document, (model) => {
      const operation = model.operations[0]!;
      return exampleBody(model, operation.requestBody!.mediaTypes[0]!, "request");
    });
  /** What choosing gives with no cache at all. */
  const chosen = async (document: object) => {
    process.env.CHUNKED_CODEGEN_CACHE = "0";
    try {
      return await body(document);
    } finally {
      delete process.env.CHUNKED_CODEGEN_CACHE;
    }
  };
  const entries = async () => readdir(path.join(cacheDir(), "chunked-uploads-examples"));
  /** Every entry rewritten to hold `value`: what a later run reads tells a hit from a miss. */
  const plant = async (value: unknown) => {
    for (const entry of await entries())
      await writeFile(
        path.join(cacheDir(), "chunked-uploads-examples", entry),
        serialize({ value }),
      );
  };

  it("answers a later run whose schemas are unchanged, whatever else changed", async () => {
    const fresh = await body(spec());
    expect(fresh).toMatchObject({ items: [{ price: 5 }] });
    expect(fresh).toEqual(await chosen(spec()));
    expect(await entries()).toHaveLength(1);
    await plant("from the cache");
    expect(await body(spec({ description: "edited", unrelated: { type: "number" } }))).toBe(
      "from the cache",
    );
  });

  it("chooses again when a node the refs reach changes", async () => {
    await body(spec());
    await plant("from the cache");
    const edited = spec({ price: { type: "integer", minimum: 7 } });
    expect(await body(edited)).toMatchObject({ items: [{ price: 7 }] });
    expect(await body(edited)).toEqual(await chosen(edited));
  });

  it("chooses again over an entry it cannot read, and replaces it", async () => {
    await body(spec());
    for (const entry of await entries())
      await writeFile(path.join(cacheDir(), "chunked-uploads-examples", entry), "not v8 data");
    expect(await body(spec())).toEqual(await chosen(spec()));
    await plant("from the cache");
    expect(await body(spec())).toBe("from the cache");
  });

  it("is neither read nor written with CHUNKED_CODEGEN_CACHE=0", async () => {
    await body(spec());
    await plant("from the cache");
    expect(await chosen(spec())).toMatchObject({ items: [{ price: 5 }] });
  });
});
