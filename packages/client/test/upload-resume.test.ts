/**
 * `uploadFile` when it stops: abort, failure (the session deleted or kept), resume of a kept
 * session, and the error it throws, against the same stateful mock.
 */
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { sha1Base64 } from "../src/upload/sha1.js";
import { type UploadProgress, UploadError, uploadFile } from "../src/upload/index.js";

import {
  bytesOf,
  committed,
  firstSessionId,
  mock,
  offsetOf,
  PART,
  partRequests,
  setUp,
  stepRequests,
  unevenChunks,
  webStream,
} from "./upload-fixtures.js";

describe("abort, failure and resume", () => {
  it("abort mid-upload: cancels the parts in flight, deletes the session, throws UploadError", async () => {
    const box = await setUp();
    mock.faults.push({ kind: "stall", part: 2 });
    const controller = new AbortController();
    const pending = uploadFile(box, bytesOf(6 * PART), {
      folderId: "0",
      fileName: "a",
      concurrency: 2,
      signal: controller.signal,
      // Events are spaced out: the first that shows two stored parts (part 2 never answers).
      onProgress: (p) => p.partsUploaded >= 2 && setTimeout(() => controller.abort(), 0),
    });
    const error = await pending.catch((e) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error.message).toMatch(/aborted/);
    expect(error.cause).toBe(controller.signal.reason);
    expect(error).toMatchObject({ sessionId: firstSessionId(), sessionKept: false });
    expect(error.parts.length).toBeGreaterThanOrEqual(2);
    expect(mock.uploads!.sessions.size).toBe(0);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "UploadError",
      sessionId: firstSessionId(),
    });
  });

  it("an already-aborted signal creates no session", async () => {
    const box = await setUp();
    await expect(
      uploadFile(box, bytesOf(10), { folderId: "0", fileName: "a", signal: AbortSignal.abort() }),
    ).rejects.toThrow(/aborted/);
    expect(mock.requests).toHaveLength(0);
  });

  it("resume after a failure sends only the missing parts", async () => {
    const box = await setUp({ token: "t" });
    const source = bytesOf(5 * PART + 77);
    // A fatal answer on the fourth part, with the session kept for a resume.
    mock.faults.push({ kind: "401", part: 3 });
    const error = (await uploadFile(box, source, {
      folderId: "0",
      fileName: "a",
      concurrency: 1,
      keepSessionOnFailure: true,
    }).catch((e) => e)) as UploadError;
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ sessionId: firstSessionId(), sessionKept: true });
    expect(error.parts.map((p) => p.offset)).toEqual([0, PART, 2 * PART]);
    const before = partRequests().length;
    const file = await uploadFile(box, new Blob([source]), { resume: error.sessionId! });
    const resent = partRequests().slice(before).map(offsetOf);
    expect(resent.sort((a, b) => a! - b!)).toEqual([3 * PART, 4 * PART, 5 * PART]);
    expect(Buffer.compare(await committed(file.id), Buffer.from(source))).toBe(0);
  });

  it.each([
    [
      "fewer bytes than declared",
      3 * PART - 1,
      3 * PART,
      /ended after 196607 bytes; 196608 were declared/,
    ],
    [
      "more bytes than declared",
      3 * PART + 1,
      3 * PART,
      /holds more than the declared 196608 bytes/,
    ],
  ])(
    "a stream that yields %s fails before commit and deletes the session",
    async (_name, actual, declared, reason) => {
      const box = await setUp();
      const error = await uploadFile(box, Readable.from(unevenChunks(bytesOf(actual))), {
        folderId: "0",
        fileName: "a",
        fileSize: declared,
      }).catch((e) => e);
      expect(error).toBeInstanceOf(UploadError);
      expect(error.cause).toBeInstanceOf(RangeError);
      expect(error.message).toMatch(reason);
      expect(stepRequests("commit").length > 0).toBe(false);
      expect(mock.uploads!.sessions.size).toBe(0);
    },
  );

  it.each([
    [
      "a stream without fileSize",
      () => webStream(unevenChunks(bytesOf(10))),
      {},
      /fileSize is required/,
    ],
    [
      "a fileSize that contradicts the source",
      () => bytesOf(10),
      { fileSize: 11 },
      /fileSize is 11 but the source holds 10 bytes/,
    ],
    [
      "concurrency 0",
      () => bytesOf(10),
      { concurrency: 0 },
      /concurrency must be a whole number ≥ 1/,
    ],
    [
      "a negative retryDelayMs",
      () => bytesOf(10),
      { retryDelayMs: -1 },
      /retryDelayMs must be a whole number ≥ 0, got -1/,
    ],
    ["a string", () => "text", {}, /source must be a Blob, an ArrayBuffer.*got string/],
    [
      "resume with a stream",
      () => webStream(unevenChunks(bytesOf(10))),
      { fileSize: 10, resume: "S1" },
      /resume needs a source that can be read again/,
    ],
  ])("refuses %s before creating a session", async (_name, source, extra, reason) => {
    const box = await setUp();
    await expect(
      // Untyped, as from JavaScript: the types refuse most of these already (client.test-d.ts).
      uploadFile(box, source() as never, { folderId: "0", fileName: "a", ...extra } as never),
    ).rejects.toThrow(reason);
    expect(mock.requests).toHaveLength(0);
  });
});

