import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { BINARY_BODY_FILE, SNIPPET_LANGUAGES } from "@chunked-uploads/codegen";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { BINARY_BODY, type RunResult, runSnippet } from "./run-snippet.js";

/** As in run-snippet.ts: a bound against a hung snippet, far above any real run. */
const LIMIT_MS = 300_000;
const warm = (file: string) => fileURLToPath(new URL(`./warm/${file}`, import.meta.url));

/**
 * The languages whose interpreter start is most of a snippet's run, and the long-lived process
 * that runs their snippets instead: Python forks a child per snippet from an interpreter that
 * has imported requests; Node starts a worker thread per snippet. Each snippet still runs from
 * its own folder as its own program, with its own output and exit code.
 */
const WARM_COMMANDS: Record<string, () => string[]> = {
  python: () => ["/usr/bin/python3", warm("python-zygote.py"), String(LIMIT_MS / 1000)],
  javascript: () => [process.execPath, warm("node-workers.mjs"), String(LIMIT_MS)],
};

export interface SnippetRunner {
  run(source: string): Promise<RunResult>;
  close(): Promise<void>;
}

/**
 * Runs one language's snippets one at a time, in a warm process where the language has one
 * (`WARM_COMMANDS`) and with the language's own steps (`runSnippet`) where it has not. Each
 * runner's snippets run in order, so requests a mock receives between a run's start and its
 * result are that snippet's.
 */
export function snippetRunner(lang: string): SnippetRunner {
  const command = WARM_COMMANDS[lang];
  if (!command) return { run: (source) => runSnippet(lang, source), close: async () => {} };
  const file = SNIPPET_LANGUAGES.find((language) => language.lang === lang)?.proof;
  if (file?.kind !== "run") throw new Error(`${lang} snippets are not run`);
  let child: WarmProcess | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(source) {
      const result = queue.then(async () => {
        child ??= new WarmProcess(command());
        const dir = await mkdtemp(path.join(tmpdir(), `snippet-${lang}-`));
        try {
          await writeFile(path.join(dir, BINARY_BODY_FILE), BINARY_BODY);
          const script = path.join(dir, file.file);
          await writeFile(script, source);
          const job = {
            dir,
            file: script,
            out: path.join(dir, ".out"),
            err: path.join(dir, ".err"),
          };
          const reply = await child.ask(job).catch((error: Error) => {
            // The warm process itself failed: the next snippet gets a fresh one.
            child = undefined;
            throw error;
          });
          return {
            code: reply.code,
            // Python's children write their output to files; Node's workers send it back.
            stdout: reply.stdout ?? (await readFile(job.out, "utf8")),
            stderr: reply.stderr ?? (await readFile(job.err, "utf8")),
          };
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
      queue = result.catch(() => {});
      return result;
    },
    async close() {
      await queue;
      await child?.close();
      child = undefined;
    },
  };
}

interface Reply {
  code: number;
  stdout?: string;
  stderr?: string;
}

/** One long-lived runner process: a job line in, a reply line out, one at a time. */
class WarmProcess {
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly replies: AsyncIterator<string>;
  private stderr = "";
  private readonly exited: Promise<number | null>;

  constructor([command, ...args]: string[]) {
    this.process = spawn(command!, args, { stdio: "pipe" });
    this.process.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    this.exited = new Promise((resolve) => this.process.on("close", resolve));
    this.replies = createInterface({ input: this.process.stdout })[Symbol.asyncIterator]();
  }

  async ask(job: object): Promise<Reply> {
    this.process.stdin.write(`${JSON.stringify(job)}\n`);
    const next = await this.replies.next();
    if (next.done) {
      const code = await this.exited;
      throw new Error(
        `the snippet runner ${this.process.spawnfile} ended (exit ${code}) before answering: ${this.stderr.trim() || "no output"}`,
      );
    }
    return JSON.parse(next.value) as Reply;
  }

  async close(): Promise<void> {
    this.process.stdin.end();
    await this.exited;
  }
}
