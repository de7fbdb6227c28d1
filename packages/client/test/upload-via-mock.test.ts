/**
 * `uploadFile` through the published mock (`@chunked-uploads/mock`) with Box's own rules: the
 * 8 MiB parts Box picks for a 30 MB file, the digests and ranges it checks, the commit it
 * answers. The committed bytes are compared with the source, byte for byte, with and without
 * faults on the way.
 */
import { createHash } from "node:crypto";
import { startMock, type Mock } from "@chunked-uploads/mock";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { UploadError, uploadFile } from "../src/upload/index.js";
import { bytesOf } from "./upload-fixtures.js";

const SIZE = 30_000_000; // Box's smallest chunked upload is 20,000,000 bytes
const source = bytesOf(SIZE, 7);
const sha1 = createHash("sha1").update(source).digest("hex");

let mock: Mock | undefined;
/** The SHA-1 of the bytes the mock stored (compared by digest: a 30 MB diff is no help). */
const committedSha1 = async (id: string) =>
  createHash("sha1")
    .update((await mock!.uploads!.bytes(id))!)
    .digest("hex");
afterEach(() => mock?.close());

async function upload(options: Parameters<typeof startMock>[0] = {}) {
  mock = await startMock(options);
  const box = createClient({ baseUrl: mock.baseUrl, token: "t", retryDelayMs: 1 });
  return uploadFile(box, source, { folderId: "0", fileName: "thirty.bin" });
}

describe("uploadFile through the stateful mock, Box's rules", () => {
  it("sends 8 MiB parts and commits the bytes of the source", async () => {
    const file = await upload();
    expect(file).toMatchObject({ name: "thirty.bin", size: SIZE, sha1 });
    expect(await committedSha1(file.id)).toBe(sha1);
    const parts = mock!.requests.filter((r) => r.method === "PUT");
    expect(parts.map((r) => r.bodySize)).toEqual([8 << 20, 8 << 20, 8 << 20, SIZE - 3 * (8 << 20)]);
    expect(mock!.requests.every((r) => r.problems.length === 0)).toBe(true);
  });

  it("survives a part stored but answered 500, a 503, a corrupted part and a commit not ready", async () => {
    const file = await upload({
      stateful: { commitsBeforeReady: 1, commitRetryAfter: 0 },
      faults: [
        { kind: "store-then-500", part: 1 },
        { kind: "503", part: 2, retryAfter: 0 },
        { kind: "corrupt", part: 3 },
      ],
    });
    expect(file.sha1).toBe(sha1);
    expect(await committedSha1(file.id)).toBe(sha1);
    expect(mock!.faults).toEqual([]);
    const commits = mock!.requests.filter((r) => r.path.endsWith("/commit"));
    expect(commits.map((r) => r.status)).toEqual([202, 201]);
  });
});

describe("list parts, page by page, through the stateful mock", () => {
  it("iterating the method's promise yields every stored part once, in order of offset", async () => {
    mock = await startMock({
      stateful: { partSize: 1000, minFileSize: 0 },
      faults: [{ kind: "500", on: "commit", times: 20 }],
    });
    const box = createClient({ baseUrl: mock.baseUrl, token: "t", retryDelayMs: 1, maxRetries: 0 });
    const failed = await uploadFile(box, bytesOf(5500), {
      folderId: "0",
      fileName: "kept.bin",
      keepSessionOnFailure: true,
      maxCommitAttempts: 1,
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(UploadError);
    const id = (failed as UploadError).sessionId!;
    const listed = mock.requests.filter((r) => r.step === "listParts").length;
    const offsets: number[] = [];
    for await (const part of box.chunkedUploads.getFileUploadSessionParts(id, {
      query: { limit: 2 },
    }))
      offsets.push(part.offset!);
    expect(offsets).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    // Three pages of two: the total (total_count) says when to stop.
    expect(mock.requests.filter((r) => r.step === "listParts").length - listed).toBe(3);
  });
});
