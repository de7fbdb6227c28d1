/** A source that knows its size and can be read again: bytes in memory, a Blob or a File. */
export type RereadableSource = Blob | ArrayBuffer | ArrayBufferView;

/** A stream of chunks: read once, its size given as `fileSize`. */
export type StreamSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** What `uploadFile` reads from: bytes in memory, a Blob or File, or a stream of chunks. */
export type UploadSource = RereadableSource | StreamSource;

/**
 * A source as the uploader uses it: its size when it knows one, and its parts in order, each
 * exactly `partSize` bytes but the last. `rereadable` sources (bytes, Blobs) can be read again,
 * so an upload of them can be resumed; a stream can be read once.
 */
export interface PartReader {
  size: number | undefined;
  rereadable: boolean;
  /**
   * Yields the parts in order. A stream's parts are filled into at most `buffers` reused
   * buffers: the consumer hands each part back with `release` when nothing reads it any more,
   * and the next part waits for a free buffer. Bytes in memory and Blobs need no release.
   */
  parts(partSize: number, buffers: number): AsyncIterable<Uint8Array>;
  release(part: Uint8Array): void;
}

/**
 * The Blob slice a part of a Blob was read from. A browser sends a Blob body without touching
 * the page's thread, while a byte body is copied on it (an 8 MiB part: a 350 ms task in
 * Chromium), so the part goes as its slice there; its bytes are what is hashed.
 */
export const partBlobs = new WeakMap<Uint8Array, Blob>();

/** Turns any accepted source into a PartReader; a TypeError names what was given instead. */
export function partReader(source: UploadSource): PartReader {
  if (typeof Blob !== "undefined" && source instanceof Blob) {
    return {
      size: source.size,
      rereadable: true,
      release() {},
      async *parts(partSize) {
        for (let start = 0; start < source.size; start += partSize) {
          const slice = source.slice(start, start + partSize);
          const bytes = new Uint8Array(await slice.arrayBuffer());
          partBlobs.set(bytes, slice);
          yield bytes;
        }
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
      release() {},
      async *parts(partSize) {
        // Views, not copies: memory stays at the caller's buffer.
        for (let start = 0; start < bytes.byteLength; start += partSize)
          yield bytes.subarray(start, start + partSize);
      },
    };
  }
  const pool = new BufferPool();
  const release = (part: Uint8Array) => pool.release(part);
  const bytesReader = byobReader(source);
  if (bytesReader)
    return {
      size: undefined,
      rereadable: false,
      parts: (partSize, buffers) => readInto(bytesReader, partSize, pool.resize(partSize, buffers)),
      release,
    };
  const chunks = streamChunks(source);
  if (!chunks)
    throw new TypeError(
      `uploadFile: source must be a Blob, an ArrayBuffer, an ArrayBufferView, a ReadableStream or an AsyncIterable of Uint8Array, got ${describe(source)}`,
    );
  return {
    size: undefined,
    rereadable: false,
    parts: (partSize, buffers) => repartition(chunks, partSize, pool.resize(partSize, buffers)),
    release,
  };
}

/**
 * A reader that fills our buffers, for byte streams (`Blob.stream()`, a fetch response's body,
 * `new ReadableStream({ type: "bytes" })`): the stream then allocates no chunks of its own.
 */
function byobReader(source: unknown): ReadableStreamBYOBReader | undefined {
  if (typeof (source as ReadableStream | null)?.getReader !== "function") return undefined;
  try {
    return (source as ReadableStream<Uint8Array>).getReader({ mode: "byob" });
  } catch {
    return undefined; // not a byte stream: read its chunks instead
  }
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
 * A fixed set of part buffers, reused: memory stays at `buffers × partSize` however long the
 * stream is. Fresh buffers per part would be garbage the collector frees late, and peak memory
 * would grow well past what is in flight (`pnpm bench:upload` measures both).
 */
class BufferPool {
  private free: Uint8Array[] = [];
  private waiting: Array<(buffer: Uint8Array) => void> = [];
  private size = 0;
  private made = 0;
  private limit = 1;

  resize(size: number, limit: number): this {
    this.size = size;
    this.limit = Math.max(1, limit);
    return this;
  }

  /** A free buffer, a new one while fewer than `limit` exist, else the next one released. */
  take(): Uint8Array | Promise<Uint8Array> {
    const buffer = this.free.pop();
    if (buffer) return buffer;
    if (this.made < this.limit) {
      this.made++;
      return new Uint8Array(this.size);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Takes back a part (or a view of one) the consumer no longer reads. */
  release(part: Uint8Array): void {
    const buffer = new Uint8Array(part.buffer, 0, this.size);
    const next = this.waiting.shift();
    if (next) next(buffer);
    else this.free.push(buffer);
  }
}

/**
 * Regroups chunks of any size into parts of exactly `partSize` bytes (the last may be shorter),
 * copied into the pool's buffers: a stream's own chunks are never kept.
 */
async function* repartition(
  chunks: AsyncIterable<Uint8Array>,
  partSize: number,
  pool: BufferPool,
): AsyncIterable<Uint8Array> {
  let part: Uint8Array | undefined;
  let filled = 0;
  for await (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array))
      throw new TypeError(`uploadFile: the stream yielded ${describe(chunk)}, not a Uint8Array`);
    let offset = 0;
    while (offset < chunk.byteLength) {
      part ??= await pool.take();
      const take = Math.min(partSize - filled, chunk.byteLength - offset);
      part.set(chunk.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === partSize) {
        yield part;
        part = undefined;
        filled = 0;
      }
    }
  }
  if (part && filled > 0) yield part.subarray(0, filled);
}

/**
 * Reads a byte stream straight into the pool's buffers, a part at a time. Each read hands the
 * buffer to the stream and back (it is transferred), so the part is whatever buffer came back.
 */
async function* readInto(
  reader: ReadableStreamBYOBReader,
  partSize: number,
  pool: BufferPool,
): AsyncIterable<Uint8Array> {
  try {
    for (;;) {
      let buffer = (await pool.take()).buffer;
      let filled = 0;
      let done = false;
      while (filled < partSize && !done) {
        const read = await reader.read(new Uint8Array(buffer, filled, partSize - filled));
        done = read.done;
        if (!read.value) return; // cancelled: no buffer came back
        buffer = read.value.buffer;
        filled += read.value.byteLength;
      }
      if (filled === 0) return pool.release(new Uint8Array(buffer));
      yield new Uint8Array(buffer, 0, filled);
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  return (value as object).constructor?.name ?? "an object";
}
