/** The built package as a downstream user gets it: ESM and CJS, and no Node-only APIs at run time. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { startMock } from "@chunked-uploads/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION, sendJson, startServer, type TestServer } from "./http-server.js";

const require = createRequire(import.meta.url);
const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

let server: TestServer;
beforeAll(async () => {
  server = await startServer(
    () => (request, response) =>
      sendJson(response, 200, { ...SESSION, id: request.headers.authorization }),
  );
});
afterAll(() => server.close());

describe("the built package", () => {
  it.each([
    ["ESM", async () => import("@chunked-uploads/client")],
    ["CJS", async () => require("@chunked-uploads/client")],
  ])("works when loaded as %s", async (_name, load) => {
    const { createClient, ApiError, NetworkError, TimeoutError, UnsafeRequestError } = await load();
    expect(
      [ApiError, NetworkError, TimeoutError, UnsafeRequestError].every(
        (c) => typeof c === "function",
      ),
    ).toBe(true);
    const box = createClient({ baseUrl: `${server.origin}/api/2.0`, token: "dist" });
    expect((await box.chunkedUploads.getFileUploadSessionById("x")).id).toBe("Bearer dist");
  });

  it("has no Node-only imports in its runtime", async () => {
    for (const file of ["index.js", "index.cjs", "upload.js", "upload.cjs"]) {
      const code = await readFile(dist(file), "utf8");
      expect(code).not.toMatch(/from\s+["']node:|require\(["']node:|\bprocess\.|\bBuffer\b/);
    }
  });

  it("runs where only web-standard globals exist (browsers, Deno, Bun, edge runtimes)", async () => {
    const bundle = await build({
      entryPoints: [dist("index.js")],
      bundle: true,
      format: "iife",
      globalName: "chunkedUploads",
      platform: "neutral",
      write: false,
    });
    const context = vm.createContext({ ...webGlobals() });
    vm.runInContext(bundle.outputFiles[0]!.text, context);
    const box = vm.runInContext(
      `chunkedUploads.createClient({ baseUrl: ${JSON.stringify(`${server.origin}/api/2.0`)}, token: "edge" })`,
      context,
    );
    expect(vm.runInContext("typeof process + typeof require + typeof Buffer", context)).toBe(
      "undefinedundefinedundefined",
    );
    const session = await box.chunkedUploads.getFileUploadSessionById("F97");
    expect(session).toMatchObject({ total_parts: 1000, id: "Bearer edge" });
  });

  it("uploads where only web-standard globals exist, hashing with the pure-JS SHA-1", async () => {
    const upload = await startMock({ stateful: { partSize: 1000, minFileSize: 0 } });
    try {
      const bundle = await build({
        stdin: {
          contents:
            'export { createClient } from "./dist/index.js"; export { uploadFile } from "./dist/upload.js";',
          resolveDir: fileURLToPath(new URL("..", import.meta.url)),
        },
        bundle: true,
        format: "iife",
        globalName: "chunkedUploads",
        platform: "neutral",
        mainFields: ["module", "main"],
        write: false,
      });
      const context = vm.createContext({ ...webGlobals() });
      vm.runInContext(bundle.outputFiles[0]!.text, context);
      const bytes = Uint8Array.from({ length: 2500 }, (_, i) => (i * 31) % 256);
      context.bytes = bytes;
      const file = await vm.runInContext(
        `chunkedUploads.uploadFile(chunkedUploads.createClient({ baseUrl: ${JSON.stringify(upload.baseUrl)}, token: "edge" }), bytes, { folderId: "0", fileName: "edge.bin" })`,
        context,
      );
      expect(vm.runInContext("typeof process", context)).toBe("undefined");
      expect(Buffer.compare((await upload.uploads!.bytes(file.id))!, Buffer.from(bytes))).toBe(0);
    } finally {
      await upload.close();
    }
  });

  it("bundles only the standalone functions an app imports", async () => {
    // Every operation's path template, from the generated descriptors: the one called must be
    // in the bundle, no other (nor any page rule, which only the paged functions use).
    const generated = await readFile(
      new URL("../src/generated/chunked-uploads.generated.ts", import.meta.url),
      "utf8",
    );
    const paths = new Set(
      [...generated.matchAll(/Endpoint: Operation = \[\s*"\w+",\s*("[^"]+")/g)].map((m) => m[1]!),
    );
    expect(paths.size).toBeGreaterThan(1);
    const bundle = await build({
      stdin: {
        contents:
          'import { createCoreClient, getFileUploadSessionById } from "./dist/index.js"; getFileUploadSessionById(createCoreClient(), "S");',
        resolveDir: fileURLToPath(new URL("..", import.meta.url)),
      },
      bundle: true,
      format: "esm",
      platform: "neutral",
      minify: true,
      write: false,
    });
    const code = bundle.outputFiles[0]!.text;
    const called = '"/files/upload_sessions/{upload_session_id}"';
    expect(code).toContain(called);
    for (const other of [...paths].filter((p) => p !== called)) expect(code).not.toContain(other);
    expect(code).not.toMatch(/total_count|next_marker/);
  });

  it("declares sideEffects: false and the same exports for import and require", async () => {
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.sideEffects).toBe(false);
    expect(Object.keys(pkg.exports["."].import)[0]).toBe("types");
    expect(Object.keys(pkg.exports["."].require)[0]).toBe("types");
  });
});

/** A bare context's globals: the web APIs the client needs, and none of Node's (no process, require, Buffer). */
function webGlobals() {
  return {
    fetch,
    Request,
    Response,
    Headers,
    URL,
    URLSearchParams,
    AbortController,
    AbortSignal,
    FormData,
    Blob,
    setTimeout,
    clearTimeout,
    TextEncoder,
    TextDecoder,
    DOMException,
    ReadableStream,
    btoa,
    atob,
  };
}
