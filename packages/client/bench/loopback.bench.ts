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
import { contenders, interleaved, median } from "./contenders.js";

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

const CALLS = 500;
const ROUNDS = 11;
let samples: Record<string, number[]>;
try {
  samples = await interleaved(contenders(base), { calls: CALLS, rounds: ROUNDS, warmUp: 300 });
} finally {
  server.kill();
}
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
