/**
 * Which commit holds the spec of the last release: what `pnpm spec:diff` compares with when no
 * `--base` is given. A changeset covers the spec changes since the last release, not since
 * `main` or `HEAD`: once `pnpm version-packages` has consumed the changesets and the new
 * version is committed, that commit is the release, and verification starts again from it.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Runs git in `root` and returns its output; no size limit (a spec can be megabytes). */
export type Git = (...args: string[]) => string;

export function gitIn(cwd: string): Git {
  return (...args) =>
    execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: Number.POSITIVE_INFINITY,
    }).trim();
}

/** Where the last release is, and why that commit. */
export type ReleaseBase =
  | { ref: string; reason: string }
  /** The packages' version in the working tree is in no commit yet: this tree is the release. */
  | { ref: undefined; reason: string };

/**
 * The last release of `releasedPackage` (the first package of the fixed group):
 * 1. its release tag for the version in the working tree (`changeset publish` creates
 *    `@scope/name@1.2.0`), else
 * 2. the last commit that changed the `version` line of its package.json, when that commit
 *    holds the same version (the commit of `pnpm version-packages`, or the package's first), else
 * 3. none: the version was bumped in the working tree and is not committed yet.
 */
export function releaseBase(git: Git, root: string, releasedPackage: string): ReleaseBase {
  const manifest = packageJsonOf(root, releasedPackage);
  const version = versionOf(readFileSync(path.join(root, manifest), "utf8"));
  const tag = `${releasedPackage}@${version}`;
  if (git("tag", "--list", tag) === tag) return { ref: tag, reason: `the release tag ${tag}` };
  const commit = git("log", "-n", "1", "--format=%H", "-G", '"version"\\s*:', "--", manifest);
  if (commit && versionAt(git, commit, manifest) === version)
    return {
      ref: commit.slice(0, 12),
      reason: `the commit that set ${releasedPackage}'s version to ${version}`,
    };
  return {
    ref: undefined,
    reason: `${releasedPackage}'s version ${version} is not committed yet: the working tree is the release`,
  };
}

/** The repository-relative path of the workspace package named `name`'s package.json. */
function packageJsonOf(root: string, name: string): string {
  for (const dir of readdirSync(path.join(root, "packages"))) {
    const file = `packages/${dir}/package.json`;
    try {
      if (
        (JSON.parse(readFileSync(path.join(root, file), "utf8")) as { name?: string }).name === name
      )
        return file;
    } catch {
      // not a package folder
    }
  }
  throw new Error(`no package named ${name} under packages/`);
}

function versionOf(packageJson: string): string {
  const { version } = JSON.parse(packageJson) as { version?: unknown };
  if (typeof version !== "string") throw new Error("a released package has no version");
  return version;
}

function versionAt(git: Git, commit: string, file: string): string | undefined {
  try {
    return versionOf(git("show", `${commit}:${file}`));
  } catch {
    return undefined;
  }
}
