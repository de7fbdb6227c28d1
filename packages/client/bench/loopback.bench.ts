/**
 * Per-call time over real loopback sockets: a keep-alive HTTP server in another process on
 * 127.0.0.1, called with a bare `fetch` + `json()`, openapi-fetch's `GET` and the generated
 * `getFileUploadSessionById` (default retries, timeout and auth). Interleaved rounds in one
 * process; each round's ratios are taken, and their medians printed. Uses the built package.
 *
 *   pnpm bench            (from the repository root; builds first; after the stubbed bench)
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import createFetchClient from "openapi-fetch";
import { createClient } from "../dist/index.js";

const BODY = JSON.stringify({
  id: "F971964745A5CD0C001BBE4E58196BFD",
  type: "upload_session",
  total_parts: 1000,
  part_size: 1024,
  session_expires_at: "2026-12-02T00:00:00Z",
});
// The server: one JSON answer for every request, keep-alive (Node's default), its own process.
const server = spawn(
  process.execPath,
  [
    "-e",
    `const body = ${JSON.stringify(BODY)};
     const s = require("node:http").createServer((q, r) => { q.resume(); q.on("end", () => r.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body)); });
     s.keepAliveTimeout = 60000;
     s.listen(0, "127.0.0.1", () => console.log(s.address().port));
     setTimeout(() => process.exit(0), 300000).unref();`,
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const [portLine] = (await once(server.stdout!, "data")) as [Buffer];
const base = `http://127.0.0.1:${portLine.toString().trim()}/api/2.0`;

const raw = createFetchClient<any>({ baseUrl: base, headers: { authorization: "Bearer t" } });
const box = createClient({ token: "t", baseUrl: base });

const contenders: Record<string, () => Promise<unknown>> = {
  "bare fetch + json()": async () =>
    (
      await fetch(`${base}/files/upload_sessions/F97`, { headers: { authorization: "Bearer t" } })
    ).json(),
  "openapi-fetch GET": async () =>
    (
      await raw.GET("/files/upload_sessions/{upload_session_id}", {
        params: { path: { upload_session_id: "F97" } },
      })
    ).data,
  getFileUploadSessionById: () => box.chunkedUploads.getFileUploadSessionById("F97"),
};

const CALLS = 500;
const ROUNDS = 11;
const samples: Record<string, number[]> = Object.fromEntries(
  Object.keys(contenders).map((name) => [name, []]),
);
try {
  for (const run of Object.values(contenders)) for (let i = 0; i < 300; i++) await run(); // warm up
  for (let round = 0; round < ROUNDS; round++) {
    // A different order each round: no contender always runs after the same one.
    const order = Object.entries(contenders);
    for (let i = 0; i < round % order.length; i++) order.push(order.shift()!);
    for (const [name, run] of order) {
      const started = performance.now();
      for (let i = 0; i < CALLS; i++) await run();
      samples[name]!.push(((performance.now() - started) * 1000) / CALLS);
    }
  }
} finally {
  server.kill();
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ratio = (a: string, b: string) =>
  median(samples[a]!.map((value, round) => value / samples[b]![round]!));
console.log(
  `\nper call over loopback sockets (keep-alive server in another process), median of ${ROUNDS} interleaved rounds of ${CALLS} calls, Node ${process.version}:`,
);
for (const [name, values] of Object.entries(samples))
  console.log(
    `  ${name.padEnd(26)} ${median(values).toFixed(1).padStart(7)} µs   ${ratio(name, "bare fetch + json()").toFixed(2)}× bare fetch`,
  );
console.log(
  `  getFileUploadSessionById / openapi-fetch GET = ${ratio("getFileUploadSessionById", "openapi-fetch GET").toFixed(2)}× (median of per-round ratios; target ≤ 1.1×, and ≤ 1.3× bare fetch)`,
);
