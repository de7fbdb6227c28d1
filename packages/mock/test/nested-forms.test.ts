/**
 * URL-encoded bodies whose objects and lists nest (`metadata[order_id]=6735`,
 * `items[0][price]=price_1`, `documents[verification][files][0]=file_123`), read back into the
 * shapes the schema says and checked at every depth; an empty object sent as its bare name, an
 * empty string apart from a missing field. The fixture is the codegen's nested-forms.yaml.
 */
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type Mock } from "../src/index.js";

const FIXTURE = fileURLToPath(
  new URL("../../codegen/test/fixtures/nested-forms.yaml", import.meta.url),
);

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ spec: FIXTURE });
});
afterAll(() => mock?.close());

/** The mock's problems with a form body written as `pairs`. */
async function problems(pairs: Array<[string, string]>): Promise<string[]> {
  const before = mock.requests.length;
  await fetch(`${mock.baseUrl}/accounts`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(pairs).toString(),
  }).then((r) => r.text());
  return mock.requests[before]!.problems;
}

const WHOLE: Array<[string, string]> = [
  ["email", "jenny@example.com"],
  ["nickname", ""],
  ["metadata[order_id]", "6735"],
  ["documents[verification][files][0]", "file_123"],
  ["documents[verification][files][1]", "file_456"],
  ["items[0][price]", "price_1"],
  ["items[0][quantity]", "2"],
  ["items[1][price]", "price_2"],
  ["settings[payouts][schedule][delay_days]", "7"],
  ["settings[payouts][schedule][interval]", "daily"],
  ["settings[payouts][debit_negative_balances]", "true"],
  ["settings[branding]", ""],
  ["tags", "new"],
  ["tags", "vip"],
];

describe("nested form bodies", () => {
  it("reads objects in objects, lists of objects and of scalars, and an empty object", async () => {
    expect(await problems(WHOLE)).toEqual([]);
    // An empty string clears metadata (its schema's other branch); a missing field is fine too.
    expect(
      await problems([
        ["email", "a@example.com"],
        ["metadata", ""],
      ]),
    ).toEqual([]);
  });

  /** WHOLE with `key` set to `value` (added if it is not there); `drop` removes keys first. */
  const changed = (key: string, value: string, drop = (_k: string) => false) => {
    const pairs = WHOLE.filter(([k]) => !drop(k));
    const at = pairs.findIndex(([k]) => k === key);
    if (at >= 0) pairs[at] = [key, value];
    else pairs.push([key, value]);
    return pairs;
  };

  it.each([
    [
      "a number below its minimum, two levels down",
      changed("items[1][quantity]", "0"),
      /items\/1\/quantity must be >= 1/,
    ],
    [
      "a boolean that is not one",
      changed("settings[payouts][debit_negative_balances]", "maybe"),
      /debit_negative_balances must be boolean/,
    ],
    [
      "a value outside its enum, three levels down",
      changed("settings[payouts][schedule][interval]", "hourly"),
      /interval must be equal to one of the allowed values/,
    ],
    [
      "a field the nested object does not have",
      changed("settings[payouts][schedule][weekday]", "mon"),
      /schedule must NOT have additional properties/,
    ],
    [
      "an entry of a list that is not an object",
      changed("items[2]", "price_3"),
      /items\/2 must be object/,
    ],
    [
      "a nested object written flat",
      changed("documents", "file_123", (k) => k.startsWith("documents[")),
      /documents must be object/,
    ],
  ] as const)("finds %s", async (_what, pairs, problem) => {
    expect((await problems([...pairs])).join("\n")).toMatch(problem);
  });

  it("tells an empty string from a missing required field", async () => {
    expect(await problems([["email", ""]])).toEqual([]);
    expect((await problems([["nickname", "x"]])).join("\n")).toMatch(
      /must have required property 'email'/,
    );
  });
});
