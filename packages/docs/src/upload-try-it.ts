/**
 * The index's "try it" upload, bundled for the browser by serve.ts: the file the reader picks
 * goes whole through `uploadFile`, from the built client, to the stateful mock `pnpm run docs`
 * serves beside the site — the session, the parts with their digests, the commit — with a
 * progress bar, a Cancel button and the committed file at the end. Nothing leaves the machine.
 */
import { createClient } from "@chunked-uploads/client";
import { uploadFile } from "@chunked-uploads/client/upload";

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The committed file's fields the page shows, in order. */
const SHOWN = ["id", "name", "size", "sha1"] as const;

export function enableUpload(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="file"]')!;
  const bar = form.querySelector("progress")!;
  const status = form.querySelector<HTMLElement>(".upload-status")!;
  const result = form.querySelector<HTMLElement>(".upload-result")!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const cancel = form.querySelector<HTMLButtonElement>(".upload-cancel")!;
  let controller: AbortController | undefined;
  cancel.addEventListener("click", () => controller?.abort(new Error("you pressed Cancel")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) {
      status.textContent = "Pick a file first.";
      return;
    }
    controller = new AbortController();
    // The mock takes any token; a real one never goes into this page.
    const box = createClient({
      token: "ACCESS_TOKEN",
      baseUrl: new URL(form.dataset.baseUrl!, document.baseURI).href,
      logLevel: "off",
    });
    result.replaceChildren();
    bar.value = 0;
    submit.disabled = true;
    cancel.disabled = false;
    status.textContent = `Uploading ${file.name}…`;
    try {
      const committed = await uploadFile(box, file, {
        folderId: "0",
        fileName: file.name,
        signal: controller.signal,
        onProgress: ({ bytesUploaded, totalBytes, partsUploaded, totalParts }) => {
          bar.max = totalBytes;
          bar.value = bytesUploaded;
          status.textContent = `${megabytes(bytesUploaded)} of ${megabytes(totalBytes)} stored, ${partsUploaded} of ${totalParts} parts`;
        },
      });
      status.textContent = `Committed: ${file.name}, ${megabytes(file.size)}.`;
      for (const field of SHOWN) {
        const term = document.createElement("dt");
        term.textContent = field;
        const detail = document.createElement("dd");
        detail.textContent = String((committed as Record<string, unknown>)[field] ?? "");
        detail.dataset.field = field;
        result.append(term, detail);
      }
    } catch (error) {
      status.textContent = `The upload failed: ${(error as Error).message}`;
    } finally {
      submit.disabled = false;
      cancel.disabled = true;
    }
  });
  form.hidden = false;
}
