/**
 * `uploadFile` against the stateful mock (`@chunked-uploads/mock`) on 127.0.0.1, which enforces
 * Box's chunked-upload rules (aligned, exact-size, non-overlapping parts with SHA-1 digests; a commit that lists the
 * stored parts with the whole file's digest). Every test compares the committed bytes with the
 * source, byte for byte: sizes and source kinds, every injected fault, abort, resume, and
 * sources that hold fewer or more bytes than declared.
 */
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ApiError } from "../src/index.js";
import { partReader } from "../src/upload/source.js";
import {
  UploadError,
  uploadFile,
  uploadFileVersion,
  type UploadProgress,
} from "../src/upload/index.js";
import type { FaultKind } from "@chunked-uploads/mock";

import {
  byteStream,
  bytesOf,
  committed,
  firstSessionId,
  mock,
  PART,
  partRequests,
  setUp,
  stepRequests,
  unevenChunks,
  webStream,
} from "./upload-fixtures.js";

describe("uploads the source byte for byte", () => {
  const sizes = [
    ["an empty source", 0],
    ["one short part", 1000],
    ["exactly three parts", 3 * PART],
    ["a short last part", 2 * PART + 123],
  ] as const;
  const kinds = [
    ["Uint8Array", (b: Uint8Array<ArrayBuffer>) => b],
    ["ArrayBuffer", (b: Uint8Array<ArrayBuffer>) => b.slice().buffer],
    [
      "Buffer (a view into a larger buffer)",
      (b: Uint8Array<ArrayBuffer>) => Buffer.concat([Buffer.from("xx"), b]).subarray(2),
    ],
    ["Blob", (b: Uint8Array<ArrayBuffer>) => new Blob([b])],
    ["ReadableStream", (b: Uint8Array<ArrayBuffer>) => webStream(unevenChunks(b))],
    [
      "AsyncIterable (a Node Readable)",
      (b: Uint8Array<ArrayBuffer>) => Readable.from(unevenChunks(b)),
    ],
    ["byte ReadableStream", (b: Uint8Array<ArrayBuffer>) => byteStream(unevenChunks(b))],
    ["Blob's byte stream", (b: Uint8Array<ArrayBuffer>) => new Blob([b]).stream()],
  ] as const;
  const streams = new Set([
    "ReadableStream",
    "AsyncIterable (a Node Readable)",
    "byte ReadableStream",
    "Blob's byte stream",
  ]);

  it.each(
    sizes.flatMap(([size, n]) =>
      kinds.map(([kind, make]) => [`${size} from a ${kind}`, n, kind, make] as const),
    ),
  )("%s", async (_name, length, kind, make) => {
    const box = await setUp();
    const source = bytesOf(length, length + 7);
    const progress: UploadProgress[] = [];
    const file = await uploadFile(box, make(source) as never, {
      folderId: "0",
      fileName: "a.bin",
      ...(streams.has(kind) && { fileSize: length }),
      onProgress: (p) => progress.push(p),
    });
    expect(Buffer.compare(await committed(file.id), Buffer.from(source))).toBe(0);
    expect(file).toMatchObject({ type: "file", name: "a.bin", size: length });
    const totalParts = Math.ceil(length / PART);
    expect(progress.at(-1) ?? { bytesUploaded: 0 }).toMatchObject({
      bytesUploaded: length,
      ...(totalParts > 0 && { totalBytes: length, partsUploaded: totalParts, totalParts }),
    });
    expect(partRequests()).toHaveLength(totalParts);
    expect(mock.uploads!.sessions.size).toBe(0);
  });

  it("sends at most `concurrency` parts at once, and uses them all", async () => {
    // The server answers no part until three are in flight (and a moment more for a fourth).
    const box = await setUp({ holdParts: { until: 3 } });
    const source = bytesOf(12 * PART);
    await uploadFile(box, source, { folderId: "0", fileName: "a", concurrency: 3 });
    expect(mock.uploads!.maxPartsInFlight()).toBe(3);
  });

  // A big upload's time depends on the machine: its limit is far above what it takes here
  // (about 5 s idle), so that only a hang or a livelock fails it.
  it("a 200 MiB generated stream in 8 MiB parts", { timeout: 600_000 }, async () => {
    const MiB = 1 << 20;
    const box = await setUp({ partSize: 8 * MiB });
    const total = 200 * MiB;
    const block = bytesOf(MiB, 3);
    async function* generate() {
      for (let i = 0; i < total / MiB; i++) {
        const chunk = block.slice();
        chunk[0] = i & 0xff; // every mebibyte differs
        yield chunk;
      }
    }
    const expected = createHash("sha1");
    for await (const chunk of generate()) expected.update(chunk);
    const file = await uploadFile(box, Readable.from(generate()), {
      folderId: "0",
      fileName: "big.bin",
      fileSize: total,
      concurrency: 4,
    });
    expect(mock.uploads!.files.get(file.id)?.sha1).toBe(expected.digest("hex"));
    const stored = await committed(file.id);
    expect(stored.length).toBe(total);
    let i = 0;
    for await (const chunk of generate()) {
      expect(Buffer.compare(stored.subarray(i * MiB, (i + 1) * MiB), chunk)).toBe(0);
      i++;
    }
  });

  it("a new version of an existing file", async () => {
    const box = await setUp();
    const source = bytesOf(PART + 5);
    const file = await uploadFileVersion(box, "12345", source, { fileName: "v2.bin" });
    expect(file.id).toBe("12345");
    expect(Buffer.compare(await committed("12345"), Buffer.from(source))).toBe(0);
  });
});

