import { HTTPSnippet, type HarRequest, type TargetId } from "httpsnippet";
import type { OperationModel } from "../../model/api-model.js";
import { TOKEN_PLACEHOLDER, type SnippetRequest } from "./snippet-request.js";

/** What httpsnippet is given instead of a binary body; the edits below replace it with a file read. */
const FILE_MARKER = "@@FILE@@";

/**
 * The languages httpsnippet renders well (cURL, JavaScript fetch, Python requests, Go net/http).
 * Two things it cannot say are added by small edits of its output, each checked so that an
 * httpsnippet upgrade that changes its layout fails loudly instead of writing a wrong snippet:
 * a body read from a file (it only knows inline text), and a success response with no JSON body
 * (its JavaScript and Python read every response as JSON, which fails on a 204 or a download).
 */
export function httpsnippet(
  request: SnippetRequest,
  operation: OperationModel,
  target: TargetId,
  client: string,
): string {
  const url = new URL(request.url);
  const body = request.body;
  // Multipart fields go to httpsnippet as fields: it writes each language's own form (curl
  // --form, FormData, …) and the Content-Type with its boundary.
  const fields = body?.file === undefined ? body?.fields : undefined;
  const multipart = fields !== undefined && /^multipart\//i.test(body!.mediaType);
  const har = {
    method: request.method,
    url: request.url,
    httpVersion: "HTTP/1.1",
    cookies: [],
    headers: [
      ...(request.bearer ? [{ name: "Authorization", value: `Bearer ${TOKEN_PLACEHOLDER}` }] : []),
      ...request.headers
        .filter(([name]) => !(multipart && name.toLowerCase() === "content-type"))
        .map(([name, value]) => ({ name, value })),
    ],
    queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
    headersSize: -1,
    bodySize: -1,
    ...(body && {
      postData: multipart
        ? {
            mimeType: "multipart/form-data",
            text: "", // HAR wants one; httpsnippet writes a multipart body from the params
            params: Object.entries(fields!).flatMap(([name, value]) =>
              (Array.isArray(value) ? value : [value])
                .filter((item) => item !== undefined)
                .map((item) => ({
                  name,
                  value:
                    typeof item === "object" && item !== null ? JSON.stringify(item) : String(item),
                })),
            ),
          }
        : {
            mimeType: body.mediaType,
            text: body.file === undefined ? body.text : FILE_MARKER,
            // httpsnippet writes a URL-encoded form from its fields, which it does not parse
            // out of the text once a name has brackets (`filter[kind]`): given, they stay exact.
            ...(/^application\/x-www-form-urlencoded/i.test(body.mediaType) &&
              body.file === undefined && {
                params: [...new URLSearchParams(body.text)].map(([name, value]) => ({
                  name,
                  value,
                })),
              }),
          },
    }),
  } as HarRequest;
  let source = new HTTPSnippet(har).convert(target, client);
  if (typeof source !== "string")
    throw new Error(`codegen bug: httpsnippet has no ${target}/${client} target`);
  const params = (har.postData?.params ?? []) as FormParam[];
  if (multipart && target === "shell") source = literalFormStrings(source, params);
  if (multipart && target === "javascript") source = exactFormAppends(source, params);
  if (body?.file !== undefined) source = readBodyFromFile(source, target, body.file);
  else if (body?.json && hasTrickyStrings(JSON.parse(body.text)))
    source = exactJsonLiteral(source, target, body.text);
  if (!hasJsonSuccessBody(operation)) source = printStatusOnly(source, target);
  return `${source.trimEnd()}\n`;
}

interface FormParam {
  name: string;
  value: string;
}

/**
 * curl's `--form name=value` reads a file where the value starts with `@` or `<`, and takes
 * `;type=` and the like out of it (GitHub's license upload has the text `@enterprise.ghl`).
 * Such a text field is sent with `--form-string`, which curl sends as written.
 */
function literalFormStrings(source: string, params: FormParam[]): string {
  for (const { name, value } of params) {
    if (!/^[@<]|;/.test(value)) continue;
    const quoted = shellQuoted(`${name}=${value}`);
    source = edit(source, `--form ${quoted}`, `--form-string ${quoted}`);
  }
  return source;
}

/**
 * httpsnippet writes a multipart field into `form.append('name', 'value')` unescaped: a quote,
 * a backslash or a line break ends the literal early. Such a field's line is written again with
 * JSON string literals.
 */
