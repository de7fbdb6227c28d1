/**
 * The snippets' parameter writer against OpenAPI's Style Examples table (the client's
 * serializers are held to the same rows in its own tests, the mock's reader in its own): each
 * row is written as the table says.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runInputs } from "../src/emit/emit-inputs.js";
import { EMITTERS } from "../src/emit/emitters.js";
import { formText, headerText, pathText } from "../src/emit/snippets/parameter-text.js";
import { buildModel } from "../src/model/build-model.js";
import { loadSpec } from "../src/load/load-spec.js";

import { cases, inForm, inPath } from "./style-examples.js";

describe("the snippets write OpenAPI's style examples", () => {
  it.each(inPath)("path, %s", (_name, how, value, expected) => {
    expect(pathText("color", value, how)).toBe(expected);
  });
  it.each(inForm)("query or form, %s", (_name, how, value, expected) => {
    // The table leaves `[`, `]` and `|` as they are; percent-encoded, they mean the same.
    expect(decodeURIComponent(formText("color", value, how))).toBe(decodeURIComponent(expected));
  });
  it("query or form, a deepObject nested below one level: lists by index, {} by its name", () => {
    const value = {
      verification: { files: ["file_123", "file 456"] },
      items: [{ price: "price_1", quantity: 2 }],
      branding: {},
      on: true,
    };
    expect([
      ...new URLSearchParams(formText("doc", value, { style: "deepObject", explode: true })),
    ]).toEqual([
      ["doc[verification][files][0]", "file_123"],
      ["doc[verification][files][1]", "file 456"],
      ["doc[items][0][price]", "price_1"],
      ["doc[items][0][quantity]", "2"],
      ["doc[branding]", ""],
      ["doc[on]", "true"],
    ]);
  });
  it.each(cases.filter(([, how]) => how.style === "simple"))(
    "header, %s",
    (_name, how, value, expected) => {
      expect(headerText(value, how)).toBe(expected);
    },
  );
});

describe("the client emitter writes each operation's styles for the runtime", () => {
  it("only where a parameter or form field is not written its location's default way", async () => {
    const model = buildModel(
      await loadSpec(fileURLToPath(new URL("fixtures/parameter-styles.yaml", import.meta.url))),
    );
    const client = EMITTERS.find((e) => e.name === "client")!;
    const source = (await client.emit(model, runInputs(model)(client)))
      .map((f) => f.contents)
      .join("\n");
    // The descriptor's data, its code (the writer, the form encoder) read as names.
    const endpoint = (name: string) =>
      JSON.parse(
        new RegExp(`const ${name}Endpoint: Operation = (.*);`)
          .exec(source)![1]!
          .replace(/\b(styledParams|formBody)\b/g, '"$1"'),
      );
    expect(endpoint("matrixPath")[5]).toEqual({ path: { ids: "matrix*", point: "matrix" } });
    expect(endpoint("queryStyles")[5]).toEqual({
      query: {
        csv: "form",
        piped: "pipeDelimited",
        spaced: "spaceDelimited",
        filter: "deepObject*",
      },
    });
    expect(endpoint("headerStyles")[5]).toEqual({ header: { "x-point": "simple*" } });
    expect(endpoint("urlencodedForm")[5]).toEqual({
      body: { tags: "pipeDelimited", filter: "deepObject*" },
    });
    // Multipart parts have no styles: the form encoder, and no writer.
    expect(endpoint("multipartForm").slice(5)).toEqual([{}, null, "formBody"]);
    expect(endpoint("matrixPath")[6]).toBe("styledParams");
    expect(endpoint("urlencodedForm").slice(6)).toEqual(["styledParams", "formBody"]);
    expect(source).toMatch(/import \{ styledParams \} from "..\/runtime\/styled-params.js";/);
  });

  it("leaves the writer and the form encoder out for plain parameters and JSON bodies", async () => {
    const model = buildModel(
      await loadSpec(
        fileURLToPath(new URL("fixtures/chunked-uploads/openapi.yaml", import.meta.url)),
      ),
    );
    const client = EMITTERS.find((e) => e.name === "client")!;
    const source = (await client.emit(model, runInputs(model)(client)))
      .map((f) => f.contents)
      .join("\n");
    const plain = model.operations.every(
      (o) =>
        o.parameters.every((p) => p.serialization.shape !== "object") &&
        !o.requestBody?.mediaTypes.some((m) => m.kind === "form" || m.kind === "multipart"),
    );
    expect(plain).toBe(true); // the fixture is such an API: what this test is about
    expect(source).not.toMatch(/styledParams|formBody|carryCredential/);
  });
});