describe("a stream's parts live in a fixed set of reused buffers", () => {
  it.each([
    ["a stream of chunks", (b: Uint8Array) => Readable.from(unevenChunks(b))],
    ["a byte stream", (b: Uint8Array) => byteStream(unevenChunks(b))],
  ])("%s: the next part waits until a part is released", async (_name, make) => {
    const source = bytesOf(5 * 1000 + 1);
    const reader = partReader(make(source));
    const parts = reader.parts(1000, 2)[Symbol.asyncIterator]();
    const first = (await parts.next()).value as Uint8Array;
    const second = (await parts.next()).value as Uint8Array;
    expect([...first]).toEqual([...source.subarray(0, 1000)]);
    let third: Uint8Array | undefined;
    const pending = parts.next().then((r) => (third = r.value as Uint8Array));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third).toBeUndefined(); // both buffers are still in use
    expect([...second]).toEqual([...source.subarray(1000, 2000)]);
    reader.release(first);
    await pending;
    expect([...third!]).toEqual([...source.subarray(2000, 3000)]);
    reader.release(second);
    reader.release(third!);
    const rest: number[] = [];
    for (let r = await parts.next(); !r.done; r = await parts.next()) {
      rest.push(...r.value);
      reader.release(r.value);
    }
    expect(rest).toEqual([...source.subarray(3000)]);
  });
});

