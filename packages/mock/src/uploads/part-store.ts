/**
 * Where the stateful uploads keep bytes: a temporary folder of the mock's own, removed on
 * close. A part's body is streamed into it and hashed on the way (never held whole in memory,
 * so sixteen uploads at once cost files, not RAM); a committed file is the stored parts
 * concatenated there.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";

/** A body as it was stored: where, how long, and its SHA-1. */
export interface StoredBytes {
  file: string;
  size: number;
  sha1: Buffer;
}

export class BodyTooLarge extends Error {}

export interface PartStore {
  /** Streams a request's body into the store, refusing it once it is over `bound` bytes. */
  receive(request: IncomingMessage, bound: number): Promise<StoredBytes>;
  /** Moves stored bytes to their place under a name of the store's (`parts/S1-0`). */
  keep(bytes: StoredBytes, name: string): Promise<StoredBytes>;
  /**
   * The files one after the other into `name`, with the SHA-1 of the whole; with no `name`,
   * only the size and SHA-1 (`file` is "").
   */
  concat(files: readonly string[], name?: string): Promise<StoredBytes>;
  remove(file: string): Promise<void>;
  close(): Promise<void>;
}

export async function createPartStore(): Promise<PartStore> {
  const root = await mkdtemp(path.join(tmpdir(), "chunked-uploads-mock-"));
  await Promise.all(["incoming", "parts", "files"].map((d) => mkdir(path.join(root, d))));
  let received = 0;
  const at = (name: string) => path.join(root, name);
  return {
    async receive(request, bound) {
      const file = at(`incoming/${++received}`);
      const hash = createHash("sha1");
      let size = 0;
      try {
        await pipeline(
          request,
          async function* (chunks: AsyncIterable<Buffer>) {
            for await (const chunk of chunks) {
              size += chunk.length;
              if (size > bound)
                throw new BodyTooLarge(
                  `the body is larger than the mock's bound of ${bound} bytes`,
                );
              hash.update(chunk);
              yield chunk;
            }
          },
          createWriteStream(file),
        );
      } catch (error) {
        await rm(file, { force: true });
        throw error;
      }
      return { file, size, sha1: hash.digest() };
    },
    async keep(bytes, name) {
      const file = at(name);
      await rename(bytes.file, file);
      return { ...bytes, file };
    },
    async concat(files, name) {
      const hash = createHash("sha1");
      let size = 0;
      async function* all() {
        for (const part of files)
          for await (const chunk of createReadStream(part) as AsyncIterable<Buffer>) {
            hash.update(chunk);
            size += chunk.length;
            yield chunk;
          }
      }
      if (name === undefined) for await (const _ of all());
      else await pipeline(all, createWriteStream(at(name)));
      return { file: name === undefined ? "" : at(name), size, sha1: hash.digest() };
    },
    remove: async (file) => {
      if (file) await rm(file, { force: true });
    },
    close: () => rm(root, { recursive: true, force: true }),
  };
}
