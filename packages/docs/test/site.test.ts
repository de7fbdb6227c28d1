/**
 * The reference site as a person uses it, in headless Chromium (Debian's `chromium` driven by
 * playwright-core; no browser download), served by `pnpm run docs`'s own server with the mock:
 * every page loads without console errors; every operation shows every language's tab with the
 * verified snippet (snippets.json, which the snippets package runs against the mock); the copy
 * button puts it on the clipboard; the tabs work from the keyboard; "try it" shows the mock's
 * answer; axe-core finds no serious or critical violation; the page reads without JavaScript;
 * Redoc shows the published spec's code samples. Expectations come from the model, so a new
 * operation in the spec is tested without a change here. Screenshots: reports/screenshots/.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildModel,
  FULL_SIDEBAR_OPERATIONS,
  hasChunkedUploads,
  loadSpec,
  operationFileName,
  pageComponents,
  schemaBlockId,
  SNIPPET_LANGUAGES,
  type ApiModel,
  type OperationModel,
  type Snippet,
} from "@chunked-uploads/codegen";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDocsServer, type DocsServer } from "../src/serve.js";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const REPO = path.resolve(PACKAGE, "../..");
const SCREENSHOTS = path.join(PACKAGE, "reports/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const model: ApiModel = buildModel(
  await loadSpec(path.join(REPO, "spec/openapi.yaml"), { displayRoot: REPO }),
);
const verified: Snippet[] = JSON.parse(
  readFileSync(path.join(REPO, "packages/snippets/src/generated/snippets.json"), "utf8"),
);

let docs: DocsServer;
let browser: Browser;
let context: BrowserContext;
/** Every request a page made to another origin: none may leave the site. */
const offsite: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: run \`pnpm toolchains\` (or set CHROMIUM_PATH)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  docs = await startDocsServer();
  browser = await chromium.launch({ executablePath: CHROMIUM });
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Playwright's 30 s per action is a bound a loaded machine can reach: far above it instead.
  context.setDefaultTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(docs.url).origin,
  });
  await recordOffsite(context);
});

/** Requests to another origin from `on`'s pages: recorded, then refused (this machine is offline). */
const recordOffsite = (on: BrowserContext) =>
  on.route(
    (url) => url.origin !== new URL(docs.url).origin,
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
afterAll(async () => {
  await browser?.close();
  await docs?.close();
});

/** Opens `path` in a fresh page and records its console errors and uncaught exceptions. */
async function open(pathname: string, on = context): Promise<{ page: Page; errors: string[] }> {
  const page = await on.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(new URL(pathname, docs.url).href, { waitUntil: "load" });
  expect(response?.status(), pathname).toBe(200);
  return { page, errors };
}

/** axe-core's serious and critical violations on the page, as `rule: target` lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}`));
}

const pageOf = (operation: OperationModel) => `operations/${operationFileName(operation)}.html`;
const snippetsOf = (operation: OperationModel) =>
  verified.filter((s) => s.operationId === operation.key);

