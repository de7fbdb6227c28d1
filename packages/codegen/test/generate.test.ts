import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generate } from "../src/index.js";
import {
  DEFAULT_SPEC,
  FIXTURES,
  REPO_ROOT,
  runCli,
  scratchRoot,
  snapshotTree,
  typecheck,
} from "./helpers.js";

const TYPES = "packages/types/src/generated/openapi.generated.ts";
const ALIASES = "packages/types/src/generated/aliases.generated.ts";

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ root, cleanup } = await scratchRoot()));
afterEach(() => cleanup());

describe("output", () => {
  it("is the same bytes on every run and for every output root", async () => {
    const first = await generate({ specPath: DEFAULT_SPEC, root: REPO_ROOT });
    const second = await generate({ specPath: DEFAULT_SPEC, root: REPO_ROOT });
    expect(second.files).toEqual(first.files);
    await mkdir(path.join(root, "spec"));
    await writeFile(path.join(root, "spec/openapi.yaml"), await readFile(DEFAULT_SPEC));
    const elsewhere = await generate({ specPath: path.join(root, "spec/openapi.yaml"), root });
    expect(elsewhere.files).toEqual(first.files);
  });

  it("starts every file with the generated header naming the spec, and has no timestamps", async () => {
    const { files, model } = await generate({ specPath: DEFAULT_SPEC, root: REPO_ROOT });
    // Per package: its fixed files, one client file per resource and one docs page per operation.
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith("packages/types/"))).toEqual([ALIASES, TYPES]);
    expect(paths.filter((p) => p.startsWith("packages/client/"))).toHaveLength(
      3 + model.resources.length,
    );
    expect(paths).toContain("packages/client/src/generated/client.generated.ts");
    expect(paths).toContain("packages/client/src/generated/servers.generated.ts");
    expect(paths).toContain("packages/client/src/generated/upload-methods.generated.ts");
    expect(paths.filter((p) => p.startsWith("packages/snippets/src/generated/docs/"))).toEqual(
      model.operations
        .map((o) => `packages/snippets/src/generated/docs/${o.operationId}.md`)
        .sort(),
    );
    expect(paths.filter((p) => /snippets\/src\/generated\/[^/]+$/.test(p))).toEqual([
      "packages/snippets/src/generated/openapi.code-samples.json",
      "packages/snippets/src/generated/openapi.code-samples.yaml",
      "packages/snippets/src/generated/snippets.generated.ts",
      "packages/snippets/src/generated/snippets.json",
    ]);
    // The reference site: an index, its search index and a page per operation.
    expect(paths.filter((p) => p.startsWith("packages/docs/"))).toEqual(
      [
        "packages/docs/src/generated/index.html",
        "packages/docs/src/generated/search-index.json",
        ...model.operations.map(
          (o) => `packages/docs/src/generated/operations/${o.operationId}.html`,
        ),
      ].sort(),
    );
    for (const file of files) {
      // JSON cannot hold a comment; every other file starts with the marker in its own syntax
      // (HTML after its doctype, which must come first).
      if (file.path.endsWith(".json")) continue;
      expect(file.contents.split("\n")[file.path.endsWith(".html") ? 1 : 0]).toMatch(
        /^(\/\/|#|<!--) generated — do not edit: @chunked-uploads\/codegen wrote this file from spec\/openapi\.yaml/,
      );
      // The spec's own examples hold dates; today's date must not appear.
      expect(file.contents).not.toContain(new Date().toISOString().slice(0, 10));
    }
  });

  it("is the same from JSON as from YAML", async () => {
    const json = path.join(root, "spec/openapi.json");
    await mkdir(path.dirname(json), { recursive: true });
    await writeFile(json, JSON.stringify(parse(await readFile(DEFAULT_SPEC, "utf8")), null, 2));
    const fromJson = await generate({ specPath: json, root });
    const fromYaml = await generate({ specPath: DEFAULT_SPEC, root: REPO_ROOT });
    expect(
      fromJson.files.map((f) => ({
        ...f,
        contents: f.contents.replaceAll("openapi.json", "openapi.yaml"),
      })),
    ).toEqual(fromYaml.files);
  });

  /** Generates a fixture spec into the scratch root and type-checks `lines` against its types. */
  async function typecheckedConsumer(fixture: string, lines: string[]): Promise<string[]> {
    const spec = path.join(FIXTURES, fixture);
    expect(await runCli(["--spec", spec, "--root", root])).toMatchObject({ code: 0 });
    const consumer = path.join(root, "packages/types/src/consumer.ts");
    await writeFile(consumer, lines.join("\n"));
    return typecheck([consumer]);
  }

  it("moves an operation's type names aside when a schema already has them", async () => {
    expect(
      await typecheckedConsumer("type-name-clash.yaml", [
        "import type {",
        "  GetThingResponse, GetThingParams, GetThingOperationResponse, GetThingOperationParams,",
        "  CreateThingRequestBody,",
        '} from "./generated/aliases.generated.js";',
        'export const schema: GetThingResponse = { name: "a" };',
        "export const response: GetThingOperationResponse = schema;",
        'export const id: GetThingOperationParams["path"]["id"] = "t-1";',
        'export const body: CreateThingRequestBody = { filter: "x" } satisfies GetThingParams;',
      ]),
    ).toEqual([]);
  });

  it("compiles a schema $ref into another operation's request body", async () => {
    expect(
      await typecheckedConsumer("path-refs.yaml", [
        'import type { CreateNoteResponse } from "./generated/aliases.generated.js";',
        'export const note: CreateNoteResponse = { text: "hello" };',
      ]),
    ).toEqual([]);
  });

  it("reads a $ref inside example data as data, not as a reference", async () => {
    const spec = path.join(FIXTURES, "refs-in-examples.yaml");
    const result = await runCli(["--spec", spec, "--root", root]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const published = JSON.parse(
      await readFile(
        path.join(root, "packages/snippets/src/generated/openapi.code-samples.json"),
        "utf8",
      ),
    );
    const media = published.paths["/schemas"].get.responses["200"].content["application/json"];
    expect(media.examples.doc.value).toEqual({ $ref: "#/definitions/Missing", type: "object" });
    expect(media.example).toEqual({ $ref: "#/nowhere" });
  });

  it("leaves readOnly properties out of request types and writeOnly ones out of response types", async () => {
    expect(
      await typecheckedConsumer("read-write-only.yaml", [
        'import type { CreatePetRequestBody, CreatePetResponse, Pet } from "./generated/aliases.generated.js";',
        'export const body: CreatePetRequestBody = { name: "Rex", password: "s3cret" };',
        "// @ts-expect-error the server sets `id`",
        'export const withId: CreatePetRequestBody = { id: 7, name: "Rex", password: "s3cret" };',
        'export const created: CreatePetResponse = { id: 7, name: "Rex" };',
        "export const id: number = created.id;",
        'export const pet: Pet = { id: 7, name: "Rex" };',
        "// @ts-expect-error a response never holds `password`",
        "export const password: string = created.password;",
      ]),
    ).toEqual([]);
  });

  it.each([
    [
      "a multi-file 3.1 spec",
      "chunked-uploads/openapi.yaml",
      [
        "UploadSession",
        "UploadParts",
        "UploadFilePartResponse",
        "DeleteFileUploadSessionByIdResponse",
      ],
    ],
    [
      "a 3.0 JSON spec without vendor extensions",
      "no-extensions/openapi.json",
      ["FileFull", "GetSessionByIdError", "DownloadFileResponse", "HealthParams"],
    ],
  ])("type-checks when generated from %s", async (_name, fixture, names) => {
    expect(await runCli(["--spec", path.join(FIXTURES, fixture), "--root", root])).toMatchObject({
      code: 0,
    });
    const consumer = path.join(root, "packages/types/src/consumer.ts");
    await writeFile(
      consumer,
      `import type { ${names.join(", ")} } from "./generated/aliases.generated.js";\n` +
        names.map((name) => `export type Use${name} = ${name};`).join("\n"),
    );
    expect(await typecheck([consumer])).toEqual([]);
  });
});

