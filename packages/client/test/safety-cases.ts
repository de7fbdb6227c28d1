/**
 * The safety tests' cases, shared by safety.test.ts (Node, Deno, Bun) and the browser page
 * (browser.test.ts): path-parameter values that try to change the request path, URLs the token
 * must not go to, and server answers that echo the token back. No runtime imports beyond the
 * client, so the page can bundle them.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError, NetworkError, TimeoutError, UnsafeRequestError } from "../src/index.js";
import type { Handler } from "./http-server.js";

/** An error class a call may reject with (checked with instanceof). */
type ErrorClass = abstract new (...args: never[]) => unknown;

export const NASTY = [
  "..",
  ".",
  "",
  "../x",
  "..%2f",
  "%2e%2e",
  "%2E%2E",
  ".%2e",
  "a/b",
  "a?b=c",
  "a#b",
  "a b",
  "ü💥",
  "\\..\\",
  "%",
  "/",
  "?",
  "#",
  "..;",
  "x/../../y",
];

/** Values that would change the path however they were encoded: refused before sending. */
export const REFUSED_SEGMENTS = ["", ".", ".."];

/** `…ByUrl` URLs the token must not be sent to, and the error class each is refused with. */
export const REFUSED: Array<[name: string, url: string, error: ErrorClass]> = [
  ["another host", "https://evil.example.com/api/2.0/files/upload_sessions/x", UnsafeRequestError],
  [
    "a user@host trick",
    "https://upload.box.com@evil.example.com/api/2.0/files/upload_sessions/x",
    UnsafeRequestError,
  ],
  [
    "credentials on an allowed host",
    "https://user:pass@upload.box.com/api/2.0/files/upload_sessions/x",
    UnsafeRequestError,
  ],
  ["plain http", "http://upload.box.com/api/2.0/files/upload_sessions/x", UnsafeRequestError],
  ["another scheme", "javascript:alert(1)", UnsafeRequestError],
  [
    "a look-alike host",
    "https://upload.box.com.evil.example.com/api/2.0/files/upload_sessions/x",
    UnsafeRequestError,
  ],
  ["another endpoint on an allowed host", "https://upload.box.com/api/2.0/users/me", TypeError],
  ["not a URL", "upload_sessions/x", TypeError],
];

export const LEAK_TOKEN = "SECRET-token-4242";

/** Upload-session ids whose server answer echoes the Authorization header, or fails. */
export const LEAKS: Array<[name: string, id: string, error: ErrorClass]> = [
  ["an HTML page that echoes the header", "html", ApiError],
  ["a JSON error that echoes it", "json", ApiError],
  ["a connection reset", "reset", NetworkError],
  ["a timeout", "hang", TimeoutError],
];

const echo =
  (status: number, type: string): Handler =>
  (request: IncomingMessage, response: ServerResponse) =>
    response.writeHead(status, { "content-type": type }).end(
      type === "text/html"
        ? `<html>proxy error for ${String(request.headers.authorization)}</html>`
        : JSON.stringify({
            type: "error",
            status,
            code: "bad_token",
            message: `token ${String(request.headers.authorization)} rejected`,
          }),
    );

/** The handler for a LEAKS id at the end of `path`. */
export function leakRoute(path: string): Handler | undefined {
  if (path.endsWith("/html")) return echo(500, "text/html");
  if (path.endsWith("/json")) return echo(400, "application/json");
  if (path.endsWith("/reset")) return (request) => request.socket.destroy();
  if (path.endsWith("/hang")) return () => {};
  return undefined;
}
