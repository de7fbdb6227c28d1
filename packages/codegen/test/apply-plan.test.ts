import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyPlan, type OutputPlan } from "../src/index.js";
import { scratchRoot } from "./helpers.js";

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ root, cleanup } = await scratchRoot()));
afterEach(() => cleanup());

const plan = (writes: Array<[string, string]>, deletes: string[] = []): OutputPlan => ({
  root,
  writes: writes.map(([p, contents]) => ({ path: p, contents })),
  deletes,
  unchanged: [],
});

describe("writing generated files is all or nothing", () => {
  it("restores the files it already replaced when a later one fails", async () => {
    await mkdir(path.join(root, "out/b.ts/blocker"), { recursive: true }); // a folder where a file must go
    await writeFile(path.join(root, "out/a.ts"), "old a\n");

    const failure = await applyPlan(
      plan([
        ["out/a.ts", "new a\n"],
        ["out/b.ts", "new b\n"],
        ["out/c.ts", "new c\n"],
      ]),
    ).catch((e: Error) => e);

    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(
      "could not replace generated files; the previous files were restored",
    );
    expect((failure as Error).cause).toMatchObject({
      code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST/),
    });
    expect(await readFile(path.join(root, "out/a.ts"), "utf8")).toBe("old a\n");
    expect(await readdir(path.join(root, "out"))).toEqual(["a.ts", "b.ts"]); // no c.ts, no temporaries
  });

  it("writes nothing when a file cannot even be staged", async () => {
    await mkdir(path.join(root, "out"), { recursive: true });
    await writeFile(path.join(root, "out/a.ts"), "old a\n");
    await writeFile(path.join(root, "out/not-a-folder"), "a file\n");

    const failure = await applyPlan(
      plan([
        ["out/a.ts", "new a\n"],
        ["out/not-a-folder/b.ts", "b\n"],
      ]),
    ).catch((e: Error) => e);

    expect((failure as Error).message).toBe("could not write generated files; nothing was changed");
    expect((failure as Error).cause).toMatchObject({
      code: expect.stringMatching(/ENOTDIR|EEXIST/),
    });
    expect(await readFile(path.join(root, "out/a.ts"), "utf8")).toBe("old a\n");
    expect((await readdir(path.join(root, "out"))).sort()).toEqual(["a.ts", "not-a-folder"]);
  });

  it("replaces and removes files when nothing fails", async () => {
    await mkdir(path.join(root, "out"), { recursive: true });
    await writeFile(path.join(root, "out/stale.ts"), "stale\n");
    await applyPlan(
      plan(
        [
          ["out/a.ts", "a\n"],
          ["out/deep/b.ts", "b\n"],
        ],
        ["out/stale.ts"],
      ),
    );
    expect((await readdir(path.join(root, "out"), { recursive: true })).sort()).toEqual([
      "a.ts",
      "deep",
      "deep/b.ts",
    ]);
  });
});
