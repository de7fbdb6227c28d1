/**
 * Per-call overhead against a stubbed fetch (no network): a bare `fetch` + `json()`,
 * openapi-fetch's `GET`, and the generated `getFileUploadSessionById`, measured in interleaved
 * rounds in one process so that all three see the same machine load. Uses the built package.
 *
 *   pnpm bench            (from the repository root; builds first)
 */
import { contenders, interleaved, median } from "./contenders.js";

const BODY = JSON.stringify({
  id: "F971964745A5CD0C001BBE4E58196BFD",
  type: "upload_session",
  total_parts: 1000,
  part_size: 1024,
});
const stub = async (_request: Request) =>
  new Response(BODY, { status: 200, headers: { "content-type": "application/json" } });

const CALLS = 2000;
const ROUNDS = 9;
const samples = await interleaved(contenders("https://upload.box.com/api/2.0", stub), {
  calls: CALLS,
  rounds: ROUNDS,
  warmUp: 500,
});
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
const ours = median(samples.getFileUploadSessionById!);
const theirs = median(samples["openapi-fetch GET"]!);
console.log(`  getFileUploadSessionById / openapi-fetch GET = ${(ours / theirs).toFixed(2)}×`);
