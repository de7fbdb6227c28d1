import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ONE_OPERATION_SPEC, runCli, scratchRoot, typecheck } from "./helpers.js";

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ root, cleanup } = await scratchRoot()));
afterEach(() => cleanup());

it("a new field in the spec becomes a new field in the generated types", async () => {
  const consumer = path.join(root, "packages/types/src/consumer.ts");
  await writeFile(
    consumer,
    'import type { UploadSession } from "./generated/aliases.generated.js";\n' +
      'export const probeField: UploadSession["probe_field"] = "12345";\n',
  );
  // Against the committed types, the field does not exist yet.
  expect((await typecheck([consumer])).join("\n")).toMatch(/Property 'probe_field' does not exist/);

  const spec = path.join(root, "spec/openapi.yaml");
  await mkdir(path.dirname(spec), { recursive: true });
  const original = await readFile(ONE_OPERATION_SPEC, "utf8");
  const withField = original.replace(
    "      properties:\n        id:\n          description: The unique identifier for this session.",
    "      properties:\n        probe_field:\n          description: A field no spec has yet.\n          type: string\n" +
      "        id:\n          description: The unique identifier for this session.",
  );
  expect(withField).not.toBe(original);
  await writeFile(spec, withField);

  const { code, stdout } = await runCli(["--spec", spec, "--root", root]);
  expect(code).toBe(0);
  expect(stdout).toContain("wrote   packages/types/src/generated/openapi.generated.ts");
  const types = await readFile(
    path.join(root, "packages/types/src/generated/openapi.generated.ts"),
    "utf8",
  );
  expect(types).toMatch(
    /\/\*\* @description A field no spec has yet\. \*\/\s+probe_field\?: string;/,
  );
  expect(await typecheck([consumer])).toEqual([]);
});
