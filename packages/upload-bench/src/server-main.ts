/**
 * The benchmark's upload server: the stateful mock (`@chunked-uploads/mock`) with Box's rules, in
 * a process of its own so that its CPU and memory are not counted against the uploader. Prints
 * `READY <baseUrl>` and serves until killed.
 *   tsx src/server-main.ts <partSize> [latencyMs]
 * `latencyMs` holds each part's answer that long: a stand-in for the round trip to a far server.
 * Committed files keep their SHA-1 but not their bytes: a run uploads gigabytes.
 */
import { startMock } from "@chunked-uploads/mock";

const partSize = Number(process.argv[2] ?? 8 << 20);
const partDelayMs = Number(process.argv[3] ?? 0);
const mock = await startMock({
  stateful: { partSize, partDelayMs, minFileSize: 0, keepFiles: false },
});
console.log(`READY ${mock.baseUrl}`);
process.on("SIGTERM", () => void mock.close().then(() => process.exit(0)));
