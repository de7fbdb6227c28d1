// A process that uploads a file and can die mid-upload (upload-crash.test.ts kills it), or that
// resumes such an upload: what a downstream app does across a crash, with the built package.
//
//   node upload-child.mjs start  <baseUrl> <sourceFile> <stateFile>   stores the session id on onSession
//   node upload-child.mjs resume <baseUrl> <sourceFile> <stateFile>   resumes from it, prints the file
import { readFileSync, writeFileSync } from "node:fs";
import { createClient } from "../dist/index.js";
import { uploadFile } from "../dist/upload.js";

const [mode, baseUrl, sourceFile, stateFile] = process.argv.slice(2);
const box = createClient({ baseUrl, token: "t", retryDelayMs: 1, timeoutMs: 600_000 });
const source = new Uint8Array(readFileSync(sourceFile));
if (mode === "start") {
  await uploadFile(box, source, {
    folderId: "0",
    fileName: "crash.bin",
    concurrency: 2,
    // Stored before any part goes: what survives the process.
    onSession: (session) => writeFileSync(stateFile, JSON.stringify({ id: session.id })),
  });
  console.log("finished"); // not expected: the test kills this process first
} else {
  const { id } = JSON.parse(readFileSync(stateFile, "utf8"));
  const file = await uploadFile(box, new Blob([source]), { resume: id });
  console.log(JSON.stringify({ id: file.id, size: file.size }));
}
