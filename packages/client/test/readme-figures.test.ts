/**
 * The bundle sizes the READMEs print are the ones `pnpm --filter @chunked-uploads/client size`
 * measures (size-limit, gzipped, kB of 1,000 bytes), so that a reader who runs it sees them.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const kB = (bytes: number, digits: number) => (bytes / 1000).toFixed(digits);

describe("the READMEs' bundle sizes", () => {
  it("are what size-limit measures", { timeout: 120_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [`${PACKAGE}node_modules/size-limit/bin.js`, "--json"],
      { cwd: PACKAGE, maxBuffer: 1 << 20 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" })); // over budget: still JSON
    const [call, , , upload] = (JSON.parse(stdout) as Array<{ size: number }>).map((r) => r.size);
    const readme = await readFile(`${PACKAGE}README.md`, "utf8");
    const root = await readFile(`${PACKAGE}../../README.md`, "utf8");
    expect(readme).toContain(`calling the method costs **${kB(call!, 2)} kB** gzipped`);
    expect(root).toContain(`${kB(call!, 2)} kB gzipped with openapi-fetch`);
    expect(readme).toContain(`\`uploadFile\` is about ${kB(upload!, 1)} kB gzipped`);
  });
});
