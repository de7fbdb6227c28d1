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
  preferredMediaType,
  SNIPPET_LANGUAGES,
  snippetRequest,
  type ApiModel,
} from "@chunked-uploads/codegen";
import { startMock, type Mock } from "@chunked-uploads/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS, SNIPPETS, type Snippet } from "../src/index.js";
import { BINARY_BODY, marker, RUNNABLE, runSnippet, type Runnable } from "./run-snippet.js";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const SPEC = path.join(PACKAGE, "../../spec/openapi.yaml");

let model: ApiModel;
let mock: Mock;
beforeAll(async () => {
  model = buildModel(await loadSpec(SPEC));
  mock = await startMock({ spec: SPEC });
});
afterAll(() => mock.close());

const operation = (snippet: Snippet) =>
  model.operations.find((o) => o.key === snippet.operationId)!;
/** The one rewrite every language gets (the mock's `pointAt`): the server's origin becomes the mock's. */
const pointAtMock = (snippet: Snippet) => {
  const pointed = mock.pointAt(snippet.source);
  expect(pointed).not.toBe(snippet.source);
  expect(pointed).toContain(mock.url);
  return pointed;
};

describe("the generated snippets", () => {
  it("cover every operation of the spec in every language, in the docs' order", () => {
    expect(OPERATIONS).toEqual(model.operations.map((o) => o.key));
    for (const key of OPERATIONS)
      expect(SNIPPETS.filter((s) => s.operationId === key).map((s) => s.lang)).toEqual(
        SNIPPET_LANGUAGES.map((l) => l.lang),
      );
  });

  it("use each operation's real server URL (Box's published cURL lacks /api) and a Bearer placeholder", () => {
    for (const snippet of SNIPPETS.filter((s) => s.lang !== "typescript")) {
      const server = operation(snippet).servers[0]!.defaultUrl;
      expect(snippet.source).toContain(server);
      expect(snippet.source).not.toMatch(/upload\.box\.com\/2\.0\//);
      if (operation(snippet).security.length > 0)
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
      const received = mock.requests.slice(before);
      // The mock's own reasons come first: they say what the snippet got wrong.
      expect(received.map((r) => r.problems)).toEqual([[]]);
      expect(result.code, result.stderr).toBe(0);
      const [request] = received;
      expect(request!.operation).toBe(snippet.operationId);
      // A binary body arrives byte for byte as the file the snippet read.
      const media = preferredMediaType(operation(snippet).requestBody?.mediaTypes);
      if (media?.kind === "binary") expect(new Uint8Array(request!.body)).toEqual(BINARY_BODY);
      // The snippet prints what the mock answered.
      if (request!.response) expect(result.stdout).toContain(marker(JSON.parse(request!.response)));
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
      const request = snippetRequest(model, operation(snippet));
      expect(snippet.source).toContain(`URL(string: ${JSON.stringify(request.url)})`);
      expect(snippet.source).toContain(`request.httpMethod = ${JSON.stringify(request.method)}`);
      if (request.bearer)
        expect(snippet.source).toContain(
          'request.setValue("Bearer <ACCESS_TOKEN>", forHTTPHeaderField: "Authorization")',
        );
      if (request.body?.file !== undefined)
        expect(snippet.source).toContain(`URL(fileURLWithPath: "${request.body.file}")`);
      for (const [name, value] of request.headers) {
        expect(snippet.source).toContain(
          `request.setValue(${JSON.stringify(value)}, forHTTPHeaderField: ${JSON.stringify(name)})`,
        );
      }
      expect(snippet.source).toMatch(/try await URLSession\.shared\.data\(for: request\)/);
    },
  );
});