describe("faults: the upload still ends with the exact bytes", () => {
  it.each<[string, FaultKind, (offset: number) => void]>([
    [
      "connection reset mid-part: looked up, not stored, sent again",
      "reset",
      (offset) => expect(partRequests(offset).length).toBe(2),
    ],
    [
      "500 after the part was stored: looked up and not sent again",
      "store-then-500",
      (offset) => {
        expect(partRequests(offset).map((r) => r.status)).toEqual([500]);
        expect(stepRequests("listParts").length > 0).toBe(true);
      },
    ],
    [
      "503 with Retry-After: sent again",
      "503",
      (offset) => expect(partRequests(offset).map((r) => r.status)).toEqual([503, 200]),
    ],
    [
      "429 with Retry-After: sent again",
      "429",
      (offset) => expect(partRequests(offset).map((r) => r.status)).toEqual([429, 200]),
    ],
    [
      "a stalled part: timed out, looked up, sent again",
      "stall",
      (offset) => expect(partRequests(offset).map((r) => r.status)).toEqual([0, 200]),
    ],
    [
      "a digest mismatch on arrival (412): sent again",
      "corrupt",
      (offset) => expect(partRequests(offset).map((r) => r.status)).toEqual([412, 200]),
    ],
  ])("%s", async (_name, kind, check) => {
    // From bytes, and from a stream, whose parts share reused buffers: a part sent again must
    // still be its own bytes, not the next part's.
    for (const stream of [false, true]) {
      // Only the stalled part may run out of time: the server never answers it, and the limit
      // is far above what sending a part takes, so no other part times out on a busy machine.
      const box = await setUp({}, kind === "stall" ? { timeoutMs: 2000 } : {});
      mock.faults.push({ kind, part: 1 });
      const source = bytesOf(6 * PART + 10);
      const file = await uploadFile(box, stream ? Readable.from(unevenChunks(source)) : source, {
        folderId: "0",
        fileName: "a",
        fileSize: source.length,
        concurrency: 2,
      });
      expect(Buffer.compare(await committed(file.id), Buffer.from(source))).toBe(0);
      check(PART);
      await mock.close();
    }
  });

  it("waits for Retry-After before sending a refused part again", async () => {
    const box = await setUp();
    mock.faults.push({ kind: "429", part: 0, retryAfter: 1 });
    const started = performance.now();
    await uploadFile(box, bytesOf(100), { folderId: "0", fileName: "a" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("401 mid-upload: the token is refreshed once and the part sent again", async () => {
    let refreshes = 0;
    const box = await setUp(
      {},
      {
        token: ({ refresh }) => {
          if (refresh) refreshes++;
          return "t";
        },
      },
    );
    mock.faults.push({ kind: "401", part: 2 });
    const source = bytesOf(4 * PART);
    const file = await uploadFile(box, source, { folderId: "0", fileName: "a" });
    expect(refreshes).toBe(1);
    expect(Buffer.compare(await committed(file.id), Buffer.from(source))).toBe(0);
  });

  it("commit answered 202 twice: waits Retry-After each time, then returns the file", async () => {
    const box = await setUp({ commitsBeforeReady: 2, commitRetryAfter: 1 });
    const started = performance.now();
    const file = await uploadFile(box, bytesOf(PART), { folderId: "0", fileName: "a" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1900);
    expect(stepRequests("commit").map((r) => r.status)).toEqual([202, 202, 201]);
    expect(file.id).toBeDefined();
  });

  it("gives up after maxPartAttempts on a part that keeps failing, and deletes the session", async () => {
    const box = await setUp();
    mock.faults.push({ kind: "503", part: 1, times: 10 });
    const error = await uploadFile(box, bytesOf(3 * PART), {
      folderId: "0",
      fileName: "a",
      maxPartAttempts: 3,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error.cause).toBeInstanceOf(ApiError);
    expect(partRequests(PART)).toHaveLength(3);
    expect(error).toMatchObject({ sessionId: firstSessionId(), sessionKept: false });
    expect(mock.uploads!.sessions.size).toBe(0);
    expect(mock.requests.at(-1)).toMatchObject({ step: "abort", status: 204 });
  });

  it.each([
    ["maxRetries 0: one attempt, as every other call of that client", 0, 1, 1],
    ["maxRetries 3: four attempts, enough for three failures", 3, 3, 4],
  ])("follows the client's retry settings: %s", async (_name, maxRetries, failures, attempts) => {
    const box = await setUp({}, { maxRetries });
    mock.faults.push({ kind: "503", part: 1, times: failures });
    const outcome = await uploadFile(box, bytesOf(3 * PART), { folderId: "0", fileName: "a" }).then(
      () => "committed",
      (error: unknown) => (error instanceof UploadError ? "failed" : error),
    );
    expect(outcome).toBe(attempts > failures ? "committed" : "failed");
    expect(partRequests(PART)).toHaveLength(attempts);
  });

  it("gives up after maxCommitAttempts 202s", async () => {
    const box = await setUp({ commitsBeforeReady: 5 });
    const error = await uploadFile(box, bytesOf(10), {
      folderId: "0",
      fileName: "a",
      maxCommitAttempts: 2,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error.message).toMatch(/still not processed after 2 attempts/);
  });
});
