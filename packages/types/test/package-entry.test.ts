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
    for (const name of [
      "UploadSession",
      "ClientError",
      "GetFileUploadSessionByIdParams",
      "GetFileUploadSessionByIdResponse",
      "GetFileUploadSessionByIdError",
      "paths",
      "components",
      "operations",
    ]) {
      expect(declarations).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});
