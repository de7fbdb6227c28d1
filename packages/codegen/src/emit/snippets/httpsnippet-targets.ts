import { HTTPSnippet, type HarRequest, type TargetId } from "httpsnippet";
import { TOKEN_PLACEHOLDER, type SnippetRequest } from "./snippet-request.js";

/**
 * The languages httpsnippet renders well and whose output passes our verification as it is
 * (cURL, JavaScript fetch, Python requests, Go net/http). The others are templates of ours:
 * see the closing notes in each of those modules for why httpsnippet's output did not pass.
 */
export function httpsnippet(request: SnippetRequest, target: TargetId, client: string): string {
  const url = new URL(request.url);
  const har = {
    method: request.method,
    url: request.url,
    httpVersion: "HTTP/1.1",
    cookies: [],
    headers: [
      ...(request.bearer ? [{ name: "Authorization", value: `Bearer ${TOKEN_PLACEHOLDER}` }] : []),
      ...request.headers.map(([name, value]) => ({ name, value })),
    ],
    queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
    headersSize: -1,
    bodySize: -1,
    ...(request.body && {
      postData: { mimeType: request.body.mediaType, text: request.body.text },
    }),
  } as HarRequest;
  const source = new HTTPSnippet(har).convert(target, client);
  if (typeof source !== "string")
    throw new Error(`codegen bug: httpsnippet has no ${target}/${client} target`);
  return source.trimEnd() + "\n";
}
