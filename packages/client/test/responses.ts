/**
 * What the test servers answer with. No runtime imports, so that the page the browser tests
 * bundle (test/browser/page.ts) can share the fault table's handlers' types and data.
 */
import type { ServerResponse } from "node:http";

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response
    .writeHead(status, { "content-type": "application/json", ...headers })
    .end(JSON.stringify(body));
}

/** A Box ClientError body. */
export function boxError(status: number, code: string, message: string): Record<string, unknown> {
  return {
    type: "error",
    status,
    code,
    message,
    request_id: "abcdef123456",
    help_url: "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/",
    context_info: { message: "Something went wrong" },
  };
}

export const SESSION = {
  id: "F971964745A5CD0C001BBE4E58196BFD",
  type: "upload_session",
  num_parts_processed: 455,
  part_size: 1024,
  session_expires_at: "2012-12-12T10:53:43-08:00",
  total_parts: 1000,
};
