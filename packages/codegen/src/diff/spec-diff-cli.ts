/**
 * `pnpm spec:diff [--base <git-ref>] [--spec <file>] [--write-changeset] [--verify]`
 *
 * Compares the spec in the working tree with the spec at a base (default: the last release, see
 * release-base.ts), prints each change with its semver class, and optionally writes the
 * changeset it needs or checks the pending changesets against it.
 * Exit codes: 0 fine, 1 the pending changesets do not cover the changes, 2 bad arguments or ref.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ApiModel } from "../model/api-model.js";
import { buildModel } from "../model/build-model.js";
import { loadSpec } from "../load/load-spec.js";
import { SpecError, SpecErrors } from "../load/spec-error.js";
import { CONSOLE, type CliOutput } from "../cli-output.js";
import { changesetFor, RELEASED_PACKAGES, verifyChangesets } from "./changesets.js";
import { bumpOf } from "./spec-change.js";
import { gitIn, releaseBase } from "./release-base.js";
import { diffModels } from "./spec-diff.js";

export async function specDiffMain(
  argv: string[],
  cwd: string,
  out: CliOutput = CONSOLE,
): Promise<number> {
  const parse = () =>
    parseArgs({
      args: argv,
      strict: true,
      options: {
        base: { type: "string" },
        spec: { type: "string", default: "spec/openapi.yaml" },
        "write-changeset": { type: "boolean", default: false },
        verify: { type: "boolean", default: false },
      },
    });
  let values: ReturnType<typeof parse>["values"];
  try {
    ({ values } = parse());
  } catch (error) {
    out.error(
      `error: ${(error as Error).message}\nusage: pnpm spec:diff [--base <git-ref>] [--spec <file>] [--write-changeset] [--verify]`,
    );
    return 2;
  }
  let root: string;
  try {
    root = gitIn(cwd)("rev-parse", "--show-toplevel");
  } catch {
    out.error("error: spec:diff needs a git repository (it compares with a git ref)");
    return 2;
  }
  const git = gitIn(root);
  const specPath = path.resolve(root, values.spec!);
  const specRelative = path.relative(root, specPath).split(path.sep).join("/");
  let base = values.base;
  if (base === undefined) {
    let release: ReturnType<typeof releaseBase>;
    try {
      release = releaseBase(git, root, RELEASED_PACKAGES[0]!);
    } catch (error) {
      out.error(`error: could not find the last release: ${(error as Error).message}`);
      return 2;
    }
    out.log(`comparing with ${release.reason}`);
    if (release.ref === undefined) {
      out.log(
        `${specRelative}: no changes to classify; the changesets were consumed by this release`,
      );
      return 0;
    }
    base = release.ref;
  }
  try {
    git("rev-parse", "--verify", "--quiet", `${base}^{commit}`);
  } catch {
    out.error(`error: ${base} is not a commit, tag or branch of this repository`);
    return 2;
  }

  let baseModel: ApiModel;
  let headModel: ApiModel;
  const scratch = await mkdtemp(path.join(tmpdir(), "spec-diff-"));
  try {
    headModel = buildModel(await loadSpec(specPath, { displayRoot: root }));
    // The whole spec folder at the base, so that a spec split over files diffs as a whole.
    const folder = path.dirname(specRelative);
    const listed = git("ls-tree", "-r", "--name-only", base, "--", folder)
      .split("\n")
      .filter(Boolean);
    if (!listed.includes(specRelative)) {
      out.log(`${specRelative} does not exist at ${base}: every operation counts as added.`);
      baseModel = {
        ...headModel,
        operations: [],
        schemas: [],
        resources: [],
        allowedHosts: [],
        document: {},
      };
    } else {
      const contents = filesAt(root, base, listed);
      for (const [file, bytes] of contents) {
        await mkdir(path.join(scratch, path.dirname(file)), { recursive: true });
        await writeFile(path.join(scratch, file), bytes);
      }
      baseModel = buildModel(
        await loadSpec(path.join(scratch, specRelative), { displayRoot: scratch }),
      );
    }
  } catch (error) {
    const detail =
      error instanceof SpecError || error instanceof SpecErrors ? error.message : String(error);
    out.error(`error: could not load a spec to compare:\n${detail}`);
    return 2;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const changes = diffModels(baseModel, headModel);
  const bump = bumpOf(changes);
  for (const change of changes)
    out.log(`${change.level.padEnd(5)}  ${change.where}: ${change.message}`);
  out.log(
    bump
      ? `${specRelative} vs ${base}: ${changes.length} changes, a ${bump} release`
      : `${specRelative} vs ${base}: no changes`,
  );

  const changesetDir = path.join(root, ".changeset");
  if (values["write-changeset"]) {
    if (!bump) {
      out.log("nothing to write: the spec has not changed");
    } else {
      const { fileName, contents } = changesetFor(changes, base);
      await writeFile(path.join(changesetDir, fileName), contents);
      out.log(`wrote .changeset/${fileName} (${bump} for ${RELEASED_PACKAGES.join(", ")})`);
    }
  }
  if (values.verify) {
    const names = (await readdir(changesetDir).catch(() => [] as string[])).filter(
      (n) => n.endsWith(".md") && n !== "README.md",
    );
    const pending = await Promise.all(
      names.sort().map((n) => readFile(path.join(changesetDir, n), "utf8")),
    );
    const problems = verifyChangesets(changes, pending);
    for (const problem of problems) out.error(`verify: ${problem}`);
    if (problems.length > 0) return 1;
    out.log(`verify: the pending changesets (${names.length}) cover the spec changes`);
  }
  return 0;
}

/**
 * The bytes of `files` at commit `base`, read by one `git cat-file --batch` (a process per file
 * cost seconds on a folder of large specs), as they are and without a size limit (Box's spec
 * alone is 1.6 MB).
 */
function filesAt(root: string, base: string, files: string[]): Map<string, Buffer> {
  const output = execFileSync("git", ["cat-file", "--batch"], {
    cwd: root,
    input: files.map((file) => `${base}:${file}\n`).join(""),
    maxBuffer: Number.POSITIVE_INFINITY,
  });
  const contents = new Map<string, Buffer>();
  let at = 0;
  for (const file of files) {
    // Each answer: "<object> <type> <size>\n", the bytes, "\n" (or "<name> missing\n").
    const end = output.indexOf(10, at);
    const header = output.subarray(at, end).toString("utf8");
    const size = Number(/^\S+ blob (\d+)$/.exec(header)?.[1]);
    if (!Number.isInteger(size)) throw new Error(`git cat-file: ${file} at ${base}: ${header}`);
    contents.set(file, output.subarray(end + 1, end + 1 + size));
    at = end + 1 + size + 1;
  }
  return contents;
}
