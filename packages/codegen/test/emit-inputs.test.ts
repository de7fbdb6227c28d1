/**
 * What emitters share comes from the pipeline, declared: made once per run, handed to each
 * emitter that declares it, refused to one that does not.
 */
import { describe, expect, it } from "vitest";
import { runInputs } from "../src/emit/emit-inputs.js";
import { EMITTERS } from "../src/emit/emitters.js";
import { withSpec } from "./helpers.js";

const spec = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  servers: [{ url: "https://api.example.com" }],
  paths: { "/a": { get: { operationId: "getA", responses: { 204: { description: "ok" } } } } },
};

describe("the run's inputs", () => {
  it("are made once and shared by every emitter that declares them", async () => {
    await withSpec(spec, (model) => {
      const inputsFor = runInputs(model);
      const readers = EMITTERS.filter((e) => e.needs?.includes("snippets"));
      expect(readers.map((e) => e.name)).toEqual(["snippets", "docs"]);
      const [first, second] = readers.map((e) => inputsFor(e).snippets);
      expect(first).toBe(second);
      expect(first!.map((s) => s.operationId)).toContain("getA");
    });
  });

  it("are refused to an emitter that did not declare them, naming it", async () => {
    await withSpec(spec, (model) => {
      const inputs = runInputs(model)({ name: "types" });
      expect(() => inputs.snippets).toThrow(
        "codegen bug: emitter types reads snippets without declaring it in needs",
      );
    });
  });

  it("are made again for another run: no state kept between runs", async () => {
    await withSpec(spec, (model) => {
      const docs = EMITTERS.find((e) => e.name === "docs")!;
      expect(runInputs(model)(docs).snippets).not.toBe(runInputs(model)(docs).snippets);
      expect(runInputs(model)(docs).snippets).toEqual(runInputs(model)(docs).snippets);
    });
  });
});
