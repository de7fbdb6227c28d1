/**
 * The bundle sizes the READMEs print are the ones `pnpm --filter @chunked-uploads/client size`
 * measures (size-limit, gzipped, kB of 1,000 bytes), so that a reader who runs it sees them.
 * The figures are for the spec the README names the operations of ("for the seven
 * operations"): when the spec has grown since (a platform team adds an operation and
 * regenerates), each operation's generated method is allowed its budgeted 0.1 kB, so that a
 * spec change does not break this test before the README is brought up to date.
 */
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const NUMBERS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

/** The operations the generated client has now (as .size-limit.js counts them). */
async function operationsNow(): Promise<number> {
  const dir = `${PACKAGE}src/generated/`;
  let count = 0;
  for (const file of await readdir(dir))
    if (file.endsWith(".generated.ts"))
      count += (await readFile(dir + file, "utf8")).match(/Endpoint: Operation =/g)?.length ?? 0;
  return count;
}

/** The figure (kB) after `before` in `text`, as printed. */
function figure(text: string, before: RegExp): number {
  const match = new RegExp(`${before.source}\\**([\\d.]+) kB`).exec(text);
  expect(match, `${before} followed by a size in kB`).not.toBeNull();
  return Number(match![1]);
}

describe("the READMEs' bundle sizes", () => {
  it("are what size-limit measures", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [`${PACKAGE}node_modules/size-limit/bin.js`, "--json"],
      { cwd: PACKAGE, maxBuffer: 1 << 20 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" })); // over budget: still JSON
    const [call, , , upload, core] = (JSON.parse(stdout) as Array<{ size: number }>).map(
      (r) => r.size / 1000,
    );
    const readme = await readFile(`${PACKAGE}README.md`, "utf8");
    const root = await readFile(`${PACKAGE}../../README.md`, "utf8");
    const named = /for the (\w+)\s+operations/.exec(readme)?.[1] ?? "";
    expect(NUMBERS, "the README names its operation count in words").toContain(named);
    const added = (await operationsNow()) - NUMBERS.indexOf(named);
    // Exact (to the printed digit) for the README's spec; within the budget per added operation.
    const near = (printed: number, measured: number, digits: number) =>
      added === 0
        ? expect(printed).toBe(Number(measured.toFixed(digits)))
        : expect(Math.abs(measured - printed - 0.1 * added)).toBeLessThanOrEqual(
            0.1 * Math.abs(added) + 0.05,
          );
    near(figure(readme, /calling the method costs /), call!, 2);
    near(figure(root, /createClient and a call: /), call!, 2);
    near(figure(readme, /`uploadFile` is about /), upload!, 1);
    // The standalone call does not grow with the spec's operations: exact for the README's
    // spec, and within a rounding of it for a grown one (its tables of servers and hosts).
    for (const [text, before] of [
      [readme, /`createCoreClient` and one\s+standalone function cost /],
      [readme, /it imports: /],
      [root, /createCoreClient and one standalone function: /],
    ] as const)
      if (added === 0) expect(figure(text, before), String(before)).toBe(Number(core!.toFixed(2)));
      else expect(Math.abs(figure(text, before) - core!)).toBeLessThanOrEqual(0.05);
  });
});
