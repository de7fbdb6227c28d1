/**
 * The client in headless Chromium (Debian's `chromium`, driven by playwright-core; no browser
 * download): a page bundled from src/ by esbuild (test/browser/page.ts) runs the fault table and
 * the safety cases against this file's server on 127.0.0.1, which also serves the page, so every
 * call is same-origin as an app's own API proxy would be. The page reports plain data; the
 * assertions are the ones Node, Deno and Bun are held to (fault-expectations.ts, safety.test.ts).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRow } from "./fault-expectations.js";
import { FAULT_CASES, PATH } from "./fault-table.js";
import { SESSION, sendJson, startServer, type Handler, type TestServer } from "./http-server.js";
import { LEAK_TOKEN, LEAKS, leakRoute, NASTY, REFUSED, REFUSED_SEGMENTS } from "./safety-cases.js";

/** Where `pnpm toolchains` (scripts/install-toolchains.sh) puts Debian's Chromium. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>client</title></head>
<body><script type="module" src="/page.js"></script></body></html>`;

/** Seven parts, in pages of the request's `limit` from its `offset` (Box's list parts). */
const pagedParts: Handler = (request, response) => {
  const query = new URL(request.url!, "http://x").searchParams;
  const offset = Number(query.get("offset") ?? 0);
  const limit = Number(query.get("limit") ?? 100);
  const entries = [1, 2, 3, 4, 5, 6, 7]
    .slice(offset, offset + limit)
    .map((n) => ({ part_id: `P${n}`, offset: n, size: 1, sha1: "x" }));
  sendJson(response, 200, { total_count: 7, limit, offset, entries });
};

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: run \`pnpm toolchains\` (or set CHROMIUM_PATH)`);
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("browser/page.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  const file =
    (type: string, body: string): Handler =>
    (_q, response) =>
      response.writeHead(200, { "content-type": type }).end(body);
  const ok: Handler = (_q, response) => sendJson(response, 200, SESSION);
  server = await startServer(
    (path) => {
      if (path === "/") return file("text/html; charset=utf-8", PAGE_HTML);
      if (path === "/page.js") return file("text/javascript; charset=utf-8", script);
      if (path === `${PATH}paged/parts`) return pagedParts;
      if (path === `${PATH}raw`)
        return (_q, response) => sendJson(response, 200, SESSION, { "box-request-id": "req-raw" });
      const fault = FAULT_CASES.find((c) => path === PATH + c.id);
      if (fault) return fault.row.server;
      return leakRoute(path) ?? (path.startsWith(PATH) ? ok : undefined);
    },
    // Chromium, like Deno and Bun, re-sends a request whose reused connection was reset.
    { keepAlive: false },
  );
  browser = await chromium.launch({ executablePath: CHROMIUM });
  page = await browser.newPage();
  // Playwright's 30 s per action is a bound a loaded machine can reach: far above it instead.
  page.setDefaultTimeout(120_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector("body[data-ready]", { state: "attached", timeout: 120_000 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("in headless Chromium", () => {
  it("runs the page: a real browser, with no uncaught errors so far", async () => {
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome\/\d+/);
    expect(await page.evaluate(() => typeof process)).toBe("undefined");
    expect(pageErrors).toEqual([]);
  });

  it.each(FAULT_CASES.map((c, index) => ({ ...c, index })))(
    "the fault table: $name",
    async (faultCase) => {
      const seen = await page.evaluate((index) => window.checks.fault(index), faultCase.index);
      expectRow(faultCase, seen, server.attempts(PATH + faultCase.id));
    },
  );

  it.each(NASTY.filter((v) => !REFUSED_SEGMENTS.includes(v)))(
    "path parameter %j arrives as one segment",
    async (value) => {
      expect(await page.evaluate((v) => window.checks.segment(v), value)).toEqual({ sent: true });
      const path = server.requests.at(-1)!.rawPath;
      expect(path.startsWith(PATH)).toBe(true);
      const last = path.slice(PATH.length);
      expect(last).not.toMatch(/[/?#]/);
      expect(decodeURIComponent(last)).toBe(value);
    },
  );

  it.each(REFUSED_SEGMENTS)(
    "path parameter %j is refused before anything is sent",
    async (value) => {
      const before = server.requests.length;
      const seen = await page.evaluate((v) => window.checks.segment(v), value);
      expect(seen).toEqual({
        sent: false,
        message: expect.stringMatching(/would change the request path/),
      });
      expect(server.requests.length).toBe(before);
    },
  );

  it.each(REFUSED.map(([name], index) => ({ name, index })))(
    "the token is not sent to $name",
    async ({ index }) => {
      const seen = await page.evaluate((i) => window.checks.refusal(i), index);
      expect(seen, `refused with a ${seen.name}`).toMatchObject({ fetched: 0, isWanted: true });
    },
  );

  it.each(LEAKS.map(([name], index) => ({ name, index })))(
    "the token never appears in an error: $name",
    async ({ name, index }) => {
      const seen = await page.evaluate((i) => window.checks.leak(i), index);
      expect(seen.isWanted, `rejected with a ${seen.name}`).toBe(true);
      for (const view of seen.views) expect(view).not.toContain(LEAK_TOKEN);
      if (name.includes("echoes")) expect(seen.views.at(-1)).toContain("[redacted]");
    },
  );

  it("withResponse() gives the body, the response and its request id; asResponse() the body unread", async () => {
    expect(await page.evaluate(() => window.checks.raw())).toEqual({
      id: SESSION.id,
      status: 200,
      requestId: "req-raw",
      bodyUsed: false,
      unreadId: SESSION.id,
    });
  });

  it("a paged method's promise iterates every item of every page", async () => {
    const before = server.requests.length;
    expect(await page.evaluate(() => window.checks.pages())).toEqual({
      ids: ["P1", "P2", "P3", "P4", "P5", "P6", "P7"],
      first: 3,
    });
    const asked = server.requests.slice(before).map((r) => r.rawPath.split("?")[1]);
    expect(asked).toEqual(["limit=3", "limit=3&offset=3", "limit=3&offset=6"]);
  });

  it("the log has a line per attempt without the token; fetchOptions reach fetch", async () => {
    const { lines, cache } = await page.evaluate(() => window.checks.logged());
    expect(cache).toBe("no-store");
    expect(lines).toEqual([expect.stringMatching(/GET \S+\/logged → 200 in \d+ ms/)]);
    expect(lines.join("\n")).not.toContain("s3cret-token");
  });

  it("a call without a token fails before sending, naming the option and the variable", async () => {
    const seen = await page.evaluate(() => window.checks.noToken());
    expect(seen.fetched).toBe(0);
    expect(seen.message).toContain("the token option");
    if (seen.variable) expect(seen.message).toContain(seen.variable);
  });

  it("ends with no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
