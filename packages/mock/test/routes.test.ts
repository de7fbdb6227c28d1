/**
 * Routing between templates that match the same path: the most specific wins, segment by
 * segment, and fixed text around a variable is more specific than a bare variable (GitHub's
 * `/compare/{basehead}` beside `/compare/{base}...{head}`, declared in that order).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type Mock } from "../src/index.js";

const get = (operationId: string) => ({
  get: {
    operationId,
    parameters: [] as object[],
    responses: { "204": { description: "ok" } },
  },
});
const withPath = (item: ReturnType<typeof get>, ...names: string[]) => {
  item.get.parameters = names.map((name) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  return item;
};

let dir: string;
let mock: Mock;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "mock-routes-"));
  await writeFile(
    path.join(dir, "openapi.json"),
    JSON.stringify({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/compare/{basehead}": withPath(get("compare_basehead"), "basehead"),
        // A shorter path between them, as in a real spec: the order must hold across it.
        "/compare": get("list_comparisons"),
        "/compare/{base}...{head}": withPath(get("compare_range"), "base", "head"),
        "/reports/{id}": withPath(get("get_report"), "id"),
        "/reports/{id}.csv": withPath(get("get_report_csv"), "id"),
        "/reports/{id}.{format}": withPath(get("get_report_as"), "id", "format"),
        // A query in the path key (OpenAI's beta endpoints): that route only with the query.
        "/reports/{id}?beta=true": withPath(get("get_report_beta"), "id"),
      },
    }),
  );
  mock = await startMock({ spec: path.join(dir, "openapi.json") });
});
afterAll(async () => {
  await mock?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the mock routes a path to its most specific template", () => {
  it.each([
    ["/compare/main...dev", "compare_range"],
    ["/compare/main", "compare_basehead"],
    ["/compare", "list_comparisons"],
    ["/reports/7.csv", "get_report_csv"],
    ["/reports/7.pdf", "get_report_as"],
    ["/reports/7", "get_report"],
    ["/reports/7?beta=true", "get_report_beta"],
    ["/reports/7?beta=false", "get_report"],
  ])("%s is %s", async (url, operation) => {
    const response = await fetch(`${mock.url}${url}`);
    await response.arrayBuffer();
    expect(mock.requests.at(-1)).toMatchObject({ operation, problems: [] });
  });
});
