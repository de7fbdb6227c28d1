/**
 * `pnpm spec:diff` in throwaway git repositories shaped like this one (the three released
 * packages, changesets' config): a release tag, a spec change, a changeset, and the README's
 * whole release flow with the real `changeset version`.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RELEASED_PACKAGES, specDiffMain } from "../src/index.js";
import { ONE_OPERATION_SPEC, REPO_ROOT } from "./helpers.js";

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A repository with the spec, the released packages at `version`, and changesets' config. */
async function scratchRepo(version: string): Promise<string> {
  const repo = await mkdtemp(path.join(tmpdir(), "spec-diff-cli-"));
  made.push(repo);
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await writeFile(path.join(repo, file), text);
  };
  await write("spec/openapi.yaml", await readFile(ONE_OPERATION_SPEC, "utf8"));
  await write(".changeset/README.md", "changesets\n");
  // The repository's own config (the fixed group), without a changelog module to resolve.
  const config = JSON.parse(await readFile(path.join(REPO_ROOT, ".changeset/config.json"), "utf8"));
  await write(".changeset/config.json", JSON.stringify({ ...config, changelog: false }, null, 2));
  await write("package.json", JSON.stringify({ name: "scratch", private: true }));
  await write("pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  for (const name of RELEASED_PACKAGES)
    await write(
      `packages/${name.split("/")[1]}/package.json`,
      `${JSON.stringify({ name, version }, null, 2)}\n`,
    );
  gitIn(repo)("init", "-q", "-b", "main");
  commit(repo, `release ${version}`);
  return repo;
}

const gitIn =
  (repo: string) =>
  (...args: string[]) =>
    execFileSync("git", args, { cwd: repo, encoding: "utf8" });
