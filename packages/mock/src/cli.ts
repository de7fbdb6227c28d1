#!/usr/bin/env node
/**
 * `chunked-uploads-mock [--spec FILE] [--port N] [--host H] [--stateful | --stateless]`:
 * starts the mock, prints its URL and serves until stopped (Ctrl-C, SIGTERM). Box's chunked
 * uploads keep state by default for the embedded spec, with `--stateful` for another spec that
 * declares them. A bad argument or spec is said on stderr, with
 * exit status 2 (arguments) or 1 (the spec, the port).
 */
import { parseArgs } from "node:util";
import { startMock, type MockOptions } from "./start-mock.js";

const USAGE =
  "usage: chunked-uploads-mock [--spec FILE] [--port N] [--host H] [--stateful | --stateless]";

function options(argv: string[]): MockOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      stateful: { type: "boolean" },
      stateless: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
    throw new Error(
      `--port must be a whole number from 0 to 65535, not ${JSON.stringify(values.port)}`,
    );
  if (values.stateful && values.stateless)
    throw new Error("--stateful and --stateless cannot both be given");
  return {
    ...(values.stateful && { stateful: true }),
    ...(values.stateless && { stateful: false }),
    ...(values.spec !== undefined && { spec: values.spec }),
    ...(port !== undefined && { port }),
    ...(values.host !== undefined && { host: values.host }),
  };
}

/** Parses, starts and serves; every failure is a message and an exit status, never a stack. */
async function main(): Promise<void> {
  let parsed: MockOptions;
  try {
    parsed = options(process.argv.slice(2));
  } catch (error) {
    console.error(`chunked-uploads-mock: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  try {
    const mock = await startMock(parsed);
    console.log(`mock of ${parsed.spec ?? "the Box chunked-upload spec"} listening on ${mock.url}`);
    console.log(`client baseUrl: ${mock.baseUrl}`);
    if (mock.uploads) console.log("chunked uploads keep state (sessions, parts, commits)");
    const stop = () => void mock.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } catch (error) {
    console.error(`chunked-uploads-mock: ${(error as Error).message}`);
    process.exit(1);
  }
}

void main();
