/**
 * The project's main job, end to end and without Box credentials: starts the spec-driven mock
 * of the API on 127.0.0.1, gets the upload session with the generated client and with the
 * generated cURL snippet, and prints both answers.
 *
 *   pnpm demo
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildModel, loadSpec, startMockServer } from "../packages/codegen/src/index.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const model = buildModel(await loadSpec(`${repo}spec/openapi.yaml`, { displayRoot: repo }));
const operation = model.operations.find((o) => o.key === "get_files_upload_sessions_id")!;
const sessionId = String(operation.parameters.find((p) => p.in === "path")!.exampleValue);
const mock = await startMockServer(model);
console.log(`mock of ${model.specFile} listening on ${mock.origin}\n`);

try {
  // The built client package, as a downstream user imports it.
  const { createClient } = (await import(
    `${repo}packages/client/dist/index.js`
  )) as typeof import("../packages/client/src/index.js");
  const box = createClient({
    baseUrl: mock.pointAt(operation.servers[0]!.defaultUrl),
    token: "demo-token",
  });
  const session = await box.chunkedUploads.getFileUploadSessionById(sessionId);
  console.log(
    `client: box.chunkedUploads.getFileUploadSessionById(${JSON.stringify(sessionId)}) →`,
  );
  console.log(session);

  const snippets = JSON.parse(
    await readFile(`${repo}packages/snippets/src/generated/snippets.json`, "utf8"),
  ) as Array<{ lang: string; operationId: string; source: string }>;
  const curl = snippets.find((s) => s.lang === "curl" && s.operationId === operation.key)!.source;
  const pointed = mock.pointAt(curl);
  console.log(`\ncURL snippet (server pointed at the mock):\n${pointed}`);
  // Asynchronously: the mock answers from this same process.
  const { stdout } = await promisify(execFile)("bash", ["-c", pointed], {
    encoding: "utf8",
    timeout: 30_000,
  });
  console.log(stdout);

  const problems = mock.requests.flatMap((r) => r.problems);
  if (problems.length > 0) throw new Error(`the mock rejected a request: ${problems.join("; ")}`);
  console.log(`\n${mock.requests.length} requests, all as the spec says.`);
} finally {
  await mock.close();
}
