/**
 * Every generated snippet is proven: the executable ones run against a mock of the spec on
 * 127.0.0.1 (which rejects a wrong method, path, path-parameter value or missing Bearer token),
 * C# and Go are compiled and run, TypeScript is type-checked against the built client, and
 * Swift, which has no toolchain here, is checked for the spec's URL, method and headers.
 */
import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildModel,
  loadSpec,
  snippetRequest,
  startMockServer,
  type ApiModel,
  type MockServer,
} from "@chunked-uploads/codegen";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS, SNIPPETS, type Snippet } from "../src/index.js";
import { marker, RUNNABLE, runSnippet, type Runnable } from "./run-snippet.js";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const SPEC = path.join(PACKAGE, "../../spec/openapi.yaml");

let model: ApiModel;
let mock: MockServer;
beforeAll(async () => {
  model = buildModel(await loadSpec(SPEC));
  mock = await startMockServer(model);
});
afterAll(() => mock.close());

const operation = (snippet: Snippet) =>
  model.operations.find((o) => o.key === snippet.operationId)!;
/** The one rewrite every language gets (the mock's `pointAt`): the server's origin becomes the mock's. */
const pointAtMock = (snippet: Snippet) => {
  const pointed = mock.pointAt(snippet.source);
  expect(pointed).not.toBe(snippet.source);
  expect(pointed).toContain(mock.origin);
  return pointed;
};

describe("the generated snippets", () => {
  it("cover every operation in every language", () => {
    expect(OPERATIONS).toEqual(["get_files_upload_sessions_id"]);
    expect(SNIPPETS.map((s) => s.lang)).toEqual([
      "curl",
      "typescript",
      "javascript",
      "python",
      "java",
      "csharp",
      "swift",
      "go",
    ]);
  });

  it("use the real URL with /api/2.0 and the spec's example id (not Box's broken published cURL)", () => {
    for (const snippet of SNIPPETS.filter((s) => s.lang !== "typescript")) {
      expect(snippet.source).toContain(
        "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A",
      );
      expect(snippet.source).not.toContain("https://upload.box.com/2.0/");
      expect(snippet.source).toContain("Bearer <ACCESS_TOKEN>");
    }
  });
});

describe.each(RUNNABLE)("%s, run against the mock", (lang) => {
  it.each(SNIPPETS.filter((s) => s.lang === lang).map((s) => [s.operationId, s] as const))(
    "%s",
    async (_id, snippet) => {
      const before = mock.requests.length;
      const result = await runSnippet(lang as Runnable, pointAtMock(snippet));
      expect(result.stderr + result.stdout).not.toMatch(/mock_mismatch/);
      expect(result.code, result.stderr).toBe(0);
      const received = mock.requests.slice(before);
      expect(received).toEqual([
        expect.objectContaining({ operation: snippet.operationId, problems: [] }),
      ]);
      const example = operation(snippet).responses.find((r) => r.success)?.mediaTypes[0]?.example;
      expect(result.stdout).toContain(marker(example));
    },
  );
});

describe("TypeScript", () => {
  it("type-checks against the built client under strict settings", async () => {
    const dir = path.join(PACKAGE, "test/.typescript-snippets");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const files = await Promise.all(
      SNIPPETS.filter((s) => s.lang === "typescript").map(async (s, i) => {
        const file = path.join(dir, `snippet-${i}.ts`);
        await writeFile(file, s.source);
        return file;
      }),
    );
    await writeFile(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          types: ["node"],
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
        },
        files: files.map((f) => path.basename(f)),
      }),
    );
    try {
      execFileSync(path.join(PACKAGE, "node_modules/.bin/tsc"), ["-p", dir], { encoding: "utf8" });
    } catch (error) {
      throw new Error(`tsc failed:\n${(error as { stdout: string }).stdout}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("Swift (no toolchain on these machines: checked, not run)", () => {
  it.each(SNIPPETS.filter((s) => s.lang === "swift").map((s) => [s.operationId, s] as const))(
    "%s sends what the spec says",
    (_id, snippet) => {
      const request = snippetRequest(operation(snippet), model.securitySchemes);
      expect(snippet.source).toContain(`URL(string: ${JSON.stringify(request.url)})`);
      expect(snippet.source).toContain(`request.httpMethod = ${JSON.stringify(request.method)}`);
      expect(snippet.source).toContain(
        'request.setValue("Bearer <ACCESS_TOKEN>", forHTTPHeaderField: "Authorization")',
      );
      for (const [name, value] of request.headers) {
        expect(snippet.source).toContain(
          `request.setValue(${JSON.stringify(value)}, forHTTPHeaderField: ${JSON.stringify(name)})`,
        );
      }
      expect(snippet.source).toMatch(/try await URLSession\.shared\.data\(for: request\)/);
    },
  );
});
