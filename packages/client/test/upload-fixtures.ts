/**
 * What the uploadFile tests share: the upload server of the running test (closed after each),
 * a client pointed at it, and deterministic sources of every kind.
 */
import { afterEach } from "vitest";
import { createClient, type ClientOptions } from "../src/index.js";
import { startUploadServer, type UploadServer, type UploadServerOptions } from "./upload-server.js";

export const PART = 64 * 1024;
export let server: UploadServer;
afterEach(() => server?.close());

export async function setUp(options: UploadServerOptions = {}, client: ClientOptions = {}) {
  server = await startUploadServer({ partSize: PART, ...options });
  return createClient({ token: "t", baseUrl: server.baseUrl, retryDelayMs: 1, ...client });
}

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

export const partRequests = (offset?: number) =>
  server.requests.filter((r) => r.kind === "part" && (offset === undefined || r.offset === offset));
