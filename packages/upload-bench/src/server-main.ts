/**
 * The benchmark's upload server, in a process of its own so that its CPU and memory are not
 * counted against the uploader: prints `READY <baseUrl>` and serves until killed.
 *   tsx src/server-main.ts <partSize> [latencyMs]
 * `latencyMs` holds each part's answer that long: a stand-in for the round trip to a far server.
 */
import { startUploadServer } from "../../client/test/upload-server.js";

const partSize = Number(process.argv[2] ?? 8 << 20);
const partDelayMs = Number(process.argv[3] ?? 0);
const server = await startUploadServer({
  partSize,
  partDelayMs,
  keepBytes: false,
  requireDigests: false,
});
console.log(`READY ${server.baseUrl}`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
