/**
 * The page browser.test.ts opens in headless Chromium: the client (bundled from src/ by esbuild,
 * as a downstream app would bundle it) and the shared fault and safety cases. Each check makes
 * its calls against the page's own origin, the test's server on 127.0.0.1, and reports plain data
 * for the test to judge.
 */
import { createClient, type ApiError } from "../../src/index.js";
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
};

declare global {
  interface Window {
    checks: typeof checks;
  }
}
window.checks = checks;
document.body.dataset.ready = "true";
