/**
 * uploadFile in headless Chromium, as a web app uses it: a page bundled from the built package
 * (dist/), a 50 MB file picked in an `<input type=file>` (playwright's setInputFiles), a
 * progress bar, an abort button. The page and the API share one origin: this file's proxy in
 * front of the stateful mock (Box's rules, 8 MiB parts). The committed file's SHA-1 is the
 * file's; abort from the button deletes the session. Prints the browser's throughput next to
 * Node's through the same proxy, and the page's longest main-thread task.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, request as forward, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startMock, type Mock } from "@chunked-uploads/mock";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { uploadFile } from "../src/upload/index.js";
import { bytesOf } from "./upload-fixtures.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SIZE = 50_000_000;
const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>upload</title></head>
<body><input id="file" type="file"><progress id="bar" value="0" max="1"></progress>
<button id="abort" type="button">Abort</button><script type="module" src="/page.js"></script></body></html>`;

let mock: Mock;
let proxy: Server;
let origin = "";
let browser: Browser;
let page: Page;
let dir = "";
let file = "";
let bytes: Uint8Array;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: run \`pnpm toolchains\` (or set CHROMIUM_PATH)`);
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("browser/upload-page.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  mock = await startMock({ token: "t", stateful: true });
  const target = new URL(mock.url);
  proxy = createServer((incoming, outgoing) => {
    if (incoming.url === "/")
      return outgoing.writeHead(200, { "content-type": "text/html" }).end(PAGE_HTML);
    if (incoming.url === "/page.js")
      return outgoing.writeHead(200, { "content-type": "text/javascript" }).end(script);
    // Everything else to the mock, streamed both ways, the Host kept: the session's URLs come
    // back on this origin.
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.destroy());
    incoming.on("aborted", () => upstream.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
  dir = await mkdtemp(path.join(tmpdir(), "upload-browser-"));
  file = path.join(dir, "fifty.bin");
  bytes = bytesOf(SIZE, 5);
  await writeFile(file, bytes);
  browser = await chromium.launch({ executablePath: CHROMIUM });
  page = await browser.newPage();
  page.setDefaultTimeout(300_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector("body[data-ready]", { state: "attached" });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => proxy?.close(resolve));
  proxy?.closeAllConnections();
  await mock?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("uploadFile in headless Chromium", () => {
  it("uploads a 50 MB File from a file input: the committed SHA-1 is the file's", async () => {
    await page.setInputFiles("#file", file);
    const seen = await page.evaluate(() => window.uploads.upload());
    expect(seen.ok, JSON.stringify(seen)).toBe(true);
    if (!seen.ok) return;
    const sha1 = createHash("sha1").update(bytes).digest("hex");
    expect(seen.sha1).toBe(sha1);
    const stored = await mock.uploads!.bytes(seen.id!);
    expect(createHash("sha1").update(stored!).digest("hex")).toBe(sha1);
    expect(seen.bar).toBe(1);

    // Node through the same proxy, for the figures: same file, same mock.
    const box = createClient({ token: "t", baseUrl: `${origin}/api/2.0` });
    const started = performance.now();
    await uploadFile(box, bytes, { folderId: "0", fileName: "node.bin" });
    const nodeMs = performance.now() - started;
    const rate = (ms: number) => `${(((SIZE / ms) * 1000) / 1e6).toFixed(0)} MB/s`;
    console.log(
      `50 MB through the page's origin: Chromium ${rate(seen.ms)} (${seen.events} progress events, longest main-thread task ${seen.longest.toFixed(0)} ms), Node ${rate(nodeMs)}`,
    );
  });

  it("the abort button stops the upload and deletes the session", async () => {
    await page.evaluate(() => delete document.body.dataset.progressed);
    // The fourth part never answers: the upload is still running when the button is pressed.
    mock.faults.push({ kind: "stall", part: 3 });
    await page.setInputFiles("#file", file);
    const running = page.evaluate(() => window.uploads.upload());
    await page.waitForSelector("body[data-progressed]", { state: "attached" });
    await page.click("#abort");
    const seen = await running;
    expect(seen).toMatchObject({ ok: false, sessionKept: false });
    if (seen.ok) return;
    expect(seen.message).toMatch(/uploadFile: aborted \(session \w+\)/);
    expect(mock.uploads!.sessions.has(seen.sessionId!)).toBe(false);
  });

  it("had no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
