/** How much a spec change breaks the packages generated from it, in semver terms. */
export type Bump = "major" | "minor" | "patch";

export interface SpecChange {
  level: Bump;
  /** Where: `GET /files/upload_sessions/{upload_session_id}` or `schema UploadSession`. */
  where: string;
  /** What changed, in words: `response 200 field total_parts removed`. */
  message: string;
}

const ORDER: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

/** The bump a set of changes needs: the largest of them, or undefined when there are none. */
export function bumpOf(changes: Array<{ level: Bump }>): Bump | undefined {
  return changes.reduce<Bump | undefined>(
    (max, c) => (max === undefined || ORDER[c.level] > ORDER[max] ? c.level : max),
    undefined,
  );
}

/** Whether `declared` covers `required`. */
export function covers(declared: Bump | undefined, required: Bump): boolean {
  return declared !== undefined && ORDER[declared] >= ORDER[required];
}
