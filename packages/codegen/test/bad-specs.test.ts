import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, scratchRoot, snapshotTree } from "./helpers.js";

/** A small valid spec; each case below breaks one thing. */
function spec({ openapi = "3.1.0", paths = VALID_PATHS, schemas = VALID_SCHEMAS } = {}): string {
  return `openapi: ${openapi}\ninfo: { title: t, version: "1" }\npaths:\n${paths}\ncomponents:\n  schemas:\n${schemas}`;
}
const VALID_PATHS = `  /things/{id}:
    get:
      operationId: get_thing
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
`;
const VALID_SCHEMAS = `    Thing:
      type: object
      properties:
        id: { type: string }
`;

interface Case {
  /** File name of the spec (its extension matters for JSON). */
  file?: string;
  /** Spec text; `undefined` means the file does not exist. */
  given: string | undefined;
  /** Patterns the error output must match (the message, the file, the pointer or line). */
  want: RegExp[];
}

const cases: Array<[string, Case]> = [
  [
    "invalid YAML",
    {
      given: "openapi: 3.1.0\ninfo: { title: t\npaths: {}\n",
      want: [/invalid YAML/, /spec\.yaml:\d+:\d+/],
    },
  ],
  [
    "invalid JSON",
    {
      file: "spec.json",
      given: '{ "openapi": "3.1.0", "info": }',
      want: [/invalid JSON/, /spec\.json:1:\d+/],
    },
  ],
  [
    "a YAML list, not a document",
    {
      given: "- one\n- two\n",
      want: [/not an OpenAPI document: expected a mapping/, /spec\.yaml #/],
    },
  ],
  [
    "a non-OpenAPI mapping",
    {
      given: "name: my-package\nversion: 1.0.0\n",
      want: [/not an OpenAPI document: it has no `openapi` field/, /name, version/],
    },
  ],
  [
    "Swagger 2.0",
    {
      given: 'swagger: "2.0"\ninfo: { title: t, version: "1" }\npaths: {}\n',
      want: [/unsupported version: Swagger 2\.0/, /spec\.yaml:1:\d+ #\/swagger/],
    },
  ],
  [
    "OpenAPI 4.0",
    {
      given: spec({ openapi: "4.0.0" }),
      want: [/unsupported version: openapi "4\.0\.0"/, /#\/openapi/],
    },
  ],
  [
    "a dangling local $ref",
    {
      given: spec({
        paths: VALID_PATHS.replace("#/components/schemas/Thing", "#/components/schemas/Nothing"),
      }),
      want: [
        /dangling \$ref/,
        /#\/components\/schemas\/Nothing/,
        /~1things~1\{id\}\/get\/responses\/200/,
      ],
    },
  ],
  [
    "a dangling external $ref",
    {
      given: spec({ paths: VALID_PATHS.replace('"#/components/schemas/Thing"', "./missing.yaml") }),
      want: [
        /dangling \$ref "\.\/missing\.yaml": file input\/missing\.yaml does not exist/,
        /spec\.yaml:\d+:\d+ #\/paths\/~1things~1\{id\}\/get\/responses\/200/,
      ],
    },
  ],
  [
    "a duplicate operationId",
    {
      given: spec({ paths: VALID_PATHS + VALID_PATHS.replace("/things/{id}", "/others/{id}") }),
      want: [
        /duplicate operationId "get_thing"/,
        /#\/paths\/~1others~1\{id\}\/get\/operationId/,
        /see also .*#\/paths\/~1things~1\{id\}\/get\/operationId/,
      ],
    },
  ],
  [
    "a path template parameter that is not declared",
    {
      given: spec({ paths: VALID_PATHS.replace("/things/{id}", "/things/{id}/parts/{part}") }),
      want: [
        /path template parameter \{part\} in \/things\/\{id\}\/parts\/\{part\} is not declared/,
        /spec\.yaml:\d+:\d+ #\/paths\/~1things~1\{id\}~1parts~1\{part\}\/get/,
      ],
    },
  ],
  [
    "a declared path parameter missing from the template",
    {
      given: spec({ paths: VALID_PATHS.replace("/things/{id}", "/things") }),
      want: [
        /path parameter "id" is declared but \/things has no \{id\}/,
        /#\/paths\/~1things\/get\/parameters\/0/,
      ],
    },
  ],
  [
    "an operation without responses (OpenAPI 3.0 requires them; 3.1 does not)",
    {
      given: spec({
        openapi: "3.0.3",
        paths: VALID_PATHS.replace(/ {6}responses:[\s\S]*/, ""),
      }),
      want: [/operation has no `responses`/, /#\/paths\/~1things~1\{id\}\/get/],
    },
  ],
  [
    "an x-sdk-token-env that is not an environment variable name",
    {
      given: spec().replace("paths:", 'x-sdk-token-env: "my token"\npaths:'),
      want: [
        /x-sdk-token-env must be an environment variable name, got "my token"/,
        /#\/x-sdk-token-env/,
      ],
    },
  ],
  [
    "a schema type that does not exist",
    {
      given: spec({
        schemas: VALID_SCHEMAS.replace("id: { type: string }", "id: { type: strin }"),
      }),
      want: [
        /schema type "strin" does not exist in OpenAPI 3\.1/,
        /spec\.yaml:\d+:\d+ #\/components\/schemas\/Thing\/properties\/id\/type/,
      ],
    },
  ],
  [
    "a 3.1 type list in a 3.0 spec",
    {
      given: spec({
        openapi: "3.0.3",
        schemas: VALID_SCHEMAS.replace("id: { type: string }", "id: { type: [string, 'null'] }"),
      }),
      want: [/need OpenAPI 3\.1/, /#\/components\/schemas\/Thing\/properties\/id\/type/],
    },
  ],
  [
    "a security requirement naming a scheme that is not declared",
    {
      given: spec({
        paths: VALID_PATHS.replace(
          "operationId: get_thing",
          "operationId: get_thing\n      security: [{ api_key: [] }]",
        ),
      }),
      want: [
        /names the scheme "api_key", which components\.securitySchemes does not declare/,
        /spec\.yaml:\d+:\d+ #\/paths\/~1things~1\{id\}\/get\/security\/0\/api_key/,
      ],
    },
  ],
  [
    "several kinds of problem at once: every one is reported in the one run",
    {
      given: spec({
        paths:
          VALID_PATHS.replace("#/components/schemas/Thing", "#/components/schemas/Missing") +
          VALID_PATHS.replace("/things/{id}", "/others/{id}")
            .replace("- { name: id, in: path, required: true, schema: { type: string } }", "")
            .replace("parameters:", "security: [{ nope: [] }]\n      parameters: []"),
      }),
      want: [
        /the spec has 4 problems/,
        /spec\.yaml:\d+:\d+ #\/paths\/~1things~1\{id\}\/get\/responses\/200\/content\/application~1json\/schema: dangling \$ref "#\/components\/schemas\/Missing"/,
        /#\/paths\/~1others~1\{id\}\/get\/security\/0\/nope: security requirement names the scheme "nope"/,
        /#\/paths\/~1others~1\{id\}\/get\/operationId: duplicate operationId "get_thing"/,
        /#\/paths\/~1others~1\{id\}\/get: path template parameter \{id\}/,
      ],
    },
  ],
  ["a missing spec file", { given: undefined, want: [/spec file not found/, /spec\.yaml #/] }],
  ["an empty file", { given: "  \n\n", want: [/spec file is empty/] }],
  [
    "two operations with the same generated name",
    {
      given: spec({
        paths:
          VALID_PATHS +
          VALID_PATHS.replace("/things/{id}", "/others/{id}").replace("get_thing", "getThing"),
      }),
      want: [
        /two operations would get the same generated name "getThing"/,
        /#\/paths\/~1others~1\{id\}\/get/,
        /see also .*#\/paths\/~1things~1\{id\}\/get/,
      ],
    },
  ],
];

describe("a broken spec fails clearly and changes no file", () => {
  let root: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ root, cleanup } = await scratchRoot()));
  afterEach(() => cleanup());

  it.each(cases)("%s", async (_name, { file = "spec.yaml", given, want }) => {
    const specPath = path.join(root, "input", file);
    await mkdir(path.dirname(specPath), { recursive: true });
    if (given !== undefined) await writeFile(specPath, given);
    const before = await snapshotTree(root);

    const { code, stdout, stderr } = await runCli(["--spec", specPath, "--root", root]);

    expect(code).toBe(1);
    for (const pattern of want) expect(stderr).toMatch(pattern);
    expect(stderr).toMatch(/No files were written\./);
    expect(stdout).not.toMatch(/wrote/);
    expect(await snapshotTree(root)).toEqual(before);
  });
});

describe("bad arguments", () => {
  it.each([
    ["an unknown flag", ["--spc", "x.yaml"], /Unknown option '--spc'/],
    ["--check with --watch", ["--check", "--watch"], /cannot be combined/],
    ["--spec without a value", ["--spec"], /argument missing|--spec/],
  ])("%s exits 2 with usage", async (_name, args, pattern) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(pattern);
    expect(stderr).toMatch(/usage: pnpm generate/);
  });
});