describe("the index", () => {
  it("links to every operation's page, grouped by resource, and is accessible", async () => {
    const { page, errors } = await open("index.html");
    const links = await page.$$eval("ul.operations a", (as) =>
      as.map((a) => a.getAttribute("href")),
    );
    expect(links.sort()).toEqual(model.operations.map(pageOf).sort());
    for (const resource of model.resources)
      await expect(page.locator(`#resource-${resource.name}`).textContent()).resolves.toBe(
        resource.source,
      );
    // It starts a reader: install, where the token goes, and a first call, before the list.
    const start = page.locator("#getting-started").locator("..");
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown
    const text = await start.innerText();
    expect(text).toContain("npm install @chunked-uploads/client");
    if (model.tokenEnvironmentVariableDeclared)
      expect(text).toContain(model.tokenEnvironmentVariable);
    const codes = await start.locator("pre code").allTextContents();
    const first =
      model.operations.find((o) => o.method === "get" && !o.requestBody) ?? model.operations[0]!;
    const sample = snippetsOf(first).find((s) => s.lang === "typescript")!;
    expect(codes).toContain(sample.source.trimEnd());
    expect(codes.some((code) => code.includes("uploadFile(box"))).toBe(hasChunkedUploads(model));
    const [started, operations] = await Promise.all(
      ["#getting-started", "#operations"].map((id) =>
        page.locator(id).evaluate((e) => e.getBoundingClientRect().top),
      ),
    );
    expect(started).toBeLessThan(operations!);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "index.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(model.operations.map((operation) => ({ key: operation.key, operation })))(
  "the page of $key",
  ({ operation }) => {
    it("shows the method, URL template, parameters and responses, and is accessible", async () => {
      const { page, errors } = await open(pageOf(operation));
      await expect(page.locator("h1").textContent()).resolves.toBe(
        operation.summary ?? operation.key,
      );
      await expect(page.locator(".endpoint").textContent()).resolves.toBe(
        `${operation.method.toUpperCase()} ${operation.servers[0]!.url}${operation.path}`,
      );
      const parameters = page.locator('section[aria-labelledby="parameters"] tbody th');
      await expect(parameters.allTextContents()).resolves.toEqual(
        ["path", "query", "header", "cookie"].flatMap((where) =>
          operation.parameters.filter((p) => p.in === where).map((p) => p.name),
        ),
      );
      // Every response shows its status and description; only the success ones are open.
      for (const response of operation.responses) {
        const heading = page.locator(`#response-${response.status}`);
        await expect(heading.count()).resolves.toBe(1);
        expect(await heading.isVisible()).toBe(true);
        await expect(
          heading.evaluate((h) => (h.closest("details") as HTMLDetailsElement).open),
        ).resolves.toBe(response.success);
      }
      // A component more than one tree would expand is drawn once, and only linked elsewhere.
      for (const name of pageComponents(model, operation)) {
        const id = schemaBlockId(name);
        await expect(page.locator(`section#${id}`).count()).resolves.toBe(1);
        expect(await page.locator(`a.ref[href="#${id}"]`).count()).toBeGreaterThan(0);
        await expect(
          page.$$eval(
            "span.ref",
            (refs, [n, block]) =>
              refs.filter((r) => r.textContent === n && !r.closest(`section#${block}`)).length,
            [name, id] as const,
          ),
        ).resolves.toBe(0);
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(SCREENSHOTS, `${operationFileName(operation)}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.close();
    });

    it("has a tab per language with the verified snippet, and a copy button for each", async () => {
      const { page, errors } = await open(pageOf(operation));
      const tabs = page.getByRole("tab");
      const snippets = snippetsOf(operation);
      expect(snippets.map((s) => s.lang)).toEqual(SNIPPET_LANGUAGES.map((l) => l.lang));
      await expect(tabs.count()).resolves.toBe(snippets.length);
      for (const [i, snippet] of snippets.entries()) {
        await tabs.nth(i).click();
        await expect(tabs.nth(i).getAttribute("aria-selected")).resolves.toBe("true");
        const panel = page.locator(`#snippet-${snippet.lang}`);
        expect(await panel.isVisible()).toBe(true);
        await expect(panel.locator("pre code").textContent()).resolves.toBe(snippet.source);
        // Only the selected panel shows.
        await expect(page.locator(".snippet:visible").count()).resolves.toBe(1);
        await panel.getByRole("button", { name: /^Copy/ }).click();
        await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
          snippet.source,
        );
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    const body = operation.requestBody?.mediaTypes[0];
    const sendable = !body || ["json", "text", "binary"].includes(body.kind);
    it.runIf(sendable)("'try it' sends the request to the mock and shows its answer", async () => {
      const { page, errors } = await open(pageOf(operation));
      const before = docs.mock.requests.length;
      await page.getByRole("button", { name: "Send the request" }).click();
      const status = page.locator(".try-it-status");
      await status.waitFor();
      const success = operation.responses.find((r) => r.success)!.status;
      const answered = docs.mock.requests.slice(before);
      expect(answered.map((r) => r.problems)).toEqual([[]]);
      await expect(status.textContent()).resolves.toMatch(
        new RegExp(`^Status: ${success.replace("XX", "\\d\\d")}\\b`),
      );
      await expect(page.locator(".try-it-body").textContent()).resolves.toBe(
        answered[0]!.response ? JSON.stringify(JSON.parse(answered[0]!.response), null, 2) : "",
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);

describe("keyboard and no-script use", () => {
  const operation = model.operations[0]!;

  it("moves between tabs with the arrow keys, Home and End", async () => {
    const { page } = await open(pageOf(operation));
    const tabs = page.getByRole("tab");
    const last = (await tabs.count()) - 1;
    const selected = () =>
      page.$$eval('[role="tab"]', (all) =>
        all.findIndex((t) => t.getAttribute("aria-selected") === "true"),
      );
    const focused = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[role="tab"]')].indexOf(document.activeElement!),
      );
    await tabs.nth(0).click();
    await page.keyboard.press("ArrowRight");
    expect([await selected(), await focused()]).toEqual([1, 1]);
    await page.keyboard.press("End");
    expect([await selected(), await focused()]).toEqual([last, last]);
    await page.keyboard.press("ArrowRight");
    expect([await selected(), await focused()]).toEqual([0, 0]);
    await page.keyboard.press("ArrowLeft");
    expect(await selected()).toBe(last);
    await page.keyboard.press("Home");
    expect(await selected()).toBe(0);
    // Tab leaves the tab list for the selected panel: one tab stop for the whole list.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).not.toBe("tab");
    await page.close();
  });

  it("puts the samples beside the parameters, stays in view, and marks the page in the sidebar", async () => {
    const target = model.operations.find((o) => o.parameters.length > 0) ?? operation;
    const { page, errors } = await open(pageOf(target));
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const [sidebar, main, samples, parameters] = await Promise.all(
      ["nav.sidebar", "main", "aside.samples", 'section[aria-labelledby="parameters"]'].map(box),
    );
    expect(sidebar!.x + sidebar!.width).toBeLessThanOrEqual(main!.x + 1);
    expect(samples!.x).toBeGreaterThanOrEqual(parameters!.x + parameters!.width);
    // Beside: the samples column spans the parameters' rows.
    expect(samples!.y).toBeLessThan(parameters!.y + parameters!.height);
    // Scrolled down to the responses, the samples are still in view.
    await page.locator('section[aria-labelledby="responses"]').evaluate((e) => e.scrollIntoView());
    const scrolled = (await page.locator("aside.samples").boundingBox())!;
    expect(scrolled.y).toBeGreaterThanOrEqual(0);
    expect(scrolled.y).toBeLessThan(900);
    // The sidebar lists every operation (from the search index), this one marked.
    const sidebarLinks = page.locator("nav.sidebar .nav-operations a");
    await expect
      .poll(() => sidebarLinks.count(), { timeout: 60_000 })
      .toBe(model.operations.length);
    await expect(
      page.locator('nav.sidebar a[aria-current="page"]').getAttribute("href"),
    ).resolves.toMatch(new RegExp(`${operationFileName(target)}\\.html$`));
    await page.screenshot({ path: path.join(SCREENSHOTS, "operation-1400.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stacks the panes at 390 px, with nothing wider than the screen and the sidebar a menu", async () => {
    const narrow = await browser.newContext({ viewport: { width: 390, height: 844 } });
    narrow.setDefaultTimeout(120_000);
    await recordOffsite(narrow);
    for (const pathname of ["index.html", ...model.operations.map(pageOf)]) {
      const { page, errors } = await open(pathname, narrow);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pathname).toBe(390);
      const menu = page.getByRole("button", { name: "Operations menu" });
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
      expect(await page.locator("nav.sidebar .nav-resources").isVisible()).toBe(false);
      await menu.click();
      expect(await page.locator("nav.sidebar .nav-resources").isVisible()).toBe(true);
      if (pathname !== "index.html") {
        const [main, samples] = await Promise.all(
          ["main", "aside.samples"].map(async (s) => (await page.locator(s).boundingBox())!),
        );
        expect(samples!.y).toBeGreaterThanOrEqual(main!.y + main!.height - 1);
        if (pathname === pageOf(operation)) {
          expect(await seriousViolations(page)).toEqual([]);
          await page.screenshot({
            path: path.join(SCREENSHOTS, "operation-390.png"),
            fullPage: true,
          });
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    }
    await narrow.close();
  });

  it("narrows the sidebar's list as you type in the search box, which / focuses", async () => {
    const { page, errors } = await open("index.html");
    const visible = page.locator("nav.sidebar .nav-operations li:visible");
    await expect.poll(() => visible.count(), { timeout: 60_000 }).toBe(model.operations.length);
    // The box shows once the script has the index (a small spec's list is in the HTML already).
    await page.locator("#search").waitFor({ state: "visible" });
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search");
    // A word from the last operation's path: the list keeps exactly the operations it names.
    const last = model.operations.at(-1)!;
    const word = last.path
      .split("/")
      .filter((w) => w && !w.startsWith("{"))
      .at(-1)!;
    await page.keyboard.type(word);
    const expected = model.operations.filter((o) =>
      `${o.method} ${o.path} ${o.summary ?? o.key} ${o.operationId ?? o.key}`
        .toLowerCase()
        .includes(word.toLowerCase()),
    );
    expect(expected.length).toBeLessThan(model.operations.length);
    await expect(visible.count()).resolves.toBe(expected.length);
    await expect(page.locator("#search-count").textContent()).resolves.toBe(
      `${expected.length} of ${model.operations.length} operations`,
    );
    await page.locator("#search").fill("no operation is called this");
    await expect(visible.count()).resolves.toBe(0);
    await page.locator("#search").fill("");
    await expect(visible.count()).resolves.toBe(model.operations.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows every snippet, and no 'try it' form, without JavaScript", async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    plain.setDefaultTimeout(120_000);
    const { page } = await open(pageOf(operation), plain);
    const snippets = snippetsOf(operation);
    await expect(page.locator(".snippet pre code:visible").allTextContents()).resolves.toEqual(
      snippets.map((s) => s.source),
    );
    expect(await page.locator("form.try-it").isVisible()).toBe(false);
    // The sidebar reads too: every operation while the spec is small, else this resource's.
    const listed = await page.locator("nav.sidebar .nav-operations a").count();
    expect(listed).toBe(
      model.operations.length <= FULL_SIDEBAR_OPERATIONS
        ? model.operations.length
        : model.operations.filter((o) => o.resource === operation.resource).length,
    );
    await plain.close();
  });
});

describe("the upload 'try it' on the index", () => {
  it.runIf(hasChunkedUploads(model))(
    "uploads a picked file whole with uploadFile to the stateful mock, and shows the committed file",
    async () => {
      const { page, errors } = await open("index.html");
      const form = page.locator("form.upload-try-it");
      await form.waitFor({ state: "visible" });
      // Over Box's 20 MB minimum: three parts of the mock's 8 MiB.
      const bytes = randomBytes(21_000_000);
      await page
        .locator("#upload-file")
        .setInputFiles({ name: "video.bin", mimeType: "application/octet-stream", buffer: bytes });
      const before = docs.uploadMock!.requests.length;
      await form.getByRole("button", { name: "Upload" }).click();
      const id = form.locator('.upload-result dd[data-field="id"]');
      await id.waitFor({ state: "visible" });
      const fileId = (await id.textContent())!;
      const stored = await docs.uploadMock!.uploads!.bytes(fileId);
      expect(stored?.equals(bytes)).toBe(true);
      await expect(form.locator('dd[data-field="sha1"]').textContent()).resolves.toBe(
        createHash("sha1").update(bytes).digest("hex"),
      );
      await expect(form.locator('dd[data-field="size"]').textContent()).resolves.toBe(
        String(bytes.length),
      );
      await expect(
        form.locator("progress").evaluate((bar: HTMLProgressElement) => bar.value / bar.max),
      ).resolves.toBe(1);
      const sent = docs.uploadMock!.requests.slice(before);
      expect(sent.flatMap((r) => r.problems)).toEqual([]);
      expect(sent.filter((r) => r.method === "PUT")).toHaveLength(3);
      await form.screenshot({ path: path.join(SCREENSHOTS, "upload-try-it.png") });
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe("requests", () => {
  it("go nowhere but the site, from any page opened above", () => {
    expect(offsite).toEqual([]);
  });
});

describe("Redoc, over the spec the snippets package publishes", () => {
  it("renders every operation's code samples", async () => {
    // Redoc's attribution logo is served from the site (serve.ts): nothing leaves it.
    const before = offsite.length;
    const { page, errors } = await open("renderer.html");
    // Redoc renders in the page: wait until the last language's label shows.
    const lastLabel = SNIPPET_LANGUAGES.at(-1)!.label;
    await page.waitForFunction(
      // biome-ignore lint/performance/useDomNodeTextContent: the text Redoc shows, not its hidden nodes
      (label) => document.getElementById("redoc")?.innerText.includes(label),
      lastLabel,
      { timeout: 120_000 },
    );
    const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();
    for (const operation of model.operations) {
      // Redoc's section of the operation: its request samples, one tab per language.
      const section = page.locator(`[id$="operation/${operation.operationId}"]`);
      const tabs = section.getByRole("tab");
      const labels = (await tabs.allInnerTexts()).map(squeeze);
      for (const language of SNIPPET_LANGUAGES) expect(labels).toContain(language.label);
      for (const snippet of snippetsOf(operation)) {
        const label = SNIPPET_LANGUAGES.find((l) => l.lang === snippet.lang)!.label;
        await section.getByRole("tab", { name: label, exact: true }).click();
        const panel = section
          .locator(
            '[role="tabpanel"][aria-selected="true"] pre, .react-tabs__tab-panel--selected pre',
          )
          .first();
        // biome-ignore lint/performance/useDomNodeTextContent: playwright's innerText, the sample as shown
        expect(squeeze(await panel.innerText())).toBe(squeeze(snippet.source));
      }
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, "redoc.png") });
    expect(errors).toEqual([]);
    expect(offsite.slice(before)).toEqual([]);
    await page.close();
  });
});
