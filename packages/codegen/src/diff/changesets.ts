import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../package-paths.js";
import { bumpOf, covers, type Bump, type SpecChange } from "./spec-change.js";

/**
 * The packages generated from the spec, which version together: changesets' own `fixed` group
 * in .changeset/config.json, the one list of them (the spec diff, the release test).
 */
export const RELEASED_PACKAGES: readonly string[] = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, ".changeset/config.json"), "utf8")) as {
    fixed: string[][];
  }
).fixed[0]!;

/** Why a value added to a response enum is a major change, in the words of the release notes. */
export const ENUM_POLICY =
  "Response enums are closed unions in the generated types, so a value added to one is a major change: an exhaustive `switch` over the type stops compiling, and code written against the old values meets one it does not handle.";

/** A changeset for the three packages with the bump the changes need, and a readable summary. */
export function changesetFor(
  changes: SpecChange[],
  comparedWith: string,
): { fileName: string; contents: string } {
  const bump = bumpOf(changes);
  if (!bump) throw new Error("no spec changes: there is nothing to write a changeset for");
  const lines = (["major", "minor", "patch"] as const).flatMap((level) =>
    changes
      .filter((c) => c.level === level)
      .map((c) => `- **${level}** — \`${c.where}\`: ${c.message}`),
  );
  // The release notes say why an added value is major (the README's policy).
  const closedEnums = changes.some(
    (c) => c.level === "major" && /enum value .* added$/.test(c.message),
  );
  const contents = [
    "---",
    ...RELEASED_PACKAGES.map((name) => `"${name}": ${bump}`),
    "---",
    "",
    `Spec changes since ${comparedWith} (${bump}, from \`pnpm spec:diff\`):`,
    "",
    ...lines,
    ...(closedEnums ? ["", ENUM_POLICY] : []),
    "",
  ].join("\n");
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 8);
  return { fileName: `spec-${hash}.md`, contents };
}

/** The bumps a changeset's front matter declares: `"@chunked-uploads/client": minor`. */
export function declaredBumps(changeset: string): Map<string, Bump> {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(changeset)?.[1] ?? "";
  const bumps = new Map<string, Bump>();
  for (const line of front.split(/\r?\n/)) {
    const match = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (match) bumps.set(match[1]!, match[2] as Bump);
  }
  return bumps;
}

/**
 * Checks pending changesets against the spec's changes: every released package must be
 * declared with at least the bump the changes need. Returns the problems (none when it passes).
 */
export function verifyChangesets(changes: SpecChange[], pending: string[]): string[] {
  const required = bumpOf(changes);
  if (!required) return [];
  if (pending.length === 0)
    return [
      `the spec changed (${required}) but there is no pending changeset; run \`pnpm spec:diff --write-changeset\``,
    ];
  const problems: string[] = [];
  for (const name of RELEASED_PACKAGES) {
    const declared = pending.map(declaredBumps).reduce<Bump | undefined>((max, bumps) => {
      const bump = bumps.get(name);
      return bump && !covers(max, bump) ? bump : max;
    }, undefined);
    if (!covers(declared, required)) {
      problems.push(
        `${name}: the spec changes need a ${required} release, the pending changesets declare ${declared ?? "none"}`,
      );
    }
  }
  return problems;
}
