/**
 * The client emitter's table of security schemes: a bearer-like scheme as its kind alone, and
 * every other kind with its name and the code that carries its credential (imported only
 * then), so that an API of bearer tokens bundles none of it.
 */
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build-model.js";
import { EMITTERS } from "../src/emit/emitters.js";
import { runInputs } from "../src/emit/emit-inputs.js";
import { inlineSpec } from "./inline-spec.js";

async function schemesOf(schemes: Record<string, unknown>) {
  const model = buildModel(
    inlineSpec({
      servers: [{ url: "https://api.example.com" }],
      components: { securitySchemes: schemes },
      paths: {
        "/things": {
          get: {
            operationId: "listThings",
            security: Object.keys(schemes).map((name) => ({ [name]: [] })),
            responses: { "204": { description: "None." } },
          },
        },
      },
    }),
  );
  const client = EMITTERS.find((e) => e.name === "client")!;
  const servers = (await client.emit(model, runInputs(model)(client))).find((f) =>
    f.path.endsWith("servers.generated.ts"),
  )!.contents;
  return servers;
}

describe("the emitted security schemes", () => {
  it("keys and basic credentials come with their carrier, the kind and the name first", async () => {
    const servers = await schemesOf({
      Basic: { type: "http", scheme: "basic" },
      Key: { type: "apiKey", in: "header", name: "X-Key" },
      Session: { type: "apiKey", in: "cookie", name: "sid" },
    });
    expect(servers).toContain('import { carryCredential } from "../runtime/keyed-credentials.js";');
    const table = /export const SCHEMES: Record<string, Scheme> = (\{[^;]*\});/.exec(servers)![1]!;
    expect(JSON.parse(table.replaceAll("carryCredential", '"carry"'))).toEqual({
      Basic: ["basic", "Basic", "carry"],
      Key: ["header", "X-Key", "carry"],
      Session: ["cookie", "sid", "carry"],
    });
  });

  it("a bearer-only API imports no carrier", async () => {
    const servers = await schemesOf({ Token: { type: "http", scheme: "bearer" } });
    expect(servers).not.toContain("carryCredential");
    expect(servers).toMatch(/SCHEMES: Record<string, Scheme> = \{\s*"?Token"?: \["bearer"\]\s*\}/);
  });
});
