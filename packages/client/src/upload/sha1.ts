import { sha1 as nobleSha1 } from "@noble/hashes/legacy";

/** An incremental SHA-1: Web Crypto cannot hash a file part by part, so we bring our own. */
export interface Sha1 {
  update(bytes: Uint8Array): void;
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
      update: (bytes) => void hash.update(bytes),
      base64: () => hash.digest("base64"),
    };
  }
  const hash = nobleSha1.create();
  return {
    update: (bytes) => void hash.update(bytes),
    base64: () => toBase64(hash.digest()),
  };
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
export function sha1Base64(bytes: Uint8Array, implementation: "auto" | "js" = "auto"): string {
  const hash = createSha1(implementation);
  hash.update(bytes);
  return hash.base64();
}
