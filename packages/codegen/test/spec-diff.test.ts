import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  buildModel,
  bumpOf,
  changesetFor,
  declaredBumps,
  diffModels,
  ENUM_POLICY,
  loadSpec,
  RELEASED_PACKAGES,
  verifyChangesets,
  type Bump,
} from "../src/index.js";
import { ONE_OPERATION_SPEC } from "./helpers.js";

// biome-ignore lint/suspicious/noExplicitAny: the rows edit spec documents of any shape
type Spec = Record<string, any>;
const OP = "/files/upload_sessions/{upload_session_id}";
const get = (s: Spec) => s.paths[OP].get;
const session = (s: Spec) => s.components.schemas.UploadSession;
/** The GET operation again as a PUT of its own name, with a request body. */
const putWith = (s: Spec, requestBody: object) => ({
  ...get(s),
  operationId: "put_op",
  "x-sdk-method-name": "putOp",
  requestBody,
});
const error = (s: Spec) => s.components.schemas.ClientError;
const param = (name: string, where: string, required: boolean) => ({
  name,
  in: where,
  required,
  schema: { type: "string" },
  example: "x",
});
const body = (required: string[] = []) => ({
  required: true,
  content: {
    "application/json": {
      schema: {
        type: "object",
        required,
        properties: { note: { type: "string" }, size: { type: "integer" } },
      },
    },
  },
});

interface Row {
  /** Changes both sides start from (so that the head can change something the spec lacks). */
  base?: (s: Spec) => void;
  head: (s: Spec) => void;
  want: Bump | undefined;
  /** A change message that must be reported. */
  says?: RegExp;
}

