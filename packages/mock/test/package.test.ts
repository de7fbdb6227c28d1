/**
 * The published package stands on its own: the codegen it is built from is private, so neither
 * its code nor its type declarations may import it (the code bundles it; the types name only
 * what the mock declares itself).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const dist = (file: string) => readFile(new URL(`../dist/${file}`, import.meta.url), "utf8");

describe("the built package", () => {
  it.each(["index.d.ts", "index.d.cts", "index.js", "index.cjs", "cli.js"])(
    "%s imports nothing of the private codegen",
    async (file) => {
      const text = await dist(file);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(
        /from ["']@chunked-uploads\/codegen|require\(["']@chunked-uploads\/codegen/,
      );
    },
  );

  it("declares its options, its faults and what it records", async () => {
    const types = await dist("index.d.ts");
    for (const name of [
      "MockOptions",
      "Mock",
      "MockRequest",
      "Fault",
      "UploadRules",
      "UploadsView",
    ])
      expect(types).toMatch(new RegExp(`(interface|type) ${name}\\b`));
  });
});
