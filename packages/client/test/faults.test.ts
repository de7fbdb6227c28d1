/**
 * The fault table (fault-table.ts) against a real HTTP server on 127.0.0.1 in the runtime running
 * this file: Node here, Deno and Bun through `pnpm test:runtimes`. Every row asserts the outcome,
 * how many attempts reached the server, and, where waiting is the behaviour, that it waited.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectRow } from "./fault-expectations.js";
import { FAULT_CASES, observe, PATH } from "./fault-table.js";
import { startServer, type TestServer } from "./http-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((path) => FAULT_CASES.find((c) => path === PATH + c.id)?.row.server, {
    keepAlive: false,
  });
});
afterAll(() => server.close());

describe("the fault table", () => {
  it.each(FAULT_CASES)("$name", async (faultCase) => {
    const seen = await observe(server.origin, faultCase);
    expectRow(faultCase, seen, server.attempts(PATH + faultCase.id));
  });
});
