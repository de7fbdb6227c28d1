/**
 * Proves a release end to end without touching npm: starts Verdaccio on 127.0.0.1 with a
 * temporary config and storage, versions and publishes the packages from a copy of this
 * working tree with the same commands a release uses (`changeset version`, build,
 * `changeset publish`), then installs them with npm into a fresh project outside the workspace
 * and type-checks (moduleResolution node16 and bundler), runs (ESM and CJS, against a local
 * server) and reads a snippet from what was installed. The registry is stopped whatever happens.
 *
 *   pnpm test:release          (KEEP_RELEASE_DIR=1 keeps the temporary folder)
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { RELEASED_PACKAGES } from "../packages/codegen/src/diff/changesets.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const work = await mkdtemp(path.join(tmpdir(), "test-release-"));
/** The version `changeset version` gives the packages; read from the copy, whatever it is. */
let VERSION = "";
const PACKAGES = RELEASED_PACKAGES;

async function sh(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(command, args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 1 << 26,
      timeout: 600_000,
    });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `${command} ${args.join(" ")} failed in ${cwd}:\n${stdout ?? ""}${stderr ?? ""}`,
      { cause: error },
    );
  }
}

const step = (text: string) => console.log(`\n▶ ${text}`);

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startRegistry(): Promise<{ url: string; process: ChildProcess }> {
  const dir = path.join(work, "verdaccio");
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, "config.yaml"),
    [
      "storage: ./storage",
      "auth:",
      "  htpasswd:",
      "    file: ./htpasswd",
      "    max_users: 10",
      "uplinks: {}",
      "packages:",
      "  '@chunked-uploads/*':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    path.join(repo, "node_modules/.bin/verdaccio"),
    ["--config", path.join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`],
    {
      cwd: dir,
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}`);
    if (
      await fetch(`${url}-/ping`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("verdaccio did not answer within 60 s");
}

/** A local stand-in for the API, for the installed client to call. */
async function startApi(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const ok = request.headers.authorization === "Bearer consumer-token";
    response.writeHead(ok ? 200 : 401, { "content-type": "application/json" });
    response.end(
      JSON.stringify(
        ok
          ? {
              id: decodeURIComponent(request.url!.split("/").pop()!),
              type: "upload_session",
              total_parts: 1000,
            }
          : { type: "error", status: 401, code: "unauthorized" },
      ),
    );
  }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/2.0`, server };
}

const CONSUMER_TS = (
  moduleKind: "esm" | "cjs",
) => `import { ApiError, createClient, createCoreClient, getFileUploadSessionById } from "@chunked-uploads/client";
import type { UploadSession } from "@chunked-uploads/types";
import { getSnippet } from "@chunked-uploads/snippets";
import { startMock } from "@chunked-uploads/mock";

async function main(): Promise<void> {
  const box = createClient({ baseUrl: process.env.API_URL, token: "consumer-token", maxRetries: 0 });
  const session: UploadSession = await box.chunkedUploads.getFileUploadSessionById("F97 ${moduleKind}");
  // The standalone function, as a bundle-conscious app calls it.
  const core = createCoreClient({ baseUrl: process.env.API_URL, token: "consumer-token", maxRetries: 0 });
  const standalone: string | undefined = (await getFileUploadSessionById(core, "F97 standalone")).id;
  const curl: string = getSnippet("get_files_upload_sessions_id", "curl").source;
  const denied = await createClient({ baseUrl: process.env.API_URL, token: "wrong", maxRetries: 0 })
    .chunkedUploads.getFileUploadSessionById("x")
    .catch((error: unknown) => (error instanceof ApiError ? error.status : error));
  // The published mock, as a downstream team's tests start it: the client's call conforms, a
  // request without credentials is refused.
  const mock = await startMock();
  let mocked: unknown;
  try {
    const box = createClient({ baseUrl: mock.baseUrl, token: "t", maxRetries: 0 });
    const created = await box.chunkedUploads.createFileUploadSession({ folder_id: "0", file_size: 20000000, file_name: "c.bin" });
    const fromMock = await box.chunkedUploads.getFileUploadSessionById(created.id!);
    const refused = (await fetch(\`\${mock.baseUrl}/files/upload_sessions/\${created.id}\`)).status;
    mocked = { type: fromMock.type, part_size: fromMock.part_size, refused, problems: mock.requests.map((r) => r.problems.length) };
  } finally {
    await mock.close();
  }
  console.log(JSON.stringify({ module: "${moduleKind}", id: session.id, total_parts: session.total_parts, standalone, snippet: curl.split("\\n")[0], denied, mocked }));
}
void main();
`;

let registry: { url: string; process: ChildProcess } | undefined;
let api: { url: string; server: Server } | undefined;
try {
  step("starting Verdaccio on 127.0.0.1 with a temporary config and storage");
  registry = await startRegistry();
  const user = await fetch(`${registry.url}-/user/org.couchdb.user:release`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name: "release",
      password: "release-password",
      email: "release@example.com",
    }),
  }).then((r) => r.json() as Promise<{ token?: string }>);
  if (!user.token) throw new Error(`verdaccio gave no token: ${JSON.stringify(user)}`);
  const npmrc = `registry=${registry.url}\n//${new URL(registry.url).host}/:_authToken=${user.token}\n`;

  step("copying the working tree and installing it");
  const copy = path.join(work, "repo");
  const files = (await sh("git", ["ls-files", "-co", "--exclude-standard"], repo))
    .split("\n")
    .filter(Boolean);
  for (const file of files)
    await cp(path.join(repo, file), path.join(copy, file), { recursive: true }).catch(() => {});
  await cp(path.join(repo, "..", "shared"), path.join(work, "shared"), { recursive: true }).catch(
    () => {},
  );
  await writeFile(path.join(copy, ".npmrc"), npmrc);
  await sh("git", ["init", "-q", "-b", "main"], copy);
  await sh("git", ["add", "-A"], copy);
  await sh(
    "git",
    [
      "-c",
      "user.name=release",
      "-c",
      "user.email=release@example.com",
      "commit",
      "-qm",
      "release candidate",
    ],
    copy,
  );
  await sh("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], copy);

  step("versioning with changesets (a minor release of whatever version the packages have)");
  await writeFile(
    path.join(copy, ".changeset/test-release.md"),
    `---\n${PACKAGES.map((p) => `"${p}": minor`).join("\n")}\n---\n\nRelease proven by pnpm test:release.\n`,
  );
  await sh("pnpm", ["exec", "changeset", "version"], copy);
  await sh("pnpm", ["install", "--no-frozen-lockfile", "--prefer-offline"], copy);
  const versions = await Promise.all(
    PACKAGES.map(async (name) => {
      const manifest = path.join(copy, "packages", name.split("/")[1]!, "package.json");
      return (JSON.parse(await readFile(manifest, "utf8")) as { version: string }).version;
    }),
  );
  // One fixed group: the published packages always share a version.
  if (new Set(versions).size !== 1)
    throw new Error(
      `the packages' versions differ after changeset version: ${versions.join(", ")}`,
    );
  VERSION = versions[0]!;
  console.log(`changeset version: ${VERSION}`);

  step("building and publishing with `changeset publish`");
  await sh("pnpm", ["build"], copy);
  const published = await sh("pnpm", ["exec", "changeset", "publish"], copy, {
    npm_config_registry: registry.url,
  });
  console.log(published.trim());
  for (const name of PACKAGES) {
    const info = (await fetch(`${registry.url}${name.replace("/", "%2f")}`).then((r) =>
      r.json(),
    )) as { "dist-tags"?: { latest?: string } };
    if (info["dist-tags"]?.latest !== VERSION)
      throw new Error(
        `${name}@${VERSION} is not on the registry (latest: ${info["dist-tags"]?.latest})`,
      );
  }

  step("installing the published packages with npm in a fresh project outside the workspace");
  const consumer = path.join(work, "consumer");
  await mkdir(consumer);
  await writeFile(
    path.join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }),
  );
  await writeFile(path.join(consumer, ".npmrc"), `@chunked-uploads:registry=${registry.url}\n`);
  await sh(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      ...PACKAGES.map((p) => `${p}@${VERSION}`),
      "typescript@5.9.3",
      "@types/node@20",
    ],
    consumer,
  );

  step("type-checking a consumer under moduleResolution node16 and bundler");
  await writeFile(path.join(consumer, "consumer.mts"), CONSUMER_TS("esm"));
  await writeFile(path.join(consumer, "consumer.cts"), CONSUMER_TS("cjs"));
  const tsconfig = (module: string, resolution: string, files: string[], emit: boolean) =>
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module,
        moduleResolution: resolution,
        types: ["node"],
        noEmit: !emit,
        skipLibCheck: false,
      },
      files,
    });
  await writeFile(
    path.join(consumer, "tsconfig.node16.json"),
    tsconfig("node16", "node16", ["consumer.mts", "consumer.cts"], true),
  );
  await writeFile(
    path.join(consumer, "tsconfig.bundler.json"),
    tsconfig("esnext", "bundler", ["consumer.mts"], false),
  );
  await sh("npx", ["tsc", "-p", "tsconfig.node16.json"], consumer);
  await sh("npx", ["tsc", "-p", "tsconfig.bundler.json"], consumer);
  console.log("tsc: node16 (ESM and CJS) and bundler: no errors");

  step("running the compiled consumer as ESM and as CJS against a local server");
  api = await startApi();
  for (const file of ["consumer.mjs", "consumer.cjs"]) {
    const out = (await sh(process.execPath, [file], consumer, { API_URL: api.url })).trim();
    const result = JSON.parse(out) as {
      id: string;
      total_parts: number;
      standalone: string;
      snippet: string;
      denied: unknown;
      mocked: { type: string; part_size: number; refused: number; problems: number[] };
    };
    if (
      !result.id.startsWith("F97") ||
      result.total_parts !== 1000 ||
      result.standalone !== "F97 standalone" ||
      !result.snippet.startsWith("curl") ||
      result.denied !== 401 ||
      result.mocked.type !== "upload_session" ||
      result.mocked.part_size !== 8 << 20 ||
      result.mocked.refused !== 400 ||
      JSON.stringify(result.mocked.problems) !== "[0,0,1]"
    ) {
      throw new Error(`unexpected output from ${file}: ${out}`);
    }
    console.log(`node ${file}: ${out}`);
  }
  console.log(
    `\ntest:release passed: ${PACKAGES.map((p) => `${p}@${VERSION}`).join(", ")} published, installed, compiled and run`,
  );
} catch (error) {
  console.error(`\ntest:release FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  api?.server.close();
  if (registry?.process.pid) {
    try {
      process.kill(-registry.process.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  if (!process.env.KEEP_RELEASE_DIR) await rm(work, { recursive: true, force: true });
}
