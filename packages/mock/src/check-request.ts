/**
 * A request against one operation, on the spec's own terms: every parameter read by its style
 * and checked against its schema (required ones present, none repeated where it takes one
 * value, numbers finite), the credentials the operation's security asks for, and the body.
 */
import type { IncomingMessage } from "node:http";
import {
  templateVariables,
  type ApiModel,
  type SchemaChecker,
  type Serialization,
} from "@chunked-uploads/codegen/model";
import { checkCredentials } from "./check-credentials.js";
import { numberTextProblems } from "./number-text.js";
import { checkBody } from "./request-body.js";
import {
  cookiePairs,
  readFormValue,
  readHeaderValue,
  readPathValue,
  repetitionProblem,
  type Received,
} from "./read-parameters.js";
import type { Route } from "./routes.js";

/** The request as the check reads it: the URL and body with the mock's origin written back. */
export interface CheckedRequest {
  request: IncomingMessage;
  url: URL;
  body: Buffer;
  /** The body's length (`body` is empty when the bytes went to disk). */
  bodySize: number;
  /** A multipart body's fields, when it is one and could be parsed. */
  form: Record<string, unknown> | undefined;
}

/** Every way the request departs from the route's operation; empty when it conforms. */
export function checkRequest(
  model: ApiModel,
  checker: SchemaChecker,
  { operation, pattern }: Route,
  { request, url, body, bodySize, form }: CheckedRequest,
): string[] {
  const problems: string[] = [];
  const values = pattern.exec(url.pathname)!.slice(1);
  const pathValues = new Map(
    templateVariables(operation.path).map((name, i) => [name, values[i]!]),
  );
  const query = [...url.searchParams];
  const cookies = cookiePairs(headerText(request.headers.cookie));
  for (const parameter of operation.parameters) {
    const { name, serialization: how } = parameter;
    const where = `${parameter.in} parameter ${name}`;
    let value: Received | undefined;
    if (parameter.in === "path") {
      const raw = pathValues.get(name)!;
      try {
        decodeURIComponent(raw);
      } catch {
        problems.push(`${where} is not valid percent-encoding`);
        continue;
      }
      value = readPathValue(name, raw, how);
      if (value === undefined) {
        problems.push(`${where} is not written in its style (${describe(how)}): ${raw}`);
        continue;
      }
    } else if (parameter.in === "header") {
      const lines = request.headersDistinct[name.toLowerCase()];
      if (lines && lines.length > 1 && how.shape === "primitive") {
        problems.push(`${where} given ${lines.length} times, but it takes one value`);
        continue;
      }
      const text = lines?.join(", ");
      value = text === undefined ? undefined : readHeaderValue(text, how);
    } else {
      const pairs = parameter.in === "query" ? query : cookies;
      const repeated = repetitionProblem(name, pairs, how);
      if (repeated) {
        problems.push(`${where} ${repeated}`);
        continue;
      }
      value = readFormValue(name, pairs, how);
    }
    if (value === undefined) {
      if (parameter.required) problems.push(`required ${where} is missing`);
      continue;
    }
    const numbers = numberTextProblems(model, parameter.schema, value, where);
    problems.push(...(numbers.length > 0 ? numbers : checker.parameter(parameter, value)));
  }
  problems.push(...checkCredentials(model, operation, request, url));
  problems.push(...checkBody(checker, operation, request, { bytes: body, size: bodySize }, form));
  return problems;
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/** `matrix, exploded` */
function describe({ style, explode }: Serialization): string {
  return `${style}${explode ? ", exploded" : ""}`;
}
