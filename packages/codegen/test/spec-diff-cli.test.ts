/** `pnpm spec:diff` in a throwaway git repository: a release tag, a spec change, a changeset. */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { specDiffMain } from "../src/index.js";
import { ONE_OPERATION_SPEC } from "./helpers.js";

let repo: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" });
async function run(...args: string[]) {
  const lines: string[] = [];
  const code = await specDiffMain(args, repo, {
    log: (l) => lines.push(l),
    error: (l) => lines.push(l),
  });
  return { code, output: lines.join("\n") };
}

afterAll(() => rm(repo, { recursive: true, force: true }));
beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), "spec-diff-cli-"));
  await mkdir(path.join(repo, "spec"));
  await mkdir(path.join(repo, ".changeset"));
  await writeFile(path.join(repo, "spec/openapi.yaml"), await readFile(ONE_OPERATION_SPEC));
  await writeFile(path.join(repo, ".changeset/README.md"), "changesets\n");
  git("init", "-q", "-b", "main");
  git(
    "-c",
    "user.name=t",
    "-c",
    "user.email=t@example.com",
    "commit",
    "-qam",
    "release",
    "--allow-empty",
  );
  git("add", "-A");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "release 1.0.0");
  git("tag", "@chunked-uploads/types@1.0.0");
});

it("classifies a spec change against the last release tag, writes its changeset, and verifies it", async () => {
  const spec = path.join(repo, "spec/openapi.yaml");
  await writeFile(
    spec,
    (await readFile(spec, "utf8")).replace(
      "        total_parts:\n",
      "        file_id:\n          type: string\n        total_parts:\n",
    ),
  );

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
    /wrote \.changeset\/spec-[0-9a-f]{8}\.md \(minor for @chunked-uploads\/types, @chunked-uploads\/client, @chunked-uploads\/snippets\)/,
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
