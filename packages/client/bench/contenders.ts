/**
 * The three ways to make the same call that both benches compare, and their interleaved timing:
 * a bare `fetch` + `json()`, openapi-fetch's `GET` and the generated `getFileUploadSessionById`.
 */
import createFetchClient from "openapi-fetch";
import { createClient } from "../dist/index.js";

type Fetch = (request: Request) => Promise<Response>;

export function contenders(base: string, fetch?: Fetch): Record<string, () => Promise<unknown>> {
  // biome-ignore lint/suspicious/noExplicitAny: openapi-fetch's own untyped client, as its users make one
  const raw = createFetchClient<any>({
    baseUrl: base,
    headers: { authorization: "Bearer t" },
    ...(fetch && { fetch }),
  });
  const box = createClient({ token: "t", baseUrl: base, fetch });
  return {
    // The runtime's fetch at its cheapest: a URL and init, no Request built.
    "bare fetch + json()": async () => {
      const url = `${base}/files/upload_sessions/F97`;
      const init = { headers: { authorization: "Bearer t" } };
      return (await (fetch ? fetch(new Request(url, init)) : globalThis.fetch(url, init))).json();
    },
    "openapi-fetch GET": async () =>
      (
        await raw.GET("/files/upload_sessions/{upload_session_id}", {
          params: { path: { upload_session_id: "F97" } },
        })
      ).data,
    getFileUploadSessionById: () => box.chunkedUploads.getFileUploadSessionById("F97"),
  };
}

/**
 * Microseconds per call of each contender, one entry per round; each round runs them in a
 * different order, so that none always follows the same one.
 */
export async function interleaved(
  runs: Record<string, () => Promise<unknown>>,
  { calls, rounds, warmUp }: { calls: number; rounds: number; warmUp: number },
): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(
    Object.keys(runs).map((name) => [name, []]),
  );
  for (const run of Object.values(runs)) for (let i = 0; i < warmUp; i++) await run();
  for (let round = 0; round < rounds; round++) {
    const order = Object.entries(runs);
    for (let i = 0; i < round % order.length; i++) order.push(order.shift()!);
    for (const [name, run] of order) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) await run();
      samples[name]!.push(((performance.now() - started) * 1000) / calls);
    }
  }
  return samples;
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