const commit = (repo: string, message: string) => {
  gitIn(repo)("add", "-A");
  gitIn(repo)("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message);
};

async function runIn(repo: string, ...args: string[]) {
  const lines: string[] = [];
  const code = await specDiffMain(args, repo, {
    log: (l) => lines.push(l),
    error: (l) => lines.push(l),
  });
  return { code, output: lines.join("\n") };
}

/** Adds an optional response field to the spec: a minor change. */
async function addField(repo: string, field: string) {
  const spec = path.join(repo, "spec/openapi.yaml");
  await writeFile(
    spec,
    (await readFile(spec, "utf8")).replace(
      "        total_parts:\n",
      `        ${field}:\n          type: string\n        total_parts:\n`,
    ),
  );
}

let repo: string;
const run = (...args: string[]) => runIn(repo, ...args);
const git = (...args: string[]) => gitIn(repo)(...args);
beforeAll(async () => {
  repo = await scratchRepo("1.0.0");
  git("tag", "@chunked-uploads/types@1.0.0");
});

it("classifies a spec change against the last release tag, writes its changeset, and verifies it", async () => {
  await addField(repo, "file_id");

  const diff = await run();
  expect(diff.code).toBe(0);
  expect(diff.output).toMatch(/minor\s+schema UploadSession: response field file_id added/);
  expect(diff.output).toMatch(
    /spec\/openapi\.yaml vs @chunked-uploads\/types@1\.0\.0: 1 changes, a minor release/,
  );

  const unverified = await run("--verify");
  expect(unverified.code).toBe(1);
  expect(unverified.output).toMatch(/no pending changeset; run `pnpm spec:diff --write-changeset`/);

  const written = await run("--write-changeset");
  expect(written.output).toMatch(
    new RegExp(
      `wrote \\.changeset/spec-[0-9a-f]{8}\\.md \\(minor for ${RELEASED_PACKAGES.join(", ")}\\)`,
    ),
  );
  const files = (await readdir(path.join(repo, ".changeset"))).filter((f) => f.startsWith("spec-"));
  expect(files).toHaveLength(1);
  expect(await readFile(path.join(repo, ".changeset", files[0]!), "utf8")).toContain(
    '"@chunked-uploads/client": minor',
  );

  expect(await run("--verify")).toMatchObject({ code: 0 });
});

it("fails verification when the pending changeset declares too small a bump", async () => {
  const spec = path.join(repo, "spec/openapi.yaml");
  await writeFile(
    spec,
    (await readFile(spec, "utf8")).replace(
      "x-sdk-method-name: getFileUploadSessionById",
      "x-sdk-method-name: getUploadSession",
    ),
  );
  const result = await run("--verify");
  expect(result.code).toBe(1);
  expect(result.output).toMatch(
    /major\s+GET \/files\/upload_sessions\/\{upload_session_id\}: SDK method chunkedUploads\.getFileUploadSessionById renamed to chunkedUploads\.getUploadSession/,
  );
  expect(result.output).toMatch(
    /@chunked-uploads\/types: the spec changes need a major release, the pending changesets declare minor/,
  );
});

it("names a bad base ref", async () => {
  expect(await run("--base", "no-such-ref")).toMatchObject({
    code: 2,
    output: expect.stringMatching(/no-such-ref is not a commit, tag or branch/),
  });
});

describe("the README's release flow, with the real changesets CLI", () => {
  const changeset = (repo: string, ...args: string[]) =>
    execFileSync(path.join(REPO_ROOT, "node_modules/.bin/changeset"), args, {
      cwd: repo,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });

  it("passes verification at every step, and fails on a later spec change without a changeset", async () => {
    const repo = await scratchRepo("0.1.0");
    // Nothing released but the first commit: it set the version.
    expect(await runIn(repo, "--verify")).toMatchObject({
      code: 0,
      output: expect.stringMatching(
        /comparing with the commit that set @chunked-uploads\/types's version to 0\.1\.0/,
      ),
    });

    // 1. A spec change and its changeset, committed.
    await addField(repo, "file_id");
    expect((await runIn(repo, "--write-changeset")).code).toBe(0);
    commit(repo, "spec: file_id, with its changeset");
    expect(await runIn(repo, "--verify")).toMatchObject({ code: 0 });

    // 2. `pnpm version-packages` consumes the changeset: before and after the commit.
    changeset(repo, "version");
    const manifest = JSON.parse(
      await readFile(path.join(repo, "packages/client/package.json"), "utf8"),
    );
    expect(manifest.version).toBe("0.2.0");
    expect(
      (await readdir(path.join(repo, ".changeset"))).filter((f) => f.startsWith("spec-")),
    ).toEqual([]);
    expect(await runIn(repo, "--verify")).toMatchObject({
      code: 0,
      output: expect.stringMatching(/version 0\.2\.0 is not committed yet/),
    });
    commit(repo, "version packages");
    const released = await runIn(repo, "--verify");
    expect(released).toMatchObject({
      code: 0,
      output: expect.stringMatching(/spec\/openapi\.yaml vs [0-9a-f]{12}: no changes/),
    });

    // 3. A later spec change without a changeset.
    await addField(repo, "owner_id");
    commit(repo, "spec: owner_id, no changeset");
    expect(await runIn(repo, "--verify")).toMatchObject({
      code: 1,
      output: expect.stringMatching(/response field owner_id added[\s\S]*no pending changeset/),
    });
  });
});

it("diffs a spec of several megabytes against a git ref (no limit on what git returns)", async () => {
  const big = await scratchRepo("1.0.0");
  // The one-operation spec with a schema description of over 2 MB, in the commit and the tree.
  const spec = path.join(big, "spec/openapi.yaml");
  const text = await readFile(spec, "utf8");
  const padded = (word: string) =>
    text.replace(
      "      description: An upload session for chunk uploading a file.\n",
      `      description: "${word.repeat(600_000)}"\n`,
    );
  await writeFile(spec, padded("abcd"));
  commit(big, "a big spec");
  await writeFile(spec, padded("abce"));
  expect(Buffer.byteLength(padded("abcd"))).toBeGreaterThan(2 * 1024 * 1024);
  expect(await runIn(big, "--base", "HEAD")).toMatchObject({
    code: 0,
    output: expect.stringMatching(
      /UploadSession: description changed[\s\S]*vs HEAD: 1 changes, a patch release/,
    ),
  });
});
