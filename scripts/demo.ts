/**
 * The project's main job, end to end and without Box credentials: starts the spec-driven mock
 * of the API on 127.0.0.1 and calls each of Box's seven chunked-upload operations through the
 * built client, as a downstream user would, printing what was sent and what came back; then
 * runs the generated cURL snippet of one operation against the same mock. The mock validates
 * every request against the spec, and the demo fails if it rejected any. Last, `uploadFile`
 * sends a generated 100 MB file in parallel parts through the mock's command (stateful, Box's
 * rules), and the SHA-1 of what it stored is compared with the source's.
 *
 *   pnpm demo
 */
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildModel, loadSpec } from "../packages/codegen/src/index.js";
import { startSpecServer } from "../packages/mock/src/spec-server.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const model = buildModel(await loadSpec(`${repo}spec/openapi.yaml`, { displayRoot: repo }));
const mock = await startSpecServer(model);
console.log(`mock of ${model.specFile} listening on ${mock.url}\n`);

/** One line per exchange: the request as the mock received it, and its answer. */
function show(call: string, result: unknown): void {
  const request = mock.requests.at(-1)!;
  const headers = ["content-type", "digest", "content-range"]
    .filter((name) => request.headers[name] !== undefined)
    .map((name) => `${name}: ${String(request.headers[name])}`);
  const body =
    request.body.length === 0
      ? ""
      : request.headers["content-type"] === "application/json"
        ? ` body ${request.body.toString("utf8")}`
        : ` body <${request.body.length} bytes>`;
  console.log(`▶ ${call}`);
  console.log(
    `  sent     ${request.method} ${request.path}${request.search}${headers.length ? ` [${headers.join("; ")}]` : ""}${body}`,
  );
  const answer = JSON.stringify(result);
  console.log(
    `  received ${request.status}${answer === undefined ? " (no body) → undefined" : ` → ${answer.length > 160 ? `${answer.slice(0, 160)}…` : answer}`}\n`,
  );
}

try {
  // The built client package, as a downstream user imports it.
  const { createClient } = (await import(
    `${repo}packages/client/dist/index.js`
  )) as typeof import("../packages/client/src/index.js");
  const box = createClient({ baseUrl: `${mock.url}/api/2.0`, token: "demo-token" });
  const chunked = box.chunkedUploads;
  const part = new TextEncoder().encode("a part of a file, sent as raw bytes");
  const sha1 = (bytes: Uint8Array) => createHash("sha1").update(bytes).digest("base64");

  const session = await chunked.createFileUploadSession({
    folder_id: "0",
    file_size: part.length,
    file_name: "demo.txt",
  });
  show("createFileUploadSession({ folder_id, file_size, file_name })", session);
  const id = session.id!;

  show(
    "createFileUploadSessionForExistingFile(fileId, { file_size })",
    await chunked.createFileUploadSessionForExistingFile("12345", { file_size: part.length }),
  );
  show(
    `getFileUploadSessionById(${JSON.stringify(id)})`,
    await chunked.getFileUploadSessionById(id),
  );
  const uploaded = await chunked.uploadFilePart(id, part, {
    headers: {
      digest: `sha=${sha1(part)}`,
      "content-range": `bytes 0-${part.length - 1}/${part.length}`,
    },
  });
  show("uploadFilePart(id, bytes, { headers: { digest, content-range } })", uploaded);
  // A URL as the API returns it (session_endpoints.list_parts), here on the mock's host.
  const listParts = `${mock.url}/api/2.0/files/upload_sessions/${id}/parts`;
  show(
    "getFileUploadSessionPartsByUrl(session_endpoints.list_parts, { query: { limit: 100 } })",
    await chunked.getFileUploadSessionPartsByUrl(listParts, { query: { limit: 100 } }),
  );
  show(
    "createFileUploadSessionCommit(id, { parts }, { headers: { digest } })",
    await chunked.createFileUploadSessionCommit(
      id,
      { parts: [uploaded.part!] },
      { headers: { digest: `sha=${sha1(part)}` } },
    ),
  );
  show(
    `deleteFileUploadSessionById(${JSON.stringify(id)})`,
    await chunked.deleteFileUploadSessionById(id),
  );

  const snippets = JSON.parse(
    await readFile(`${repo}packages/snippets/src/generated/snippets.json`, "utf8"),
  ) as Array<{ lang: string; operationId: string; source: string }>;
  const curl = snippets.find(
    (s) => s.lang === "curl" && s.operationId === "get_files_upload_sessions_id",
  )!.source;
  const pointed = mock.pointAt(curl);
  console.log(`cURL snippet of Get upload session (server pointed at the mock):\n${pointed}`);
  // Asynchronously: the mock answers from this same process.
  const { stdout } = await promisify(execFile)("bash", ["-c", pointed], {
    encoding: "utf8",
    timeout: 30_000,
  });
  console.log(stdout);

  const rejected = mock.requests.filter((r) => r.problems.length > 0);
  if (rejected.length > 0)
    throw new Error(
      `the mock rejected ${rejected.map((r) => `${r.method} ${r.path}: ${r.problems.join("; ")}`).join(" | ")}`,
    );
  const operations = new Set(mock.requests.map((r) => r.operation));
  console.log(
    `\n${mock.requests.length} requests covering ${operations.size} of ${model.operations.length} operations, all as the spec says.`,
  );
  if (operations.size !== model.operations.length) process.exitCode = 1;
} finally {
  await mock.close();
}

