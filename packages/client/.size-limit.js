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
    name: "createClient + getFileUploadSessionById, openapi-fetch included (every method of the resource comes along, about 0.1 kB per operation; credentials for every kind of security scheme, about 0.8 kB; parameter styles and cookies, about 0.15 kB; byte bodies uncopied in Node, about 0.15 kB; error bodies redacted without breaking their JSON, and already-aborted signals refused, about 0.1 kB; the retry decision as a pure function of its own, about 0.13 kB; the attempt and the host check as modules of their own, about 0.03 kB; errors that end with their cause's message and serialise whatever the cause holds, about 0.09 kB; the `…ByUrl` check with the path's literal characters escaped, about 0.01 kB; the retry defaults as one constant the uploader shares, and the path-template matcher the mock shares, about 0.03 kB; the error body's field names and request-id header as data from the spec, not Box's names in the code, about 0.06 kB; the transport attached to the client, out of sight, for uploadFile to follow its retry settings, about 0.04 kB; an error class per common status with the response's headers, and every method's promise able to give the response (withResponse, asResponse), about 0.55 kB; the token from the environment variable the spec names, about 0.09 kB; a log with levels and redacted lines, extra fetch options and withOptions, about 0.35 kB; auto-pagination (the iterator and the one next-page rule the spec uses: offset), about 0.36 kB)",
    path: "size/client-call.js",
    gzip: true,
    limit: withMethods(6.39),
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
    limit: "6.55 kB",
  },
  {
    name: "createClient + uploadFile (the ./upload entry; SHA-1 from node:crypto or @noble/hashes; split into modules by concern, with its settings as one object and its waits through the transport's backoff, about 0.19 kB; the methods it calls by the generated client's names, about 0.09 kB; the client's retry settings read, about 0.05 kB; error classes per status and raw responses, about 0.54 kB; the token from the environment, about 0.09 kB; the log, fetch options and withOptions, about 0.35 kB; auto-pagination, about 0.29 kB)",
    path: "size/upload-call.js",
    gzip: true,
    limit: withMethods(11.15),
  },
];
