/**
 * Per-call overhead against a stubbed fetch (no network): a bare `fetch` + `json()`,
 * openapi-fetch's `GET`, and the generated `getFileUploadSessionById`, measured in interleaved
 * rounds in one process so that all three see the same machine load. Uses the built package.
 *
 *   pnpm bench            (from the repository root; builds first)
 */
import createFetchClient from "openapi-fetch";
import { createClient } from "../dist/index.js";

const BODY = JSON.stringify({
  id: "F971964745A5CD0C001BBE4E58196BFD",
  type: "upload_session",
  total_parts: 1000,
  part_size: 1024,
});
const URL_BASE = "https://upload.box.com/api/2.0";
const stub = async (_request: Request) =>
  new Response(BODY, { status: 200, headers: { "content-type": "application/json" } });

const raw = createFetchClient<any>({
  baseUrl: URL_BASE,
  fetch: stub,
  headers: { authorization: "Bearer t" },
});
const box = createClient({ token: "t", fetch: stub });

const contenders: Record<string, () => Promise<unknown>> = {
  "bare fetch + json()": async () =>
    (
      await stub(
        new Request(`${URL_BASE}/files/upload_sessions/F97`, {
          headers: { authorization: "Bearer t" },
        }),
      )
    ).json(),
  "openapi-fetch GET": async () =>
    (
      await raw.GET("/files/upload_sessions/{upload_session_id}", {
        params: { path: { upload_session_id: "F97" } },
      })
    ).data,
  getFileUploadSessionById: () => box.chunkedUploads.getFileUploadSessionById("F97"),
};

const CALLS = 2000;
const ROUNDS = 9;
const samples: Record<string, number[]> = Object.fromEntries(
  Object.keys(contenders).map((name) => [name, []]),
);

for (const run of Object.values(contenders)) for (let i = 0; i < 500; i++) await run(); // warm up
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(contenders)) {
    const started = performance.now();
    for (let i = 0; i < CALLS; i++) await run();
    samples[name]!.push(((performance.now() - started) * 1000) / CALLS);
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const bare = median(samples["bare fetch + json()"]!);
console.log(
  `per call, median of ${ROUNDS} interleaved rounds of ${CALLS} calls (stubbed fetch, Node ${process.version}):`,
);
for (const [name, values] of Object.entries(samples)) {
  const us = median(values);
  console.log(
    `  ${name.padEnd(26)} ${us.toFixed(1).padStart(7)} µs   ${(us / bare).toFixed(2)}× bare fetch`,
  );
}
const ours = median(samples["getFileUploadSessionById"]!);
const theirs = median(samples["openapi-fetch GET"]!);
console.log(`  getFileUploadSessionById / openapi-fetch GET = ${(ours / theirs).toFixed(2)}×`);