describe("the drift check (--check)", () => {
  it("passes on the committed output of the committed spec", async () => {
    const { code, stdout } = await runCli(["--check"]);
    expect(stdout).toMatch(/up to date with spec\/openapi\.yaml/);
    expect(code).toBe(0);
  });

  it("lists edited, missing and extra files, changes nothing, and `generate` then repairs them", async () => {
    // The spec sits inside the output root, as in the repository, so headers match.
    await mkdir(path.join(root, "spec"));
    await writeFile(path.join(root, "spec/openapi.yaml"), await readFile(DEFAULT_SPEC));
    const spec = ["--spec", path.join(root, "spec/openapi.yaml"), "--root", root];
    await writeFile(
      path.join(root, TYPES),
      `${await readFile(path.join(root, TYPES), "utf8")}// a hand edit\n`,
    );
    await rm(path.join(root, ALIASES));
    await writeFile(
      path.join(root, "packages/types/src/generated/old.generated.ts"),
      "export {};\n",
    );
    const before = await snapshotTree(root);

    const check = await runCli(["--check", ...spec]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`stale   ${ALIASES}`);
    expect(check.stderr).toContain(`stale   ${TYPES}`);
    expect(check.stderr).toContain("extra   packages/types/src/generated/old.generated.ts");
    expect(check.stderr).not.toMatch(/wrote|removed/);
    expect(check.stderr).toMatch(/Run `pnpm generate`/);
    expect(await snapshotTree(root)).toEqual(before);

    const fix = await runCli(spec);
    expect(fix.code).toBe(0);
    const total = (await generate({ specPath: DEFAULT_SPEC, root: REPO_ROOT })).files.length;
    expect(fix.stdout).toContain(`2 written, 1 removed, ${total - 2} unchanged`);
    expect(await runCli(["--check", ...spec])).toMatchObject({ code: 0 });
  });
});