const rows: Record<string, Row> = {
  "an operation removed": {
    head: (s) => delete s.paths[OP],
    want: "major",
    says: /operation get_files_upload_sessions_id .* removed/,
  },
  "an operation's path renamed": {
    head: (s) => {
      s.paths["/files/sessions/{upload_session_id}"] = s.paths[OP];
      delete s.paths[OP];
    },
    want: "major",
    says: /moved to GET \/files\/sessions/,
  },
  "an operation's method changed": {
    head: (s) => {
      s.paths[OP].post = get(s);
      delete s.paths[OP].get;
    },
    want: "major",
    says: /moved to POST/,
  },
  "a response field removed": {
    head: (s) => delete session(s).properties.total_parts,
    want: "major",
    says: /response field total_parts removed/,
  },
  "a nested response field removed": {
    head: (s) => delete session(s).properties.session_endpoints.properties.status,
    want: "major",
    says: /session_endpoints: response field status removed/,
  },
  "an enum value removed": {
    head: (s) =>
      error(s).properties.code.enum.splice(error(s).properties.code.enum.indexOf("not_found"), 1),
    want: "major",
    says: /enum value "not_found" removed/,
  },
  "a server changed": {
    head: (s) => (get(s).servers[0].url = "https://{box-upload-server}/api/3.0"),
    want: "major",
    says: /server https:\/\/\{box-upload-server\}\/api\/2\.0 removed/,
  },
  "a server variable's default changed": {
    head: (s) => (get(s).servers[0].variables["box-upload-server"].default = "upload.app.box.com"),
    want: "major",
    says: /default upload\.box\.com → upload\.app\.box\.com/,
  },
  "an optional parameter made required": {
    base: (s) => get(s).parameters.push(param("fields", "query", false)),
    head: (s) => (get(s).parameters.find((p: Spec) => p.name === "fields").required = true),
    want: "major",
    says: /query fields parameter made required/,
  },
  "a required header parameter added": {
    head: (s) => get(s).parameters.push(param("x-box-trace", "header", true)),
    want: "major",
    says: /required header x-box-trace parameter added/,
  },
  "a request field made required": {
    // On a PUT: fetch cannot send a GET's body, so the model leaves one out.
    base: (s) => (s.paths[OP].put = putWith(s, body())),
    head: (s) => (s.paths[OP].put = putWith(s, body(["note"]))),
    want: "major",
    says: /request field note made required/,
  },
  "a field's type changed": {
    head: (s) => (session(s).properties.part_size = { type: "string" }),
    want: "major",
    says: /part_size: type integer → string/,
  },
  "a field's type narrowed": {
    base: (s) => (session(s).properties.total_parts = { type: "number" }),
    head: (s) => (session(s).properties.total_parts = { type: "integer" }),
    want: "major",
    says: /total_parts: type number → integer/,
  },
  "a field's format changed": {
    head: (s) => (session(s).properties.total_parts.format = "int64"),
    want: "major",
    says: /format int32 → int64/,
  },
  "the SDK method name changed": {
    head: (s) => (get(s)["x-sdk-method-name"] = "getUploadSession"),
    want: "major",
    says: /renamed to chunkedUploads\.getUploadSession/,
  },
  "a generated type name changed": {
    head: (s) => {
      s.components.schemas.Session = session(s);
      delete s.components.schemas.UploadSession;
      get(s).responses["200"].content["application/json"].schema.$ref =
        "#/components/schemas/Session";
    },
    want: "major",
    says: /generated type UploadSession removed or renamed/,
  },
  "the success response removed": {
    head: (s) => {
      get(s).responses["201"] = get(s).responses["200"];
      delete get(s).responses["200"];
    },
    want: "major",
    says: /response 200 removed/,
  },
  "an operation added": {
    head: (s) =>
      (s.paths["/files/upload_sessions/{upload_session_id}/parts"] = {
        get: {
          ...structuredClone(get(s)),
          operationId: "get_parts",
          "x-sdk-method-name": "getFileUploadSessionParts",
        },
      }),
    want: "minor",
    says: /operation get_parts .* added/,
  },
  "an optional parameter added": {
    head: (s) => get(s).parameters.push(param("fields", "query", false)),
    want: "minor",
    says: /optional query fields parameter added/,
  },
  "a response field added": {
    head: (s) => (session(s).properties.file_id = { type: "string" }),
    want: "minor",
    says: /response field file_id added/,
  },
  // The policy: response enums are closed unions in the generated types, so a value added to
  // one breaks an exhaustive switch over it; a value added to a request only widens what
  // callers may send.
  "an enum value added to a response": {
    head: (s) => error(s).properties.code.enum.push("session_expired"),
    want: "major",
    says: /enum value "session_expired" added/,
  },
  "an enum value added to a request parameter": {
    base: (s) =>
      get(s).parameters.push({ ...param("sort", "query", false), schema: { enum: ["a", "b"] } }),
    head: (s) => get(s).parameters.at(-1).schema.enum.push("c"),
    want: "minor",
    says: /query sort parameter: enum value "c" added/,
  },
  "an enum value added to a component that a request and a response both use": {
    base: (s) => {
      s.components.schemas.Kind = { type: "string", enum: ["a", "b"] };
      session(s).properties.kind = { $ref: "#/components/schemas/Kind" };
      s.paths[OP].put = putWith(s, {
        content: { "application/json": { schema: { $ref: "#/components/schemas/Kind" } } },
      });
    },
    head: (s) => s.components.schemas.Kind.enum.push("c"),
    want: "major",
    says: /^schema Kind: enum value "c" added$/m,
  },
  "an operation deprecated": {
    head: (s) => (get(s).deprecated = true),
    want: "minor",
    says: /deprecated/,
  },
  "a description changed": {
    head: (s) => (get(s).description = "Returns an upload session."),
    want: "patch",
    says: /description changed/,
  },
  "a summary changed": {
    head: (s) => (get(s).summary = "Get an upload session"),
    want: "patch",
    says: /summary changed/,
  },
  "a response example changed": {
    head: (s) => (get(s).responses["200"].content["application/json"].example.total_parts = 2000),
    want: "patch",
    says: /response 200 example changed/,
  },
  "a parameter example changed": {
    head: (s) => (get(s).parameters[0].example = "ABC123"),
    want: "patch",
    says: /path upload_session_id parameter example changed/,
  },
  "a field description changed": {
    head: (s) => (session(s).properties.id.description = "The session's id."),
    want: "patch",
    says: /UploadSession\.id: description changed/,
  },
  "nothing but YAML comments and layout": { head: () => {}, want: undefined },
};

