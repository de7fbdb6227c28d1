/**
 * One answer to "what does this scheme's credential travel in", read by all: for each kind of
 * scheme, what the generated client is told to send, what a snippet's request carries, and
 * whether the mock accepts that request and refuses one without it. A scheme the packages
 * cannot send (HTTP digest) or that no request carries (mutualTLS) is sent by none of them and
 * checked by none, rather than guessed at as a bearer token.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type ApiModel,
  buildModel,
  EMITTERS,
  type GeneratedFile,
  loadSpec,
  type OperationModel,
  runInputs,
  snippetRequest,
} from "@chunked-uploads/codegen";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";

const SCHEMES = {
  bearer: { type: "http", scheme: "bearer" },
  oauth: { type: "oauth2", flows: {} },
  basic: { type: "http", scheme: "basic" },
  header: { type: "apiKey", in: "header", name: "X-Api-Key" },
  query: { type: "apiKey", in: "query", name: "api_key" },
  cookie: { type: "apiKey", in: "cookie", name: "session" },
  digest: { type: "http", scheme: "digest" },
  tls: { type: "mutualTLS" },
};

let model: ApiModel;
let mock: Mock;
beforeAll(async () => {
  const paths = Object.fromEntries(
    Object.keys(SCHEMES).map((name) => [
      `/${name}`,
      {
        get: {
          operationId: `get_${name}`,
          security: [{ [name]: [] }],
          responses: { 204: { description: "ok" } },
        },
      },
    ]),
  );
  const dir = await mkdtemp(path.join(tmpdir(), "carriers-"));
  try {
    const file = path.join(dir, "openapi.json");
    await writeFile(
      file,
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        servers: [{ url: "https://api.example.com" }],
        paths,
        components: { securitySchemes: SCHEMES },
      }),
    );
    model = buildModel(await loadSpec(file));
    mock = await startMock({ spec: file });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** The generated client's files, as `pnpm generate` writes them. */
function emitClient(built: ApiModel): GeneratedFile[] {
  const client = EMITTERS.find((emitter) => emitter.name === "client")!;
  return client.emit(built, runInputs(built)(client)) as GeneratedFile[];
}
afterAll(() => mock?.close());

const operation = (name: string): OperationModel =>
  model.operations.find((o) => o.path === `/${name}`)!;

/** The snippet's request for the operation, sent to the mock: its status. */
async function sendAsSnippet(name: string, withCredential: boolean): Promise<number> {
  const request = snippetRequest(model, operation(name));
  const headers = new Headers(withCredential ? request.headers : []);
  if (withCredential && request.bearer) headers.set("authorization", "Bearer t");
  const url = new URL(withCredential ? request.url : request.url.replace(/\?.*$/, ""));
  const response = await fetch(`${mock.url}${url.pathname}${url.search}`, { headers });
  await response.arrayBuffer();
  return response.status;
}

describe("each scheme's carrier, as client, snippets and mock read it", () => {
  it.each([
    ["bearer", ["bearer"], true],
    ["oauth", ["bearer"], true],
    ["basic", ["basic"], true],
    ["header", ["header", "X-Api-Key"], true],
    ["query", ["query", "api_key"], true],
    ["cookie", ["cookie", "session"], true],
    ["digest", undefined, false],
    ["tls", undefined, false],
  ])(
    "%s: the client sends %j; a request without it refused: %s",
    async (name, clientScheme, checked) => {
      const servers = emitClient(model).find((file) => file.path.endsWith("servers.generated.ts"))!;
      // Every kind but a bearer token comes with its carrier (read here as its name), after
      // its name (HTTP basic's: the scheme's own).
      const schemes = JSON.parse(
        /SCHEMES: Record<string, Scheme> = (.*);\n/
          .exec(servers.contents)![1]!
          .replaceAll("carryCredential", '"carryCredential"'),
      );
      expect(schemes[name]).toEqual(
        clientScheme && clientScheme[0] !== "bearer"
          ? [clientScheme[0], clientScheme[1] ?? name, "carryCredential"]
          : clientScheme,
      );
      // A scheme the client does not send leaves its requirement empty: nothing is asked for.
      const resource = emitClient(model)
        .map((file) => file.contents)
        .join("\n");
      const endpoint = new RegExp(
        `const get${name[0]!.toUpperCase()}${name.slice(1)}Endpoint: Operation = (.*);`,
      );
      const own = JSON.parse(
        endpoint.exec(resource)![1]!.replace(/\b(styledParams|formBody)\b/g, "null"),
      )[4];
      const fallback = JSON.parse(/SECURITY: string\[\]\[\] = (.*);\n/.exec(servers.contents)![1]!);
      const security = own ?? fallback;
      expect(security).toEqual(clientScheme === undefined ? [[]] : [[name]]);
      expect(await sendAsSnippet(name, true)).toBe(204);
      expect(await sendAsSnippet(name, false)).toBe(checked ? 400 : 204);
    },
  );

  it("warns of the one it cannot send, and only that one", () => {
    expect(model.warnings).toEqual([
      expect.stringMatching(
        /securitySchemes\/digest: security scheme "digest" is the HTTP scheme "digest"/,
      ),
    ]);
  });
});
