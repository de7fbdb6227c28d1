/**
 * An empty `enum` (valid JSON Schema that no value satisfies): generation warns where it is,
 * and the schema checker (the mock's) still compiles the operation and checks the rest of it.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../src/load/load-spec.js";
import { buildModel } from "../src/model/build-model.js";
import { checkerFor } from "../src/model/schema-checker.js";
import { FIXTURES } from "./helpers.js";

const FIXTURE = path.join(FIXTURES, "empty-enum.yaml");

describe("an empty enum", () => {
  it("is a located warning at generation", async () => {
    const model = buildModel(await loadSpec(FIXTURE));
    expect([...model.warnings].sort()).toEqual(
      [
        expect.stringMatching(
          /empty-enum\.yaml:\d+:\d+ .*paths\/~1widgets\/get\/parameters\/1\/schema\/enum.*the enum is empty/,
        ),
        expect.stringMatching(
          /empty-enum\.yaml:\d+:\d+ .*Widget\/properties\/retired_reason\/enum.*the enum is empty/,
        ),
      ].sort(),
    );
  });

  it("leaves every other rule of the operation checked", async () => {
    const model = buildModel(await loadSpec(FIXTURE));
    const create = model.operations.find((o) => o.operationId === "createWidget")!;
    const media = create.requestBody!.mediaTypes[0]!;
    const checker = checkerFor(model);
    expect(checker.body(media, { name: "w", size: 2 })).toEqual([]);
    expect(checker.body(media, { name: "" })).toEqual([
      expect.stringMatching(/body at \/name must NOT have fewer than 1 characters/),
    ]);
    expect(checker.body(media, { name: "w", retired_reason: "old" }).join("\n")).toMatch(
      /at \/retired_reason must NOT be valid/,
    );
    const list = model.operations.find((o) => o.operationId === "listWidgets")!;
    const [color, legacy] = list.parameters;
    expect(checker.parameter(color!, "red")).toEqual([]);
    expect(checker.parameter(color!, "green")).not.toEqual([]);
    expect(checker.parameter(legacy!, "on")).not.toEqual([]);
  });
});
