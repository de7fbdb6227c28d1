#!/usr/bin/env node
/**
 * `pnpm cache:serve [--port 4317] [--dir .turbo-remote-cache]`: turbo's remote cache for the
 * team, served by turborepo-remote-cache (ducktors) on 127.0.0.1 with local storage. Point
 * turbo at it with
 *
 *   TURBO_API=http://127.0.0.1:4317 TURBO_TEAM=chunked-uploads TURBO_TOKEN=<token> pnpm test
 *
 * The token is TURBO_TOKEN when it is set; otherwise one is made and written to <dir>/token
 * (readable by you alone), never printed: a token in a terminal ends up in logs. The server
 * runs until Ctrl-C. `--print-env` prints the three settings as `export` lines for a shell
 * (`eval "$(pnpm -s cache:serve --print-env)"` in CI), the token included, for a script's
 * own environment.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repo = fileURLToPath(new URL("..", import.meta.url));
const TEAM = "chunked-uploads";

export function tokenIn(dir) {
  if (process.env.TURBO_TOKEN) return process.env.TURBO_TOKEN;
  const file = path.join(dir, "token");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const token = randomBytes(24).toString("hex");
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, token, { mode: 0o600 });
    return token;
  }
}

/** Starts the server; resolves once it accepts connections (bounded: 20 s). */
export async function startCacheServer({ port, dir }) {
  const token = tokenIn(dir);
  const server = spawn(
    process.execPath,
    [path.join(repo, "node_modules/turborepo-remote-cache/dist/cli.js")],
    {
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: String(port),
        TURBO_TOKEN: token,
        STORAGE_PROVIDER: "local",
        STORAGE_PATH: path.resolve(dir, "artifacts"),
        STORAGE_PATH_USE_TMP_FOLDER: "false",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`the cache server exited with ${server.exitCode}`);
    if (await accepts(port)) break;
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`the cache server did not listen on 127.0.0.1:${port} within 20 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    env: { TURBO_API: `http://127.0.0.1:${port}`, TURBO_TEAM: TEAM, TURBO_TOKEN: token },
    stop: () => server.kill(),
    server,
  };
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4317" },
      dir: { type: "string", default: path.join(repo, ".turbo-remote-cache") },
      "print-env": { type: "boolean", default: false },
      // Written once the server listens: a script that starts it in the background waits on it.
      "ready-file": { type: "string" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port must be a TCP port number, got ${values.port}`);
  const dir = path.resolve(values.dir);
  if (values["print-env"]) {
    const token = tokenIn(dir);
    console.log(
      `export TURBO_API=http://127.0.0.1:${port} TURBO_TEAM=${TEAM} TURBO_TOKEN=${token}`,
    );
    process.exit(0);
  }
  const { env, stop, server } = await startCacheServer({ port, dir });
  console.log(
    `turbo remote cache on ${env.TURBO_API}, artifacts in ${path.join(dir, "artifacts")}`,
  );
  const token = process.env.TURBO_TOKEN
    ? "the TURBO_TOKEN of this environment"
    : `$(cat ${path.join(dir, "token")})`;
  console.log(
    `use it with: TURBO_API=${env.TURBO_API} TURBO_TEAM=${TEAM} TURBO_TOKEN=${token} pnpm test`,
  );
  if (values["ready-file"]) writeFileSync(values["ready-file"], env.TURBO_API);
  const shutdown = () => {
    stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown).once("SIGTERM", shutdown);
  server.once("exit", (code) => process.exit(code ?? 1));
}
