/** Path parameters cannot change the path; the token goes only where it may; it never leaks into errors. */
import { inspect } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiError, createClient } from "../src/index.js";
import { serializePath } from "../src/runtime/params.js";
import { SESSION, sendJson, startServer, type TestServer } from "./http-server.js";
import { LEAK_TOKEN, LEAKS, leakRoute, NASTY, REFUSED, REFUSED_SEGMENTS } from "./safety-cases.js";

const TEMPLATE = "https://upload.box.com/api/2.0/files/upload_sessions/{upload_session_id}";

describe("path parameters stay inside their segment", () => {
  const check = (value: string) => {
    if (value === "" || value === "." || value === "..") {
      expect(() => serializePath(TEMPLATE, { upload_session_id: value })).toThrow(TypeError);
      return;
    }
    const url = new URL(serializePath(TEMPLATE, { upload_session_id: value }));
    const segments = url.pathname.split("/");
    expect(segments.slice(0, -1)).toEqual(["", "api", "2.0", "files", "upload_sessions"]);
    expect(decodeURIComponent(segments.at(-1)!)).toBe(value);
    expect(url.host).toBe("upload.box.com");
    expect(url.search).toBe("");
    expect(url.hash).toBe("");
  };

  it.each(NASTY)("%j", check);

  it("for any string (property)", () => {
    const pieces = fc.constantFrom(
      ".",
      "..",
      "/",
      "\\",
      "%",
      "%2e",
      "%2E",
      "%2f",
      "?",
      "#",
      " ",
      "@",
      ":",
      ";",
      "ü",
      "💥",
      "\u0000",
      "\n",
    );
    const value = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc
        .array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 8 })
        .map((parts) => parts.join("")),
    );
    fc.assert(fc.property(value, check), { numRuns: 2000 });
  });

  it("a lone surrogate is refused, not sent mangled", () => {
    expect(() => serializePath(TEMPLATE, { upload_session_id: "a\ud800" })).toThrow(URIError);
  });

  it("a missing path parameter is an error, not the string 'undefined'", () => {
    expect(() => serializePath(TEMPLATE, {})).toThrow(
      /path parameter upload_session_id is required/,
    );
  });
});

describe("through a real server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(() => (_q, response) => sendJson(response, 200, SESSION));
  });
  afterAll(() => server.close());

  it.each(NASTY.filter((v) => !REFUSED_SEGMENTS.includes(v)))(
    "%j arrives as one segment",
    async (value) => {
      const box = createClient({ baseUrl: `${server.origin}/api/2.0`, token: "t" });
      await box.chunkedUploads.getFileUploadSessionById(value);
      const path = server.requests.at(-1)!.rawPath;
      expect(path.startsWith("/api/2.0/files/upload_sessions/")).toBe(true);
      const last = path.slice("/api/2.0/files/upload_sessions/".length);
      expect(last).not.toMatch(/[/?#]/);
      expect(decodeURIComponent(last)).toBe(value);
    },
  );

  it.each(REFUSED_SEGMENTS)("%j is refused before anything is sent", async (value) => {
    const before = server.requests.length;
    const box = createClient({ baseUrl: `${server.origin}/api/2.0`, token: "t" });
    await expect(box.chunkedUploads.getFileUploadSessionById(value)).rejects.toThrow(
      /would change the request path/,
    );
    expect(server.requests.length).toBe(before);
  });
});

describe("the token goes only over https to allowed hosts", () => {
  const seen: Request[] = [];
  const box = (options = {}) =>
    createClient({
      token: "t0k3n",
      fetch: async (request) => {
        seen.push(request);
        return Response.json(SESSION);
      },
      ...options,
    });

  it("by default to the spec's server, with the server variable at its default", async () => {
    await box().chunkedUploads.getFileUploadSessionById("ABC");
    expect(seen.at(-1)!.url).toBe("https://upload.box.com/api/2.0/files/upload_sessions/ABC");
    expect(seen.at(-1)!.headers.get("authorization")).toBe("Bearer t0k3n");
  });

  it("to the host the caller chose with serverVariables", async () => {
    await box({
      serverVariables: { "box-upload-server": "upload.eu.example.org" },
    }).chunkedUploads.getFileUploadSessionById("ABC");
    expect(seen.at(-1)!.url).toBe(
      "https://upload.eu.example.org/api/2.0/files/upload_sessions/ABC",
    );
  });

  it("to a Box upload host named by the API (…ByUrl)", async () => {
    await box().chunkedUploads.getFileUploadSessionByUrl(
      "https://upload-las.app.box.com/api/2.0/files/upload_sessions/F97%2F1",
    );
    expect(seen.at(-1)!.url).toBe(
      "https://upload-las.app.box.com/api/2.0/files/upload_sessions/F97%2F1",
    );
    expect(seen.at(-1)!.headers.get("authorization")).toBe("Bearer t0k3n");
  });

  it.each(REFUSED)("refuses %s", async (_name, url, errorClass) => {
    const before = seen.length;
    await expect(box().chunkedUploads.getFileUploadSessionByUrl(url)).rejects.toBeInstanceOf(
      errorClass,
    );
    expect(seen.length).toBe(before);
  });

  it.each([
    [
      "http on a public host",
      { baseUrl: "http://upload.box.com/api/2.0" },
      /baseUrl must be https/,
    ],
    ["a negative maxRetries", { maxRetries: -1 }, /maxRetries must be a whole number ≥ 0, got -1/],
    ["a zero timeout", { timeoutMs: 0 }, /timeoutMs must be a whole number ≥ 1, got 0/],
    ["a baseUrl that is not a URL", { baseUrl: "upload.box.com" }, /Invalid URL/],
  ])("rejects %s at createClient", (_name, options, message) => {
    expect(() => createClient(options)).toThrow(message);
  });

  it("refuses a token with a line break instead of sending or echoing it", async () => {
    const error = await box({ token: "abc\r\nX-Evil: 1" })
      .chunkedUploads.getFileUploadSessionById("ABC")
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain("abc");
  });
});

describe("the token never appears in an error", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(leakRoute);
  });
  afterAll(() => server.close());

  it.each(LEAKS)("%s", async (_name, id, errorClass) => {
    const box = createClient({
      baseUrl: `${server.origin}/api/2.0`,
      token: async () => LEAK_TOKEN,
      maxRetries: 0,
      // Only the row about a timeout may run out of time: the server never answers it.
      ...(id === "hang" && { timeoutMs: 1000 }),
    });
    const error = (await box.chunkedUploads
      .getFileUploadSessionById(id)
      .catch((e: Error) => e)) as Error;
    expect(error).toBeInstanceOf(errorClass);
    for (const view of [
      error.message,
      error.stack,
      JSON.stringify(error),
      inspect(error, { depth: Infinity, showHidden: true }),
      JSON.stringify((error as ApiError).body ?? ""),
    ]) {
      expect(view).not.toContain(LEAK_TOKEN);
    }
    if (id === "html" || id === "json")
      expect(JSON.stringify((error as ApiError).body)).toContain("[redacted]");
  });

  it("nor in the refusal to send it", async () => {
    const box = createClient({ token: LEAK_TOKEN });
    const error = await box.chunkedUploads
      .getFileUploadSessionByUrl("https://evil.example.com/api/2.0/files/upload_sessions/x")
      .catch((e: Error) => e);
    expect(inspect(error, { depth: Infinity, showHidden: true })).not.toContain(LEAK_TOKEN);
  });
});
