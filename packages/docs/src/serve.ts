/**
 * `pnpm docs`: serves the reference site (src/generated, made by `pnpm generate`) on 127.0.0.1
 * with what its pages link to — the site's assets, Redoc over the spec the snippets package
 * publishes (with its x-codeSamples) — and the spec-driven mock under /mock/, same-origin, so
 * that "try it" needs no CORS. Prints the URL and serves until stopped.
 *
 *   pnpm docs [--port 4400] [--spec spec/openapi.yaml]
 */
import { readFile } from "node:fs/promises";
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildModel, hasChunkedUploads, loadSpec } from "@chunked-uploads/codegen";
import { startMock, type Mock } from "@chunked-uploads/mock";
import { build } from "esbuild";

/** Where the two mocks are served, beside the site (the pages name them relative to the root). */
const MOCK_PREFIX = "/mock";
const UPLOAD_MOCK_PREFIX = "/upload-mock";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const REPO = path.resolve(PACKAGE, "../..");

type Roots = Array<[prefix: string, dir: string]>;

/**
 * URL path prefix → folder (or file) it is served from, for the generated output under
 * `outputRoot` (this repository, or the scratch root `pnpm generate --root` wrote).
 */
const rootsFor = (outputRoot: string): Roots => [
  ["/assets/", path.join(PACKAGE, "src/assets")],
  ["/vendor/", path.join(PACKAGE, "node_modules/redoc/bundles")],
  [
    "/openapi.code-samples.json",
    path.join(outputRoot, "packages/snippets/src/generated/openapi.code-samples.json"),
  ],
  ["/renderer.html", path.join(PACKAGE, "src/assets/renderer.html")],
  ["/", path.join(outputRoot, "packages/docs/src/generated")],
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

export interface DocsServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** The mock the operations' "try it" reaches, under /mock/. */
  mock: Mock;
  /** The stateful mock the upload "try it" reaches, under /upload-mock/ (Box's uploads only). */
  uploadMock: Mock | undefined;
  close(): Promise<void>;
}

/** The file a URL path names, or undefined when it leaves every served folder. */
function fileFor(roots: Roots, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  for (const [prefix, target] of roots) {
    if (!prefix.endsWith("/")) {
      if (decoded === prefix) return target;
      continue;
    }
    if (!decoded.startsWith(prefix)) continue;
    const rest = decoded.slice(prefix.length) || "index.html";
    const file = path.resolve(target, rest);
    // No `..` out of the folder.
    return file.startsWith(target + path.sep) ? file : undefined;
  }
  return undefined;
}

/**
 * Redoc's bundle shows its maker's logo from cdn.redoc.ly: the one request that would leave the
 * site. Served with that address pointing at a local mark instead.
 */
const REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";
const LOCAL_LOGO = "assets/redoc-mark.svg";
function servedContents(file: string, contents: Buffer): Buffer {
  if (!file.endsWith("redoc.standalone.js")) return contents;
  const text = contents.toString("utf8");
  if (!text.includes(REDOC_LOGO))
    throw new Error(`${file} no longer names ${REDOC_LOGO}: check what Redoc loads from elsewhere`);
  return Buffer.from(text.replaceAll(REDOC_LOGO, LOCAL_LOGO));
}

