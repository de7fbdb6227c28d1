/**
 * The page upload-browser.test.ts opens in headless Chromium: the built package (dist/, bundled
 * by esbuild as an app would bundle it), a file input, a progress bar and an abort button. It
 * uploads the picked File through the test's same-origin proxy to the stateful mock, and says
 * how it went and the longest main-thread task the page had meanwhile.
 */
import { createClient } from "../../dist/index.js";
import { type UploadError, uploadFile } from "../../dist/upload.js";

const input = document.querySelector<HTMLInputElement>("#file")!;
const bar = document.querySelector<HTMLProgressElement>("#bar")!;
const stop = document.querySelector<HTMLButtonElement>("#abort")!;

/** The main thread's long tasks (over 50 ms): what a user feels as a frozen page. */
const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: "longtask",
  buffered: true,
});
/** The longest task that started at or after `since` (ms since the page's start). */
const longestSince = (since: number) =>
  Math.max(0, ...longTasks.filter((t) => t.startTime >= since).map((t) => t.duration));

const checks = {
  /** Uploads the input's file; `partsBeforeReady` parts stored set `data-progressed`. */
  async upload() {
    const file = input.files![0]!;
    const controller = new AbortController();
    stop.onclick = () => controller.abort(new Error("the user pressed abort"));
    const box = createClient({ token: "t", baseUrl: `${location.origin}/api/2.0` });
    let events = 0;
    const started = performance.now();
    try {
      const committed = await uploadFile(box, file, {
        folderId: "0",
        fileName: file.name,
        signal: controller.signal,
        onProgress: (progress) => {
          events++;
          bar.max = progress.totalBytes;
          bar.value = progress.bytesUploaded;
          if (progress.partsUploaded > 0) document.body.dataset.progressed = "true";
        },
      });
      return {
        ok: true as const,
        id: committed.id,
        sha1: committed.sha1,
        ms: performance.now() - started,
        events,
        bar: bar.value / bar.max,
        // Observer entries arrive after their task: wait a moment for the last ones.
        longest: await new Promise<number>((resolve) =>
          setTimeout(() => resolve(longestSince(started)), 200),
        ),
      };
    } catch (error) {
      const { message, sessionId, sessionKept } = error as UploadError;
      return {
        ok: false as const,
        message,
        sessionId,
        sessionKept,
        longest: longestSince(started),
      };
    }
  },
};

declare global {
  interface Window {
    uploads: typeof checks;
  }
}
window.uploads = checks;
document.body.dataset.ready = "true";
