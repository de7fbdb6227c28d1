// One measured upload (or hash) in a process of its own, so that its CPU time and peak memory are
// its own. Plain JavaScript on the built packages: no TypeScript loader in the measurement.
//   node src/scenario.mjs <kind> <baseUrl> <bytes> <concurrency> <partSize>
// Prints one JSON line: { ms, cpuMs, maxRssMB, maxDelayMs }.
import { createHash } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";

const [kind, baseUrl, bytesArg, concurrencyArg, partSizeArg] = process.argv.slice(2);
const bytes = Number(bytesArg);
const concurrency = Number(concurrencyArg);
const partSize = Number(partSizeArg);
const MiB = 1 << 20;

/** The bytes every scenario uploads: generated 1 MiB at a time, each mebibyte different. */
async function* generated() {
  const block = new Uint8Array(MiB);
  for (let i = 0; i < MiB; i++) block[i] = (i * 2654435761) >>> 24;
  for (let offset = 0; offset < bytes; offset += MiB) {
    const chunk = block.slice(0, Math.min(MiB, bytes - offset));
    chunk[0] = (offset / MiB) & 0xff;
    yield chunk;
  }
}

/**
 * The same bytes as a byte stream (`type: "bytes"`), written straight into the reader's own
 * buffers when it brings them (BYOB), as a file or a fetch body can be read.
 */
function generatedByteStream() {
  const block = new Uint8Array(MiB);
  for (let i = 0; i < MiB; i++) block[i] = (i * 2654435761) >>> 24;
  let offset = 0;
  return new ReadableStream({
    type: "bytes",
    pull(controller) {
      const request = controller.byobRequest;
      if (offset >= bytes) {
        controller.close();
        request?.respond(0);
        return;
      }
      const within = offset % MiB;
      const room = request ? request.view.byteLength : MiB;
      const n = Math.min(room, bytes - offset, MiB - within);
      const view = request
        ? new Uint8Array(request.view.buffer, request.view.byteOffset, n)
        : new Uint8Array(n);
      view.set(block.subarray(within, within + n));
      if (within === 0) view[0] = (offset / MiB) & 0xff;
      offset += n;
      if (request) request.respond(n);
      else controller.enqueue(view);
    },
  });
}

/** The same parts a chunked upload sends: whole part_size buffers, the last one shorter. */
async function* partsOf(partSize) {
  let part = new Uint8Array(partSize);
  let filled = 0;
  for await (const chunk of generated()) {
    part.set(chunk, filled);
    filled += chunk.length;
    if (filled === partSize) {
      yield part;
      part = new Uint8Array(partSize);
      filled = 0;
    }
  }
  if (filled > 0) yield part.subarray(0, filled);
}

/**
 * The digests Box requires of the bare PUTs (each part's, then the whole file's), computed
 * before the clock starts: the bare scenario measures the wire, not hashing.
 */
async function digestsBeforehand() {
  const parts = [];
  const whole = createHash("sha1");
  for await (const part of partsOf(partSize)) {
    parts.push(createHash("sha1").update(part).digest("base64"));
    whole.update(part);
  }
  return { parts, whole: whole.digest("base64") };
}

/** The wire limit: the same parts as bare parallel fetch PUTs, no hashing, no retries. */
async function bareFetch(digests) {
  const headers = { authorization: "Bearer t", "content-type": "application/json" };
  const session = await (
    await fetch(`${baseUrl}/files/upload_sessions`, {
      method: "POST",
      headers,
      body: JSON.stringify({ folder_id: "0", file_size: bytes, file_name: "bench.bin" }),
    })
  ).json();
  if (session.part_size !== partSize)
    throw new Error(`the session's part_size is ${session.part_size}, not ${partSize}`);
  const done = [];
  const inFlight = new Set();
  let offset = 0;
  let index = 0;
  for await (const part of partsOf(session.part_size)) {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const start = offset;
    offset += part.length;
    const task = fetch(session.session_endpoints.upload_part, {
      method: "PUT",
      headers: {
        authorization: "Bearer t",
        "content-type": "application/octet-stream",
        "content-range": `bytes ${start}-${start + part.length - 1}/${bytes}`,
        digest: `sha=${digests.parts[index++]}`,
      },
      body: part,
    })
      .then((r) => r.json())
      .then(({ part }) => void done.push(part));
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  }
  await Promise.all(inFlight);
  done.sort((a, b) => a.offset - b.offset);
  const commit = await fetch(session.session_endpoints.commit, {
    method: "POST",
    headers: { ...headers, digest: `sha=${digests.whole}` },
    body: JSON.stringify({ parts: done }),
  });
  if (commit.status !== 201) throw new Error(`commit answered ${commit.status}`);
}

// Each scenario loads only what it uses, so that peak memory is its own.
/** uploadFile from the built packages, reading `source`. */
async function ours(source) {
  const { createClient } = await import("@chunked-uploads/client");
  const { uploadFile } = await import("@chunked-uploads/client/upload");
  await uploadFile(createClient({ token: "t", baseUrl }), source, {
    folderId: "0",
    fileName: "bench.bin",
    fileSize: bytes,
    concurrency,
  });
}

const run = {
  ours: () => ours(generated()),
  "ours-bytes": () => ours(generatedByteStream()),
  fetch: () => bareFetch(digests),
  box: async () => {
    const { BoxClient, BoxDeveloperTokenAuth } = await import("box-node-sdk");
    const { Readable } = await import("node:stream");
    await new BoxClient({ auth: new BoxDeveloperTokenAuth({ token: "t" }) })
      .withCustomBaseUrls({
        baseUrl: `${new URL(baseUrl).origin}/api`,
        uploadUrl: `${new URL(baseUrl).origin}/api`,
        oauth2Url: `${new URL(baseUrl).origin}/oauth2`,
      })
      .chunkedUploads.uploadBigFile(Readable.from(generated()), "bench.bin", bytes, "0");
  },
  "sha1-node": async () => {
    const { createHash } = await import("node:crypto");
    const hash = createHash("sha1");
    for await (const chunk of generated()) hash.update(chunk);
    hash.digest();
  },
  "sha1-js": async () => {
    const { sha1 } = await import("@noble/hashes/legacy");
    const hash = sha1.create();
    for await (const chunk of generated()) hash.update(chunk);
    hash.digest();
  },
  generate: async () => {
    for await (const _ of generated());
  },
}[kind];
if (!run) throw new Error(`unknown scenario ${kind}`);

const digests = kind === "fetch" ? await digestsBeforehand() : undefined;
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
const cpu = process.cpuUsage();
const started = performance.now();
await run();
const ms = performance.now() - started;
delay.disable();
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    maxDelayMs: delay.max / 1e6,
  }),
);