/** The bundle of upload-try-it.ts (and the client it imports) for the browser, made once. */
let uploadBundle: Promise<Uint8Array> | undefined;
const bundleUploadTryIt = () =>
  (uploadBundle ??= build({
    entryPoints: [path.join(PACKAGE, "src/upload-try-it.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0]!.contents));

/** A request's body, read whole: try-it bodies, and upload parts of at most the mock's 64 MiB. */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 64 << 20) throw new Error("request body over 64 MiB");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The request as the page made it, to `target` (a mock served under `prefix`), and its answer
 * back. The body is read whole first and sent in one piece, as the mock's early answers (an
 * error before the body is read) leave a half-sent streamed body on a kept-alive socket. The
 * page's Host and the prefix go along (X-Forwarded-Prefix), so that the URLs the mock hands
 * out (an upload session's) lead back through this server.
 */
async function forward(
  request: IncomingMessage,
  response: ServerResponse,
  target: Mock,
  prefix: string,
  url: URL,
): Promise<void> {
  let body: Buffer;
  try {
    body = await readBody(request);
  } catch (error) {
    response.writeHead(413).end((error as Error).message);
    return;
  }
  const { hostname, port } = new URL(target.url);
  const outgoing = httpRequest(
    {
      host: hostname,
      port,
      method: request.method,
      path: url.pathname.slice(prefix.length) + url.search,
      headers: { ...request.headers, "x-forwarded-prefix": prefix },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on("error", (error) => {
    if (!response.headersSent) response.writeHead(502);
    response.end(`mock unreachable: ${error.message}`);
  });
  outgoing.end(body);
}

/**
 * Starts the site and the mock for `specPath` on 127.0.0.1 (`port` 0: a free one). With
 * `outputRoot`, the site `pnpm generate --root` wrote there (for another spec) is served.
 */
export async function startDocsServer({
  specPath = path.join(REPO, "spec/openapi.yaml"),
  port = 0,
  outputRoot = REPO,
}: { specPath?: string; port?: number; outputRoot?: string } = {}): Promise<DocsServer> {
  const roots = rootsFor(outputRoot);
  const mock = await startMock({ spec: specPath });
  // The upload "try it" needs sessions that remember their parts: a stateful mock of its own,
  // for an API with Box's chunked uploads; the per-operation "try it" keeps the spec's examples.
  const uploadMock = hasChunkedUploads(buildModel(await loadSpec(specPath)))
    ? await startMock({ spec: specPath, stateful: true })
    : undefined;
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://docs");
    if (url.pathname.startsWith(`${MOCK_PREFIX}/`))
      return forward(request, response, mock, MOCK_PREFIX, url);
    if (uploadMock && url.pathname.startsWith(`${UPLOAD_MOCK_PREFIX}/`))
      return forward(request, response, uploadMock, UPLOAD_MOCK_PREFIX, url);
    if (url.pathname === "/assets/upload-try-it.js") {
      try {
        const bundle = await bundleUploadTryIt();
        return response
          .writeHead(200, { "content-type": TYPES[".js"]!, "cache-control": "no-store" })
          .end(request.method === "HEAD" ? undefined : bundle);
      } catch (error) {
        return response
          .writeHead(500)
          .end(`cannot bundle upload-try-it.ts: ${(error as Error).message}`);
      }
    }
    if (request.method !== "GET" && request.method !== "HEAD")
      return response.writeHead(405, { allow: "GET, HEAD" }).end();
    const file = fileFor(roots, url.pathname);
    if (!file) return response.writeHead(404).end("not found");
    let contents: Buffer;
    try {
      contents = await readFile(file);
    } catch {
      return response.writeHead(404).end("not found");
    }
    try {
      contents = servedContents(file, contents);
    } catch (error) {
      return response.writeHead(500).end((error as Error).message);
    }
    response
      .writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      })
      .end(request.method === "HEAD" ? undefined : contents);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    mock,
    uploadMock,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mock.close();
      await uploadMock?.close();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "4400" }, spec: { type: "string" } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number (0 for any free one), got ${values.port}`);
  const docs = await startDocsServer({
    port,
    ...(values.spec
      ? { specPath: path.resolve(process.env.INIT_CWD ?? process.cwd(), values.spec) }
      : {}),
  });
  console.log(`Reference site: ${docs.url}`);
  console.log(`Redoc over the spec with code samples: ${docs.url}renderer.html`);
  console.log(`"Try it" goes to the spec's mock at ${docs.url}mock/ (${docs.mock.url})`);
  if (docs.uploadMock)
    console.log(
      `The upload "try it" on the index goes to a stateful mock at ${docs.url}upload-mock/ (${docs.uploadMock.url})`,
    );
  console.log("Ctrl-C stops it.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`pnpm docs: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
