/** What `uploadFile` reads from: bytes in memory, a Blob or File, or a stream of chunks. */
export type UploadSource =
  Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * A source as the uploader uses it: its size when it knows one, and its parts in order, each
 * exactly `partSize` bytes but the last. `rereadable` sources (bytes, Blobs) can be read again,
 * so an upload of them can be resumed; a stream can be read once.
 */
export interface PartReader {
  size: number | undefined;
  rereadable: boolean;
  /** Yields the parts in order; stops at `size` bytes when a size was declared. */
  parts(partSize: number): AsyncIterable<Uint8Array>;
}

/** Turns any accepted source into a PartReader; a TypeError names what was given instead. */
export function partReader(source: UploadSource): PartReader {
  if (typeof Blob !== "undefined" && source instanceof Blob) {
    return {
      size: source.size,
      rereadable: true,
      async *parts(partSize) {
        for (let start = 0; start < source.size; start += partSize)
          yield new Uint8Array(await source.slice(start, start + partSize).arrayBuffer());
      },
    };
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const bytes =
      source instanceof ArrayBuffer
        ? new Uint8Array(source)
        : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    return {
      size: bytes.byteLength,
      rereadable: true,
      async *parts(partSize) {
        // Views, not copies: memory stays at the caller's buffer.
        for (let start = 0; start < bytes.byteLength; start += partSize)
          yield bytes.subarray(start, start + partSize);
      },
    };
  }
  const chunks = streamChunks(source);
  if (!chunks)
    throw new TypeError(
      `uploadFile: source must be a Blob, an ArrayBuffer, an ArrayBufferView, a ReadableStream or an AsyncIterable of Uint8Array, got ${describe(source)}`,
    );
  return {
    size: undefined,
    rereadable: false,
    parts: (partSize) => repartition(chunks, partSize),
  };
}

function streamChunks(source: unknown): AsyncIterable<Uint8Array> | undefined {
  if (source === null || typeof source !== "object") return undefined;
  if (Symbol.asyncIterator in source) return source as AsyncIterable<Uint8Array>;
  if (typeof (source as ReadableStream).getReader === "function") {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    return {
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      },
    };
  }
  return undefined;
}

/**
 * Regroups chunks of any size into parts of exactly `partSize` bytes (the last may be shorter).
 * Each part is a fresh buffer the consumer may keep; at most one is being filled at a time.
 */
async function* repartition(
  chunks: AsyncIterable<Uint8Array>,
  partSize: number,
): AsyncIterable<Uint8Array> {
  let part = new Uint8Array(partSize);
  let filled = 0;
  for await (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array))
      throw new TypeError(`uploadFile: the stream yielded ${describe(chunk)}, not a Uint8Array`);
    let offset = 0;
    while (offset < chunk.byteLength) {
      const take = Math.min(partSize - filled, chunk.byteLength - offset);
      part.set(chunk.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === partSize) {
        yield part;
        part = new Uint8Array(partSize);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield part.subarray(0, filled);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  return (value as object).constructor?.name ?? "an object";
}
