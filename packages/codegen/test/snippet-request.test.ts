/**
 * What a snippet's request carries for each kind of security scheme a spec declares, read from
 * the operation's first security requirement, as placeholders the reader replaces.
 */
import { describe, expect, it } from "vitest";
import { snippetRequest } from "../src/index.js";
import { withSpec } from "./helpers.js";

function requestFor(security: unknown) {
  const document = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    servers: [{ url: "https://api.example.com" }],
    paths: { "/x": { get: { security, responses: { "204": { description: "ok" } } } } },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        basic: { type: "http", scheme: "basic" },
        oauth: { type: "oauth2", flows: {} },
        header: { type: "apiKey", in: "header", name: "X-Api-Key" },
        query: { type: "apiKey", in: "query", name: "api_key" },
        cookie: { type: "apiKey", in: "cookie", name: "session" },
      },
    },
  };
  return withSpec(document, (model) => snippetRequest(model, model.operations[0]!));
}

describe("snippet credentials", () => {
  it.each([
    ["http bearer", [{ bearer: [] }], { bearer: true, headers: [] }],
    ["OAuth 2 (a Bearer token)", [{ oauth: ["read"] }], { bearer: true, headers: [] }],
    [
      "http basic",
      [{ basic: [] }],
      { bearer: false, headers: [["Authorization", "Basic <BASE64_USERNAME_COLON_PASSWORD>"]] },
    ],
    [
      "an API key in a header",
      [{ header: [] }],
      { bearer: false, headers: [["X-Api-Key", "<API_KEY>"]] },
    ],
    [
      "an API key in a cookie",
      [{ cookie: [] }],
      { bearer: false, headers: [["Cookie", "session=<API_KEY>"]] },
    ],
    [
      "two schemes together",
      [{ header: [], bearer: [] }],
      { bearer: true, headers: [["X-Api-Key", "<API_KEY>"]] },
    ],
    [
      "the first of two alternatives",
      [{ basic: [] }, { bearer: [] }],
      { bearer: false, headers: [["Authorization", "Basic <BASE64_USERNAME_COLON_PASSWORD>"]] },
    ],
    ["security: [] (public)", [], { bearer: false, headers: [] }],
  ])("%s", async (_name, security, want) => {
    expect(await requestFor(security)).toMatchObject({ ...want, url: "https://api.example.com/x" });
  });

  it("an API key in the query", async () => {
    expect((await requestFor([{ query: [] }])).url).toBe(
      "https://api.example.com/x?api_key=%3CAPI_KEY%3E",
    );
  });
});