// A big file, the way the packages are meant to be used: 100 MB from a stream, uploaded with
// the built client through the built mock's command (`pnpm mock`), which keeps Box's rules and
// state; Box picks 8 MiB parts. The mock's answer carries the SHA-1 of what it stored.
const command = spawn(process.execPath, [`${repo}packages/mock/dist/cli.js`, "--port", "0"], {
  stdio: ["ignore", "pipe", "inherit"],
});
try {
  const mockUrl = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the mock did not start: ${out}`)), 30_000);
    command.stdout.on("data", (chunk) => {
      out += chunk;
      const baseUrl = /client baseUrl: (\S+)/.exec(out)?.[1];
      if (baseUrl) {
        clearTimeout(timer);
        resolve(baseUrl);
      }
    });
    command.on("exit", (code) => reject(new Error(`the mock exited (${code}): ${out}`)));
  });
  console.log(`\nchunked-uploads-mock (the built command) serving ${mockUrl}`);
  const { createClient } = (await import(
    `${repo}packages/client/dist/index.js`
  )) as typeof import("../packages/client/src/index.js");
  const { uploadFile } = (await import(
    `${repo}packages/client/dist/upload.js`
  )) as typeof import("../packages/client/src/upload/index.js");
  const size = 100_000_000;
  const source = new Uint8Array(size);
  for (let i = 0; i < size; i++) source[i] = (i * 2654435761) >>> 24;
  async function* chunks() {
    for (let i = 0; i < size; i += 1 << 20) yield source.subarray(i, i + (1 << 20));
  }
  const started = performance.now();
  let lastReport = 0;
  const file = await uploadFile(createClient({ token: "demo-token", baseUrl: mockUrl }), chunks(), {
    folderId: "0",
    fileName: "demo-100MB.bin",
    fileSize: size,
    onProgress: ({ bytesUploaded, totalBytes, partsUploaded, totalParts }) => {
      if (partsUploaded - lastReport >= 3 || partsUploaded === totalParts) {
        lastReport = partsUploaded;
        console.log(
          `  ${partsUploaded}/${totalParts} parts, ${((100 * bytesUploaded) / totalBytes).toFixed(0)} %`,
        );
      }
    },
  });
  const ms = performance.now() - started;
  const sha1 = createHash("sha1").update(source).digest("hex");
  const same = file.sha1 === sha1 && file.size === size;
  console.log(
    `uploadFile: ${file.name} (${file.id}), ${size} bytes in ${ms.toFixed(0)} ms; ` +
      `the mock stored ${file.size} bytes with SHA-1 ${file.sha1} ${same ? "=" : "≠"} the source's`,
  );
  if (!same) process.exitCode = 1;
} finally {
  command.kill("SIGTERM");
}
