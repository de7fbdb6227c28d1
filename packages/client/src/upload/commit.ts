import { UPLOAD_METHODS as M } from "../generated/upload-methods.generated.js";
import { waitToRetry } from "./upload-retry.js";
import { type UploadRun, sortedParts } from "./upload-run.js";

/**
 * Commits the stored parts with the whole file's digest and returns the committed file. A 202
 * (the parts are not processed yet) is tried again after its Retry-After, at most
 * `maxCommitAttempts` times.
 */
export async function commitUpload<F>(run: UploadRun, wholeDigest: string): Promise<F> {
  const { chunked, endpoints, settings, stop } = run;
  const parts = sortedParts(run.stored);
  for (let attempt = 1; ; attempt++) {
    let answer: Response | undefined;
    const files = await chunked[M.commit](
      endpoints.commit,
      { parts },
      {
        headers: { digest: `sha=${wholeDigest}` },
        signal: stop,
        onResponse: (response) => (answer = response),
      },
    );
    const file = files?.entries?.[0];
    if (file) return file as F;
    if (files) throw new TypeError("the commit answered without a file");
    if (attempt >= settings.maxCommitAttempts)
      throw new Error(`the commit was still not processed after ${attempt} attempts`);
    await waitToRetry(settings, answer, attempt, stop);
  }
}
