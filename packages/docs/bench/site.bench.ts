/**
 * The reference site's figures on Box's full spec (296 operations), side by side with this
 * repository's spec, in headless Chromium: the site's total weight, page heights at 1400 px,
 * and how long a keystroke in the sidebar's search box takes to update the list (the input
 * handler and the layout it causes, measured in the page).
 *
 *   pnpm bench:docs [--spec ../shared/specs/box-openapi-2024.0.json]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { startDocsServer } from "../src/serve.js";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const REPO = path.resolve(PACKAGE, "../..");
const { values } = parseArgs({
  options: { spec: { type: "string", default: "../shared/specs/box-openapi-2024.0.json" } },
});
const specPath = path.resolve(REPO, values.spec!);

/** Bytes of every file under `dir`, and how many. */
function weigh(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
      files++;
    }
  return { bytes, files };
}

const scratch = mkdtempSync(path.join(tmpdir(), "docs-bench-"));
try {
  execFileSync(
    process.execPath,
    [path.join(REPO, "packages/codegen/bin/codegen.mjs"), "--spec", specPath, "--root", scratch],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const assets = weigh(path.join(PACKAGE, "src/assets"));
  const sites = [
    { name: path.basename(specPath), root: scratch, spec: specPath },
    { name: "spec/openapi.yaml", root: REPO, spec: path.join(REPO, "spec/openapi.yaml") },
  ];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  });
  try {
    for (const site of sites) {
      const generated = weigh(path.join(site.root, "packages/docs/src/generated"));
      console.log(
        `\n${site.name}: ${generated.files} generated files, ${(generated.bytes / 1e6).toFixed(2)} MB (+ ${(assets.bytes / 1e3).toFixed(0)} kB of shared assets, of which Redoc's page is not part)`,
      );
      const docs = await startDocsServer({ outputRoot: site.root, specPath: site.spec });
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      try {
        const page = await context.newPage();
        // This spec's every page; a large spec's index and the upload-part page.
        const pages =
          site.root === REPO
            ? readdirSync(path.join(site.root, "packages/docs/src/generated/operations"))
                .sort()
                .map((file) => `operations/${file}`)
            : ["operations/put_files_upload_sessions_id.html"];
        for (const pathname of ["index.html", ...pages]) {
          const response = await page.goto(new URL(pathname, docs.url).href, { waitUntil: "load" });
          if (response?.status() !== 200) continue;
          const [height, samples] = await page.evaluate(() => [
            document.documentElement.scrollHeight,
            document.querySelector(".snippets")?.getBoundingClientRect().top,
          ]);
          console.log(
            `  ${pathname.padEnd(52)} ${String(height).padStart(6)} px tall at 1400 px${samples === undefined ? "" : `, code samples from y=${Math.round(samples)}`}`,
          );
        }
        await page.goto(new URL("index.html", docs.url).href, { waitUntil: "load" });
        console.log(`  search, per keystroke: ${await searchTimes(page)}`);
      } finally {
        await context.close();
        await docs.close();
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Types words into the search box a key at a time; the median and slowest keystroke. */
async function searchTimes(page: Page): Promise<string> {
  await page.locator("#search").waitFor({ state: "visible" });
  const count = await page.locator("nav.sidebar .nav-operations li").count();
  const times = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>("#search")!;
    const measured: number[] = [];
    for (const query of ["upload", "get file", "POST /folders", "metadata template", "zz"]) {
      input.value = "";
      input.dispatchEvent(new Event("input"));
      for (const key of query) {
        const started = performance.now();
        input.value += key;
        input.dispatchEvent(new Event("input"));
        void document.body.offsetHeight; // the layout the change causes
        measured.push(performance.now() - started);
        await new Promise(requestAnimationFrame);
      }
    }
    return measured;
  });
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, slowest ${sorted.at(-1)!.toFixed(1)} ms over ${times.length} keystrokes, ${count} operations listed`;
}
