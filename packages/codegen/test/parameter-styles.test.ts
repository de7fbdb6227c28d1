/**
 * The snippets' parameter writer and the mock's reader against OpenAPI's Style Examples table
 * (the client's serializers are held to the same rows in its own tests): each row is written
 * as the table says, and read back to the value it came from.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ParameterValue, Serialization } from "../src/model/api-model.js";
import { runInputs } from "../src/emit/emit-inputs.js";
import { EMITTERS } from "../src/emit/emitters.js";
import { formText, headerText, pathText } from "../src/emit/snippets/parameter-text.js";
import { buildModel } from "../src/model/build-model.js";
import { loadSpec } from "../src/load/load-spec.js";
import { readFormValue, readHeaderValue, readPathValue } from "../src/mock/read-parameters.js";

type Shape = "string" | "array" | "object";
interface Row extends Record<Shape, string | null> {
  style: Serialization["style"];
  explode: boolean;
}
const table = JSON.parse(
  readFileSync(new URL("fixtures/openapi-style-examples.json", import.meta.url), "utf8"),
) as { values: Record<Shape, ParameterValue>; rows: Row[] };

const SHAPES = { string: "primitive", array: "array", object: "object" } as const;
const cases = table.rows.flatMap((row) =>
  (Object.keys(SHAPES) as Shape[]).flatMap((shape) =>
    row[shape] === null
      ? []
      : [
          [
            `${row.style}${row.explode ? ", exploded," : ""} ${shape}`,
            {
              style: row.style,
              explode: row.explode,
              shape: SHAPES[shape],
              ...(shape === "object" && { propertyNames: ["R", "G", "B"] }),
            } satisfies Serialization,
            table.values[shape],
            row[shape]!,
          ] as const,
        ],
  ),
);
const inPath = cases.filter(([, how]) => ["simple", "label", "matrix"].includes(how.style));
const inForm = cases.filter(([, how]) => !["simple", "label", "matrix"].includes(how.style));

describe("the snippets write OpenAPI's style examples", () => {
  it.each(inPath)("path, %s", (_name, how, value, expected) => {
    expect(pathText("color", value, how)).toBe(expected);
  });
  it.each(inForm)("query or form, %s", (_name, how, value, expected) => {
    // The table leaves `[`, `]` and `|` as they are; percent-encoded, they mean the same.
    expect(decodeURIComponent(formText("color", value, how))).toBe(decodeURIComponent(expected));
  });
  it.each(cases.filter(([, how]) => how.style === "simple"))(
    "header, %s",
    (_name, how, value, expected) => {
      expect(headerText(value, how)).toBe(expected);
    },
  );
});

describe("the mock reads them back", () => {
  it.each(inPath)("path, %s", (_name, how, value, written) => {
    expect(readPathValue("color", written, how)).toEqual(value);
  });
  it.each(inForm)("query or form, %s", (_name, how, value, written) => {
    const pairs = [...new URLSearchParams(written)];
    expect(readFormValue("color", pairs, how)).toEqual(value);
  });
  it.each(cases.filter(([, how]) => how.style === "simple"))(
    "header, %s",
    (_name, how, value, written) => {
      expect(readHeaderValue(written, how)).toEqual(value);
    },
  );

  it("a value without its style's prefix is not read as that style", () => {
    const how = { style: "matrix", explode: false, shape: "primitive" } as const;
    expect(readPathValue("color", "blue", how)).toBeUndefined();
    expect(readPathValue("color", "blue", { ...how, style: "label" })).toBeUndefined();
  });

  it("a list written unexploded where explode is due arrives as one value", () => {
    const how = { style: "form", explode: true, shape: "array" } as const;
    expect(readFormValue("color", [["color", "blue,black"]], how)).toEqual(["blue,black"]);
  });
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
    const endpoint = (name: string) =>
      JSON.parse(new RegExp(`const ${name}Endpoint: Operation = (.*);`).exec(source)![1]!);
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
    expect(endpoint("multipartForm")).toHaveLength(4); // multipart parts have no styles
  });
});
