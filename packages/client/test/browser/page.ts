/**
 * The page browser.test.ts opens in headless Chromium: the client (bundled from src/ by esbuild,
 * as a downstream app would bundle it) and the shared fault and safety cases. Each check makes
 * its calls against the page's own origin, the test's server on 127.0.0.1, and reports plain data
 * for the test to judge.
 */
import { createClient, type ApiError } from "../../src/index.js";
import { TOKEN_ENV } from "../../src/generated/servers.generated.js";
import { FAULT_CASES, observe } from "../fault-table.js";
import { LEAK_TOKEN, LEAKS, REFUSED } from "../safety-cases.js";

const baseUrl = `${location.origin}/api/2.0`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

const checks = {
  /** Fault-table row `index`. */
  fault: (index: number) => observe(location.origin, FAULT_CASES[index]!),

  /** Gets the session with a nasty id: "sent", or the error the client refused it with. */
  async segment(value: string) {
    const box = createClient({ baseUrl, token: "t" });
    return box.chunkedUploads.getFileUploadSessionById(value).then(
      () => ({ sent: true }),
      (error: unknown) => ({ sent: false, message: message(error) }),
    );
  },

  /** REFUSED row `index` through `…ByUrl`: whether fetch was reached, and the error's class. */
  async refusal(index: number) {
    const [, url, wanted] = REFUSED[index]!;
    let fetched = 0;
    const box = createClient({
      token: "t0k3n",
      fetch: async () => {
        fetched++;
        return Response.json({});
      },
    });
    const error = await box.chunkedUploads.getFileUploadSessionByUrl(url).catch((e) => e);
    return { fetched, isWanted: error instanceof wanted, name: String(error?.name) };
  },

  /** LEAKS row `index`: every view of the error a page could log or show. */
  async leak(index: number) {
    const [, id, wanted] = LEAKS[index]!;
    const box = createClient({
      baseUrl,
      token: async () => LEAK_TOKEN,
      maxRetries: 0,
      // Only the row about a timeout may run out of time: the server never answers it.
      ...(id === "hang" && { timeoutMs: 1000 }),
    });
    const error = (await box.chunkedUploads.getFileUploadSessionById(id).catch((e) => e)) as Error;
    return {
      isWanted: error instanceof wanted,
      name: String(error?.name),
      views: [
        error.message,
        String(error.stack),
        String(error),
        JSON.stringify(error),
        JSON.stringify((error as ApiError).body ?? ""),
      ],
    };
  },

  /** withResponse() and asResponse() of one call: what each gives. */
  async raw() {
    const box = createClient({ baseUrl, token: "t" });
    const { data, response, requestId } = await box.chunkedUploads
      .getFileUploadSessionById("raw")
      .withResponse();
    const unread = await box.chunkedUploads.getFileUploadSessionById("raw").asResponse();
    return {
      id: (data as { id?: string }).id,
      status: response.status,
      requestId,
      bodyUsed: unread.bodyUsed,
      unreadId: ((await unread.json()) as { id?: string }).id,
    };
  },

  /** Every part of a paged list, through `for await`, and the first page's body. */
  async pages() {
    const box = createClient({ baseUrl, token: "t" });
    const parts = box.chunkedUploads.getFileUploadSessionParts("paged", { query: { limit: 3 } });
    const ids: string[] = [];
    for await (const part of parts) ids.push(String(part.part_id));
    return { ids, first: (await parts).entries?.length };
  },

  /** The debug log of a call, and a fetch option as the page's fetch sees it. */
  async logged() {
    const lines: string[] = [];
    const line = (text: string) => lines.push(text);
    let cache: string | undefined;
    const box = createClient({
      baseUrl,
      token: "s3cret-token",
      logLevel: "debug",
      logger: { debug: line, info: line, warn: line, error: line },
      fetchOptions: { cache: "no-store" },
      fetch: (request) => {
        cache = request.cache;
        return fetch(request);
      },
    });
    await box.chunkedUploads.getFileUploadSessionById("logged");
    return { lines, cache };
  },

  /** A call without any token, where a page has no environment: what it says, and what it sent. */
  async noToken() {
    let fetched = 0;
    const box = createClient({
      baseUrl,
      fetch: async () => {
        fetched++;
        return Response.json({});
      },
    });
    const error = await box.chunkedUploads.getFileUploadSessionById("x").catch((e) => e);
    return { fetched, message: message(error), variable: TOKEN_ENV };
  },
};

declare global {
  interface Window {
    checks: typeof checks;
  }
}
window.checks = checks;
document.body.dataset.ready = "true";
