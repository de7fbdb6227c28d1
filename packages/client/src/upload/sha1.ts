import { sha1 as nobleSha1 } from "@noble/hashes/legacy";

/** An incremental SHA-1: Web Crypto cannot hash a file part by part, so we bring our own. */
export interface Sha1 {
  /**
   * Adds bytes. The pure-JS hash works through them in slices and yields to the event loop
   * between slices, so that hashing a part never freezes a page (one 8 MiB part was a 500 ms
   * task in Chromium).
   */
  update(bytes: Uint8Array): Promise<void>;
  /** The digest, base64 (the form of Box's `digest: sha=…` header). */
  base64(): string;
}

interface NodeCrypto {
  createHash(algorithm: "sha1"): {
    update(bytes: Uint8Array): unknown;
    digest(encoding: "base64"): string;
  };
}

/**
 * node:crypto where the runtime has it (Node, Deno and Bun expose it through
 * `process.getBuiltinModule`), found at run time so that bundlers for browsers never see a
 * `node:` import; else @noble/hashes, an audited pure-JS implementation. node:crypto hashes
 * several times faster (`pnpm bench:upload` measures both).
 */
export function createSha1(implementation: "auto" | "js" = "auto"): Sha1 {
  const crypto = implementation === "auto" ? nodeCrypto() : undefined;
  if (crypto) {
    const hash = crypto.createHash("sha1");
    return {
      update: async (bytes) => void hash.update(bytes),
      base64: () => hash.digest("base64"),
    };
  }
  const hash = nobleSha1.create();
  return {
    async update(bytes) {
      for (let at = 0; at < bytes.byteLength; at += SLICE) {
        if (at > 0) await yieldToEventLoop();
        hash.update(bytes.subarray(at, at + SLICE));
      }
    },
    base64: () => toBase64(hash.digest()),
  };
}

/** What the pure-JS hash does between yields: a few milliseconds of work. */
const SLICE = 256 * 1024;

/** Lets the page handle input and paint: `scheduler.yield()` where there is one, else a task. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

let cached: NodeCrypto | null | undefined;
function nodeCrypto(): NodeCrypto | undefined {
  if (cached === undefined) {
    const process = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } })
      .process;
    cached = (process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined) ?? null;
  }
  return cached ?? undefined;
}

function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

/** The base64 SHA-1 of one buffer. */
export async function sha1Base64(
  bytes: Uint8Array,
  implementation: "auto" | "js" = "auto",
): Promise<string> {
  const hash = createSha1(implementation);
  await hash.update(bytes);
  return hash.base64();
}