function exactFormAppends(source: string, params: FormParam[]): string {
  const breaks = (text: string) => /[\\'\n\r\u2028\u2029]/.test(text);
  for (const { name, value } of params) {
    if (!breaks(name) && !breaks(value)) continue;
    source = edit(
      source,
      `form.append('${name}', '${value}');`,
      `form.append(${JSON.stringify(name)}, ${JSON.stringify(value)});`,
    );
  }
  return source;
}

/** A word as httpsnippet's shell targets quote it: bare when plainly safe, else in single quotes. */
function shellQuoted(word: string): string {
  return /^[a-z0-9-_/.@%^=:]+$/i.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

function readBodyFromFile(source: string, target: TargetId, file: string): string {
  switch (target) {
    case "shell":
      return edit(source, `--data ${FILE_MARKER}`, `--data-binary @${file}`);
    case "javascript":
      return edit(
        `import { readFile } from 'node:fs/promises';\n\n${source}`,
        `body: '${FILE_MARKER}'`,
        `body: await readFile('${file}')`,
      );
    case "python":
      return edit(source, `payload = "${FILE_MARKER}"`, `payload = open("${file}", "rb").read()`);
    case "go":
      // os.ReadFile + bytes.Reader, so that Go sends a Content-Length rather than a chunked body.
      return edit(
        edit(source, `\t"strings"\n`, `\t"bytes"\n\t"os"\n`),
        `payload := strings.NewReader("${FILE_MARKER}")`,
        `data, err := os.ReadFile("${file}")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tpayload := bytes.NewReader(data)`,
      );
    default:
      throw new Error(`codegen bug: no file body for httpsnippet target ${target}`);
  }
}

/**
 * httpsnippet writes a JSON body's strings into JavaScript and Python literals without escaping
 * them for those languages: a `\"` or a line break inside a value breaks the snippet (Box's
 * group and barrier-segment examples). Where a value holds such a character, the body is
 * written again: in JavaScript as a JSON string literal of the text, in Python as a dict
 * literal whose strings are JSON's (valid Python escapes).
 */
function exactJsonLiteral(source: string, target: TargetId, text: string): string {
  switch (target) {
    case "javascript": {
      const line = /^ {2}body: '.*',?$/m.exec(source);
      if (!line) throw new Error("codegen bug: httpsnippet's JavaScript body is not on one line");
      const comma = line[0].endsWith(",") ? "," : "";
      return source.replace(line[0], () => `  body: ${JSON.stringify(text)}${comma}`);
    }
    case "python": {
      // A dict over several lines ends at the first line that is `}`; a short one is one line.
      const start = source.indexOf("payload = ");
      const lineEnd = source.indexOf("\n", start);
      const multiline = source.slice(start, lineEnd).trimEnd().endsWith("{");
      const close = multiline ? source.indexOf("\n}\n", start) : lineEnd;
      if (start === -1 || lineEnd === -1 || close === -1)
        throw new Error("codegen bug: httpsnippet's Python payload is not where it was");
      const literal = `payload = ${pythonLiteral(JSON.parse(text), "")}`;
      return source.slice(0, start) + literal + source.slice(multiline ? close + 2 : close);
    }
    default:
      return source; // cURL quotes the text as a whole; Go writes it as a Go string literal
  }
}

/** Whether a string of the value (a key or a value) holds a quote, a backslash or a line break. */
function hasTrickyStrings(value: unknown): boolean {
  if (typeof value === "string") return /[\\'"\n\r]/.test(value);
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(
    ([key, item]) => hasTrickyStrings(key) || hasTrickyStrings(item),
  );
}

/** A JSON value as a Python literal, laid out as httpsnippet lays out its payloads. */
function pythonLiteral(value: unknown, indent: string): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}    `;
  const items = Array.isArray(value)
    ? value.map((item) => `${inner}${pythonLiteral(item, inner)}`)
    : Object.entries(value).map(
        ([key, item]) => `${inner}${JSON.stringify(key)}: ${pythonLiteral(item, inner)}`,
      );
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return items.length === 0
    ? `${open}${close}`
    : `${open}\n${items.join(",\n")}\n${indent}${close}`;
}

function printStatusOnly(source: string, target: TargetId): string {
  switch (target) {
    case "javascript":
      return edit(
        source,
        "const data = await response.json();\n  console.log(data);",
        "console.log(response.status);",
      );
    case "python":
      return edit(source, "print(response.json())", "print(response.status_code)");
    default:
      return source; // cURL and Go print whatever arrives, an empty body included
  }
}

/** Whether a success response of the operation can be JSON (else there is nothing to parse). */
function hasJsonSuccessBody(operation: OperationModel): boolean {
  return operation.responses.some((r) => r.success && r.mediaTypes.some((m) => m.json));
}

/** Replaces the one occurrence of `from`; throws when httpsnippet's output no longer has it. */
function edit(source: string, from: string, to: string): string {
  if (!source.includes(from))
    throw new Error(`codegen bug: httpsnippet's output no longer contains ${JSON.stringify(from)}`);
  return source.replace(from, () => to);
}
