/**
 * What the uploadFile tests share: the published mock (`@chunked-uploads/mock`) with Box's
 * chunked-upload rules, started for the running test and closed after it; a client pointed at
 * it; what the test reads of it; and deterministic sources of every kind.
 */
import {
  startMock,
  type Mock,
  type MockRequest,
  type UploadRules,
  type UploadStep,
} from "@chunked-uploads/mock";
import { afterEach, expect } from "vitest";
import { createClient, type ClientOptions } from "../src/index.js";

export const PART = 64 * 1024;
export let mock: Mock;
afterEach(async () => {
  // Answered ones: a part cut off mid-body (an abort, a reset) was never a whole request.
  const wrong = mock?.requests.filter((r) => r.status !== 0 && r.problems.length > 0) ?? [];
  await mock?.close();
  // Whatever the test did, every request the uploader sent conformed to the spec.
  expect(wrong.map((r) => `${r.method} ${r.path}: ${r.problems.join("; ")}`)).toEqual([]);
});

/**
 * The mock with Box's rules, but parts of 64 KiB, any file size (Box opens sessions for 20 MB
 * and up) and a commit's 202 answers without a wait unless a test asks; `token` makes it
 * accept that token only.
 */
export async function setUp(
  rules: UploadRules & { token?: string } = {},
  client: ClientOptions = {},
): Promise<ReturnType<typeof createClient>> {
  const { token, ...upload } = rules;
  mock = await startMock({
    ...(token !== undefined && { token }),
    stateful: { partSize: PART, minFileSize: 0, commitRetryAfter: 0, ...upload },
  });
  return createClient({ token: "t", baseUrl: mock.baseUrl, retryDelayMs: 1, ...client });
}

/** The bytes the mock committed for a file (compare with Buffer.compare: a diff of megabytes helps no one). */
export async function committed(fileId: string): Promise<Buffer> {
  const bytes = await mock.uploads!.bytes(fileId);
  if (!bytes) throw new Error(`the mock committed no file ${fileId}`);
  return bytes;
}

/** The requests the mock answered as one chunked-upload step, in order. */
export const stepRequests = (step: UploadStep): MockRequest[] =>
  mock.requests.filter((r) => r.step === step);

/** A part request's first byte, from its content-range. */
export const offsetOf = (request: MockRequest): number | undefined => {
  const first = /^bytes (\d+)-/.exec(String(request.headers["content-range"] ?? ""))?.[1];
  return first === undefined ? undefined : Number(first);
};

/** The part requests, or those of the part at `offset`. */
export const partRequests = (offset?: number): MockRequest[] =>
  stepRequests("uploadPart").filter((r) => offset === undefined || offsetOf(r) === offset);

/** The id of the first session the test opened, from the mock's answer. */
export const firstSessionId = (): string =>
  (JSON.parse(stepRequests("createSession")[0]!.response) as { id: string }).id;

/** Deterministic bytes, different for every seed and position. */
export function bytesOf(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let x = seed * 2654435761;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** A web ReadableStream of the chunks (ReadableStream.from is not in every runtime's types). */
export function webStream(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
}

/** A byte stream (`type: "bytes"`) of the chunks: the uploader reads it into its own buffers. */
export function byteStream(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    type: "bytes",
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) {
        controller.close();
        controller.byobRequest?.respond(0);
      } else controller.enqueue(value as Uint8Array<ArrayBuffer>);
    },
  });
}

/** Chunks of uneven sizes, so that parts never line up with them. */
export async function* unevenChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0, n = 1; i < bytes.length; i += n, n = ((n * 7 + 13) % 50_000) + 1)
    yield bytes.slice(i, i + n);
}