async function modelOf(spec: Spec) {
  const dir = await mkdtemp(path.join(tmpdir(), "spec-diff-"));
  try {
    await writeFile(path.join(dir, "openapi.yaml"), stringify(spec));
    return buildModel(await loadSpec(path.join(dir, "openapi.yaml")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("spec diff → semver", () => {
  it.each(Object.entries(rows))("%s", async (_name, row) => {
    const original = parse(await readFile(ONE_OPERATION_SPEC, "utf8")) as Spec;
    row.base?.(original);
    const changed = structuredClone(original);
    row.head(changed);
    const changes = diffModels(await modelOf(original), await modelOf(changed));
    expect(bumpOf(changes), JSON.stringify(changes, null, 1)).toBe(row.want);
    if (row.says)
      expect(changes.map((c) => `${c.where}: ${c.message}`).join("\n")).toMatch(row.says);
  });
});

describe("changesets from the diff", () => {
  const changes = [
    {
      level: "minor" as const,
      where: "schema UploadSession",
      message: "UploadSession: response field file_id added",
    },
    { level: "patch" as const, where: "GET /x", message: "summary changed" },
  ];

  it("writes one for every released package with the needed bump and a readable summary", () => {
    const { fileName, contents } = changesetFor(changes, "@chunked-uploads/types@1.0.0");
    expect(fileName).toMatch(/^spec-[0-9a-f]{8}\.md$/);
    expect(RELEASED_PACKAGES).toContain("@chunked-uploads/client");
    expect([...declaredBumps(contents)]).toEqual(RELEASED_PACKAGES.map((name) => [name, "minor"]));
    expect(contents).toContain(
      "- **minor** — `schema UploadSession`: UploadSession: response field file_id added",
    );
    expect(contents).toContain("- **patch** — `GET /x`: summary changed");
    expect(contents).not.toContain(ENUM_POLICY);
  });

  it("says in the release notes why a value added to a response enum is major", () => {
    const enumAdded = [
      {
        level: "major" as const,
        where: "schema ClientError",
        message: 'code: enum value "x" added',
      },
    ];
    const { contents } = changesetFor(enumAdded, "main");
    expect([...declaredBumps(contents)][0]).toEqual(["@chunked-uploads/types", "major"]);
    expect(contents).toContain(ENUM_POLICY);
  });

  it.each([
    ["no changes, no changesets", [], [], []],
    ["changes without a changeset", changes, [], [/no pending changeset/]],
    [
      "a patch declared for a minor change",
      changes,
      [`---\n${RELEASED_PACKAGES.map((name) => `"${name}": patch`).join("\n")}\n---\n\nfix`],
      RELEASED_PACKAGES.map(
        (name) =>
          new RegExp(
            `${name}: the spec changes need a minor release, the pending changesets declare patch`,
          ),
      ),
    ],
    [
      "every package but two left out",
      changes,
      ['---\n"@chunked-uploads/types": minor\n"@chunked-uploads/client": major\n---\n'],
      RELEASED_PACKAGES.filter((name) => !/\/(types|client)$/.test(name)).map(
        (name) => new RegExp(`${name}: .* declare none`),
      ),
    ],
    [
      "enough, across two changesets",
      changes,
      ['---\n"@chunked-uploads/types": patch\n---\n', changesetFor(changes, "main").contents],
      [],
    ],
  ] as const)("verify: %s", (_name, diff, pending, problems) => {
    const found = verifyChangesets([...diff], [...pending]);
    expect(found).toHaveLength(problems.length);
    for (const [i, pattern] of problems.entries()) expect(found[i]).toMatch(pattern);
  });
});