describe("onSession and resuming by its id", () => {
  it("hears the session before any part is sent, and a resume from its id finishes the file", async () => {
    const box = await setUp({ token: "t" });
    const source = bytesOf(4 * PART + 5);
    let stepsSeen: string[] = [];
    let id: string | undefined;
    mock.faults.push({ kind: "500", part: 2 });
    const failed = await uploadFile(box, source, {
      folderId: "0",
      fileName: "a",
      concurrency: 1,
      maxPartAttempts: 1,
      keepSessionOnFailure: true,
      onSession: async (session) => {
        stepsSeen = mock.requests.map((r) => String(r.step));
        await new Promise((resolve) => setTimeout(resolve, 1)); // awaited before any part
        id = session.id;
      },
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(UploadError);
    expect(stepsSeen).toEqual(["createSession"]);
    expect(id).toBe(firstSessionId());
    const progress: UploadProgress[] = [];
    const file = await uploadFile(box, new Blob([source]), {
      resume: id!,
      onProgress: (p) => progress.push(p),
    });
    expect(Buffer.compare(await committed(file.id), Buffer.from(source))).toBe(0);
    // The first event counts the two parts stored before: bytes and parts agree throughout.
    expect(progress[0]).toEqual({
      bytesSent: 2 * PART,
      bytesUploaded: 2 * PART,
      totalBytes: source.length,
      partsUploaded: 2,
      totalParts: 5,
    });
    // Parts are stored in any order (the 5-byte last one may come before others): the bytes
    // are whole parts plus, once it is stored, the last one's 5.
    for (const p of progress) {
      const tail = p.bytesUploaded % PART;
      expect([0, 5]).toContain(tail);
      expect(Math.floor(p.bytesUploaded / PART) + (tail ? 1 : 0)).toBe(p.partsUploaded);
    }
    expect(progress.at(-1)).toMatchObject({ bytesUploaded: source.length, partsUploaded: 5 });
  });

  it("a new upload's first event is 0 %", async () => {
    const box = await setUp();
    const progress: UploadProgress[] = [];
    await uploadFile(box, bytesOf(2 * PART), {
      folderId: "0",
      fileName: "a",
      onProgress: (p) => progress.push(p),
    });
    // Events are spaced out (at most about ten a second): the first and the last always come.
    expect(progress[0]).toEqual({
      bytesSent: 0,
      bytesUploaded: 0,
      totalBytes: 2 * PART,
      partsUploaded: 0,
      totalParts: 2,
    });
    expect(progress.at(-1)).toMatchObject({ bytesSent: 2 * PART, bytesUploaded: 2 * PART });
    for (const [i, p] of progress.entries()) {
      expect(p.bytesSent).toBeGreaterThanOrEqual(p.bytesUploaded);
      if (i > 0) expect(p.bytesSent).toBeGreaterThanOrEqual(progress[i - 1]!.bytesSent);
    }
  });

  it("in Node, bytesSent counts a part's bytes as they go out, before Box has stored it", async () => {
    // Every part's answer is held a second: the part has gone out long before it is stored.
    const box = await setUp({ partSize: 4 * PART, partDelayMs: 1000 });
    const progress: UploadProgress[] = [];
    await uploadFile(box, bytesOf(8 * PART), {
      folderId: "0",
      fileName: "a",
      concurrency: 1,
      onProgress: (p) => progress.push(p),
    });
    expect(progress.some((p) => p.bytesSent > p.bytesUploaded)).toBe(true);
    expect(partRequests().every((r) => r.headers["content-length"] === String(4 * PART))).toBe(
      true,
    );
  });

  it("a session committed meanwhile cannot be resumed: a clear UploadError, nothing sent", async () => {
    const box = await setUp();
    const source = bytesOf(PART + 1);
    let id = "";
    await uploadFile(box, source, {
      folderId: "0",
      fileName: "a",
      onSession: (session) => {
        id = session.id!;
      },
    });
    const before = partRequests().length;
    const error = (await uploadFile(box, source, { resume: id }).catch((e) => e)) as UploadError;
    expect(error).toBeInstanceOf(UploadError);
    expect(error.message).toMatch(
      new RegExp(
        `cannot resume session ${id}: it no longer exists \\(expired, committed or aborted\\)`,
      ),
    );
    expect(partRequests().length).toBe(before);
  });
});

describe("UploadError", () => {
  it("serialises without throwing, even with a circular cause", () => {
    const cause: Record<string, unknown> = { name: "Weird" };
    cause.self = cause;
    const error = new UploadError(
      "x",
      { sessionId: "S1", sessionKept: true, parts: [] },
      { cause },
    );
    expect(() => JSON.stringify(error)).not.toThrow();
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "UploadError",
      sessionId: "S1",
    });
  });
});

describe("SHA-1", () => {
  it("the pure-JS fallback agrees with node:crypto, across the slices it yields between", async () => {
    for (const length of [0, 1, 55, 56, 64, 1000, 100_000, 256 * 1024 + 1, 700_001]) {
      const bytes = bytesOf(length, length);
      expect(await sha1Base64(bytes, "js")).toBe(createHash("sha1").update(bytes).digest("base64"));
      expect(await sha1Base64(bytes)).toBe(await sha1Base64(bytes, "js"));
    }
  });
});
