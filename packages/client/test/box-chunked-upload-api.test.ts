/**
 * The Box chunked-upload API itself, through the generated client: every request kind the seven
 * operations have, against a real server on 127.0.0.1 — a JSON body, raw bytes (Uint8Array,
 * ArrayBuffer, Blob, a Buffer that is a view into a larger pool) sent byte-exact with their
 * content type, required headers as the spec names them, optional query parameters, and
 * successes without a body (204, and 202 with Retry-After). These tests may name Box's
 * operations; the transport's own tests do not depend on them.
 */
import { Buffer } from "node:buffer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { SESSION, sendJson, startServer, type TestServer } from "./http-server.js";

interface Received {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
let server: TestServer;
const received: Received[] = [];
const FILES = { total_count: 1, entries: [{ id: "12345", type: "file", name: "video.mov" }] };
let commitAnswers: number[] = [];

beforeAll(async () => {
  server = await startServer(() => (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = request.url ?? "";
      received.push({
        method: request.method ?? "",
        url,
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      if (request.method === "DELETE") return response.writeHead(204).end();
      if (url.endsWith("/commit")) {
        const status = commitAnswers.shift() ?? 201;
        return status === 202
          ? response.writeHead(202, { "retry-after": "1" }).end()
          : sendJson(response, 201, FILES);
      }
      if (request.method === "PUT")
        return sendJson(response, 200, { part: { part_id: "6F2D3486", offset: 0, size: 4 } });
      if (url.includes("/parts")) return sendJson(response, 200, { entries: [], total_count: 0 });
      sendJson(response, request.method === "POST" ? 201 : 200, SESSION);
    });
  });
});
afterAll(() => server.close());

const box = () => createClient({ token: "t", baseUrl: `${server.origin}/api/2.0` });
const last = () => received.at(-1)!;

describe("JSON bodies", () => {
  it("create session sends its body as JSON, positionally", async () => {
    const session = await box().chunkedUploads.createFileUploadSession({
      folder_id: "0",
      file_size: 104857600,
      file_name: "Project.mov",
    });
    expect(session.id).toBe(SESSION.id);
    expect(last()).toMatchObject({ method: "POST", url: "/api/2.0/files/upload_sessions" });
    expect(last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(last().body.toString())).toEqual({
      folder_id: "0",
      file_size: 104857600,
      file_name: "Project.mov",
    });
  });

  it("a session for an existing file takes the file id, then the body", async () => {
    await box().chunkedUploads.createFileUploadSessionForExistingFile("12345", {
      file_size: 10,
    });
    expect(last()).toMatchObject({ method: "POST", url: "/api/2.0/files/12345/upload_sessions" });
    expect(JSON.parse(last().body.toString())).toEqual({ file_size: 10 });
  });
});

describe("binary bodies are sent byte-exact, with the spec's content type and headers", () => {
  const bytes = Uint8Array.from([0, 1, 254, 255, 10, 13]);
  const headers = { digest: "sha=abc=", "content-range": "bytes 0-5/6" };
  const pool = Buffer.from([9, 9, 9, ...bytes, 9, 9]);
  it.each([
    ["a Uint8Array", () => bytes],
    ["an ArrayBuffer", () => bytes.slice().buffer],
    ["a Blob", () => new Blob([bytes])],
    ["a Buffer viewing part of a larger one", () => pool.subarray(3, 3 + bytes.length)],
  ])("%s", async (_name, body) => {
    const part = await box().chunkedUploads.uploadFilePart("S1", body(), { headers });
    expect(part.part?.part_id).toBe("6F2D3486");
    expect(last()).toMatchObject({ method: "PUT", url: "/api/2.0/files/upload_sessions/S1" });
    expect(new Uint8Array(last().body)).toEqual(bytes);
    expect(last().headers).toMatchObject({
      "content-type": "application/octet-stream",
      digest: "sha=abc=",
      "content-range": "bytes 0-5/6",
    });
  });

  it("through the …ByUrl twin at a URL the API returned", async () => {
    const url = `${server.origin}/api/2.0/files/upload_sessions/S2`;
    await createClient({
      token: "t",
      baseUrl: `${server.origin}/api/2.0`,
    }).chunkedUploads.uploadFilePartByUrl(url, bytes, { headers });
    expect(last().url).toBe("/api/2.0/files/upload_sessions/S2");
    expect(new Uint8Array(last().body)).toEqual(bytes);
  });
});

describe("query parameters and body-less successes", () => {
  it("list parts sends offset and limit when given, and nothing when not", async () => {
    await box().chunkedUploads.getFileUploadSessionParts("S1", { query: { offset: 0, limit: 2 } });
    expect(last().url).toBe("/api/2.0/files/upload_sessions/S1/parts?offset=0&limit=2");
    await box().chunkedUploads.getFileUploadSessionParts("S1");
    expect(last().url).toBe("/api/2.0/files/upload_sessions/S1/parts");
  });

  it("abort resolves to undefined on 204", async () => {
    await expect(box().chunkedUploads.deleteFileUploadSessionById("S1")).resolves.toBeUndefined();
    expect(last()).toMatchObject({ method: "DELETE", url: "/api/2.0/files/upload_sessions/S1" });
  });

  it("commit resolves to undefined on 202 and to the files on 201, with the digest header", async () => {
    const parts = [{ part_id: "6F2D3486", offset: 0, size: 4, sha1: "x" }];
    commitAnswers = [202];
    const commit = () =>
      box().chunkedUploads.createFileUploadSessionCommit(
        "S1",
        { parts },
        { headers: { digest: "sha=whole=" } },
      );
    await expect(commit()).resolves.toBeUndefined();
    expect(last().headers.digest).toBe("sha=whole=");
    expect(JSON.parse(last().body.toString())).toEqual({ parts });
    await expect(commit()).resolves.toEqual(FILES);
  });
});

describe("the published types, as an editor's hover shows them", () => {
  it("document each method and type its path parameters plainly", async () => {
    const { readFile } = await import("node:fs/promises");
    const types = await readFile(new URL("../dist/index.d.ts", import.meta.url), "utf8");
    // The summary, URL and tags come right before the signature, in one doc comment.
    expect(types).toMatch(
      /\/\*\*\s+\* Get upload session\b[\s\S]*?`GET https:\/\/\{box-upload-server\}\/api\/2\.0\/files\/upload_sessions\/\{upload_session_id\}`[\s\S]*?@param uploadSessionId [\s\S]*?@throws \{ApiError\}[\s\S]*?\*\/\s+getFileUploadSessionById\(uploadSessionId: string, /,
    );
    expect(types).toMatch(/interface ChunkedUploadsResource \{/);
    expect(types).toMatch(/export \{[^}]*\btype ChunkedUploadsResource\b/);
    expect(types).toMatch(
      /interface ApiClient extends CoreClient \{[^}]*chunkedUploads: ChunkedUploadsResource;/,
    );
    // The standalone function carries the same docs, the client first among its parameters.
    expect(types).toMatch(
      /\/\*\*\s+\* Get upload session\b[\s\S]*?@param client [\s\S]*?@param uploadSessionId [\s\S]*?@throws \{ApiError\}[\s\S]*?\*\/\s+declare function getFileUploadSessionById\(client: CoreClient, uploadSessionId: string, /,
    );
  });
});
