/**
 * How a fault-table row is judged, whichever runtime made the call: the same assertions for
 * Node, Deno and Bun (faults.test.ts) and for the browser page (browser.test.ts).
 */
import { expect } from "vitest";
import { SESSION } from "./responses.js";
import type { FaultCase, Observation } from "./fault-table.js";

/** A row's wanted fields as matchers: a RegExp matches a string field. */
const asMatchers = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).map(([key, want]) => [
      key,
      want instanceof RegExp ? expect.stringMatching(want) : want,
    ]),
  );

export function expectRow({ row }: FaultCase, seen: Observation, attempts: number): void {
  if (row.want === "ok") {
    expect(seen).toEqual({ value: SESSION, elapsedMs: seen.elapsedMs });
  } else {
    expect(seen.error, `the call resolved with ${JSON.stringify(seen.value)}`).toBeDefined();
    expect(seen.error!.isWanted, `rejected with a ${seen.error!.name}`).toBe(true);
    expect(seen.error!.fields).toMatchObject(asMatchers(row.want.fields ?? {}));
  }
  expect(attempts, "attempts that reached the server").toBe(row.attempts);
  if (row.minMs !== undefined) expect(seen.elapsedMs).toBeGreaterThanOrEqual(row.minMs);
}
