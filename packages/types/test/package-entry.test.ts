import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

describe("the built package", () => {
  it("loads as ESM and as CJS (a types-only package has no runtime exports)", async () => {
    expect(Object.keys(await import("@chunked-uploads/types"))).toEqual([]);
    expect(Object.keys(require("@chunked-uploads/types") as object)).toEqual([]);
  });

  it.each([
    ["import", "dist/index.d.ts"],
    ["require", "dist/index.d.cts"],
  ])("declares every named type for %s", async (_condition, file) => {
    const declarations = await readFile(new URL(`../${file}`, import.meta.url), "utf8");
    // Every name the generated aliases export, whatever the spec holds.
    const aliases = await readFile(
      new URL("../src/generated/aliases.generated.ts", import.meta.url),
      "utf8",
    );
    const names = [...aliases.matchAll(/^export type (\w+)/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of [...names, "paths", "components", "operations"]) {
      expect(declarations).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});
