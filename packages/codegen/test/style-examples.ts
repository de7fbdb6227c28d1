/**
 * OpenAPI's Style Examples table (fixtures/openapi-style-examples.json) as test cases: each
 * style, explode and shape with the value and the text the table writes it as. Shared by the
 * writers' tests here and the mock's reader's tests (packages/mock).
 */
import { readFileSync } from "node:fs";
import type { ParameterValue, Serialization } from "../src/model/api-model.js";

type Shape = "string" | "array" | "object";
interface Row extends Record<Shape, string | null> {
  style: Serialization["style"];
  explode: boolean;
}
const table = JSON.parse(
  readFileSync(new URL("fixtures/openapi-style-examples.json", import.meta.url), "utf8"),
) as { values: Record<Shape, ParameterValue>; rows: Row[] };

const SHAPES = { string: "primitive", array: "array", object: "object" } as const;
export const cases = table.rows.flatMap((row) =>
  (Object.keys(SHAPES) as Shape[]).flatMap((shape) =>
    row[shape] === null
      ? []
      : [
          [
            `${row.style}${row.explode ? ", exploded," : ""} ${shape}`,
            {
              style: row.style,
              explode: row.explode,
              shape: SHAPES[shape],
              ...(shape === "object" && { propertyNames: ["R", "G", "B"] }),
            } satisfies Serialization,
            table.values[shape],
            row[shape]!,
          ] as const,
        ],
  ),
);
export const inPath = cases.filter(([, how]) => ["simple", "label", "matrix"].includes(how.style));
export const inForm = cases.filter(([, how]) => !["simple", "label", "matrix"].includes(how.style));
