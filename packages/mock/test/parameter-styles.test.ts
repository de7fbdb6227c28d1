/**
 * The mock reads OpenAPI's Style Examples table back to the values it was written from (the
 * snippets' writer and the client's serializers are held to the same rows in their packages).
 */
import { describe, expect, it } from "vitest";
import { cases, inForm, inPath } from "../../codegen/test/style-examples.js";
import { readFormValue, readHeaderValue, readPathValue } from "../src/read-parameters.js";

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