describe("servers as specs write them", () => {
  it.each([
    ["relative.yaml", "/v1", "https://api.example.com/v1/things/t-1"],
    ["none.yaml", "/", "https://api.example.com/things/t-1"],
    ["trailing-slash.yaml", "https://api.example.org/v1", "https://api.example.org/v1/things/t-1"],
  ])("%s: the client's server is %s; snippets call %s", async (fixture, server, url) => {
    const { files } = await generate({ specPath: path.join(FIXTURES, "servers", fixture), root });
    const servers = files.find((f) => f.path.endsWith("servers.generated.ts"))!.contents;
    expect(servers).toContain(`[${JSON.stringify(server === "/" ? "" : server)}, {}]`);
    const snippets = JSON.parse(files.find((f) => f.path.endsWith("snippets.json"))!.contents);
    for (const snippet of snippets.filter((s: { lang: string }) => s.lang !== "typescript"))
      expect(snippet.source).toContain(url);
    // No x-sdk-token-env: the TypeScript snippet reads a neutral name, not Box's.
    const typescript = snippets.find((s: { lang: string }) => s.lang === "typescript");
    expect(typescript.source).toContain("token: process.env.API_TOKEN");
  });
});

describe("success responses the spec leaves open", () => {
  it("types none declared and a redirect-only download as unknown, raw bytes as Blob, and reads the download as bytes", async () => {
    const { files } = await generate({ specPath: path.join(FIXTURES, "responses.yaml"), root });
    const text = (suffix: string) => files.find((f) => f.path.endsWith(suffix))!.contents;
    expect(text("aliases.generated.ts")).toMatch(/export type PingResponse = unknown;/);
    expect(text("aliases.generated.ts")).toMatch(/export type DownloadFileResponse = unknown;/);
    expect(text("openapi.generated.ts")).toMatch(/"image\/png": Blob;/);
    expect(text("default.generated.ts")).toMatch(
      /downloadFileEndpoint, \{ id: id \}, options, "blob"/,
    );
  });
});

describe("the client's resources, as an editor's hover shows them", () => {
  it("an interface per resource: each method's doc comment right before its signature, plain path types", async () => {
    const { files, model } = await generate({
      specPath: path.join(FIXTURES, "request-kinds/openapi.yaml"),
      root,
    });
    const client = files.filter((f) => f.path.startsWith("packages/client/src/generated/"));
    const text = client.map((f) => f.contents).join("\n");
    for (const operation of model.operations) {
      const doc = operation.summary ?? `\`${operation.method.toUpperCase()}`;
      // Within one doc comment (never across a `*/`), then the signature on the next line.
      const inside = "(?:(?!\\*/)[\\s\\S])*?";
      const escaped = doc.replace(/[.*+?^${}()|[\]\\`]/g, "\\$&");
      const signature = new RegExp(
        `/\\*\\*${inside}${escaped}${inside}\\*/\\n  ${operation.methodName}\\(`,
      );
      expect(text, operation.key).toMatch(signature);
      // Its standalone function: the same doc comment, the client first.
      expect(text, operation.key).toMatch(
        new RegExp(
          `/\\*\\*${inside}${escaped}${inside}@param client ${inside}\\*/\\nexport function ${operation.methodName}\\(\\s*client: CoreClient,`,
        ),
      );
      for (const p of operation.pathParameters)
        if (
          (p.schema as { type?: string }).type === "string" &&
          !(p.schema as { enum?: unknown }).enum
        )
          expect(text).toMatch(
            new RegExp(`\\n  ${operation.methodName}\\(\\s*${p.argumentName}: string,`),
          );
    }
    expect(text).toMatch(/export interface ApiClient extends CoreClient \{/);
  });
});
