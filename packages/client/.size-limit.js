// The bundle budgets size-limit checks (pnpm size). Every generated method of a resource comes
// along with createClient, about 0.1 kB gzipped per operation, so the budgets that include the
// methods grow with the spec's operations (counted in the generated resources) and a spec that
// gains an operation does not fail a budget that is not about it. The rest is fixed.
import { readdirSync, readFileSync } from "node:fs";

const generated = new URL("./src/generated/", import.meta.url);
const operations = readdirSync(generated)
  .filter((file) => file.endsWith(".generated.ts"))
  .map(
    (file) =>
      readFileSync(new URL(file, generated), "utf8").match(/Endpoint: Operation =/g)?.length ?? 0,
  )
  .reduce((sum, count) => sum + count, 0);
const PER_OPERATION_KB = 0.1;
const withMethods = (fixedKb) => `${(fixedKb + PER_OPERATION_KB * operations).toFixed(2)} kB`;

export default [
  {
    name: "createClient + getFileUploadSessionById (each resource binds its standalone functions to the client, so every method of the resource comes along, about 0.1 kB per operation, and with the paged one auto-pagination, about 0.32 kB; error classes, raw responses, the log, the environment token, retries, timeouts, token-safe redirects and host checks included; no openapi-fetch: the writer of object parameters and styles, the form-body encoder and the API-key carrier come only with the APIs that have them, and this spec has none)",
    path: "size/client-call.js",
    gzip: true,
    limit: withMethods(5.6),
  },
  {
    name: "openapi-fetch alone, the same call (baseline)",
    path: "size/openapi-fetch-call.js",
    gzip: true,
    limit: "3 kB",
  },
  {
    name: "createRawClient (openapi-fetch client over the same transport), opt-in",
    path: "size/raw-client-call.js",
    gzip: true,
    limit: "6.6 kB",
  },
  {
    name: "createClient + uploadFile (the ./upload entry; SHA-1 from node:crypto or @noble/hashes; the client above, and the uploader's modules: settings, waits through the transport's backoff, the methods it calls by the generated client's names; onSession, and progress in bytes sent and stored, spaced out, about 0.33 kB; the slots uploadFiles shares, about 0.05 kB; Blob parts sent as their slices and the pure-JS SHA-1 yielding to the page, about 0.1 kB)",
    path: "size/upload-call.js",
    gzip: true,
    limit: withMethods(11.0),
  },
  {
    name: "createCoreClient + the standalone getFileUploadSessionById (only the functions called come along: no other method, no auto-pagination; error classes, raw responses, the log, the environment token, retries, timeouts, token-safe redirects and host checks included)",
    path: "size/core-call.js",
    gzip: true,
    limit: "5.5 kB",
  },
];
