/**
 * Proves that the spec can grow without breaking a test that is not about the change: in a
 * scratch copy of this working tree, adds an operation (a JSON body, a required header and a
 * required query parameter) and an optional response property to `spec/openapi.yaml`, runs
 * `pnpm generate`, then the whole `pnpm test`, which must pass. The copy is removed afterwards.
 *
 *   pnpm test:spec-growth          (KEEP_GROWTH_DIR=1 keeps the copy)
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const repo = fileURLToPath(new URL("..", import.meta.url));
const work = await mkdtemp(path.join(tmpdir(), "spec-growth-"));
const copy = path.join(work, "repo");

/** The new operation: inserted as the last path item of the spec. */
const NEW_OPERATION = `  /files/upload_sessions/{upload_session_id}/log:
    post:
      operationId: post_files_upload_sessions_id_log
      summary: Log an upload event
      description: Records a client-side event of an upload session (added by pnpm test:spec-growth).
      tags:
        - Uploads (Chunked)
      x-box-tag: chunked_uploads
      x-sdk-method-name: createFileUploadSessionLogEvent
      servers:
        - url: https://upload.box.com/api/2.0
      parameters:
        - name: upload_session_id
          in: path
          required: true
          schema:
            type: string
          example: D5E3F7A
        - name: x-client-trace
          in: header
          required: true
          schema:
            type: string
          example: trace-7
        - name: level
          in: query
          required: true
          schema:
            type: string
            enum:
              - info
              - warning
          example: info
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required:
                - event
              properties:
                event:
                  type: string
                  enum:
                    - started
                    - resumed
                  example: resumed
                note:
                  type: string
                  example: after a network change
      responses:
        "200":
          description: The event was recorded.
          content:
            application/json:
              schema:
                type: object
                properties:
                  recorded:
                    type: boolean
                    example: true
        default:
          description: An unexpected client error.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ClientError"
`;

/** The optional property: a new field of the upload session. */
const SESSION_PROPERTIES = "      x-box-tag: chunked_uploads\n      properties:\n        id:\n";
const NEW_PROPERTY = `      x-box-tag: chunked_uploads
      properties:
        file_id:
          description: The file being uploaded (added by pnpm test:spec-growth).
          type: string
          example: "12345"
        id:
`;

async function sh(command: string, args: string[]): Promise<void> {
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  const child = execFile(command, args, {
    cwd: copy,
    maxBuffer: 1 << 28,
    timeout: 900_000,
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  child.stdout?.pipe(process.stdout);
  child.stderr?.pipe(process.stderr);
  await new Promise<void>((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`)),
    ),
  );
}

function edit(text: string, from: string, to: string, what: string): string {
  if (!text.includes(from)) throw new Error(`spec/openapi.yaml no longer has ${what}`);
  return text.replace(from, () => to);
}

try {
  const files = await promisify(execFile)("git", ["ls-files", "-co", "--exclude-standard"], {
    cwd: repo,
    maxBuffer: 1 << 26,
  });
  for (const file of files.stdout.split("\n").filter(Boolean))
    await cp(path.join(repo, file), path.join(copy, file), { recursive: true }).catch(() => {});
  // Turbo caches only inside a git repository; a fresh one keeps the copy's runs honest.
  await sh("git", ["init", "-q", "-b", "main"]);

  const specPath = path.join(copy, "spec/openapi.yaml");
  let spec = await readFile(specPath, "utf8");
  spec = edit(spec, "components:\n", `${NEW_OPERATION}components:\n`, "a components section");
  spec = edit(spec, SESSION_PROPERTIES, NEW_PROPERTY, "UploadSession's properties");
  await writeFile(specPath, spec);

  await sh("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"]);
  await sh("pnpm", ["generate"]);
  // pnpm test prints a failing task's log only (its own --output-logs=errors-only).
  await sh("pnpm", ["test"]);
  console.log(
    "\ntest:spec-growth passed: a new operation and a new optional property, regenerated, and `pnpm test` is green",
  );
} catch (error) {
  console.error(`\ntest:spec-growth FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  if (!process.env.KEEP_GROWTH_DIR) await rm(work, { recursive: true, force: true });
}
