import { str } from "./java.js";
import { TOKEN_PLACEHOLDER, type SnippetRequest } from "./snippet-request.js";

/**
 * Swift with `URLSession` and async/await (Swift 5.7+, top-level code in main.swift).
 * httpsnippet's Swift output starts a data task and ends before it completes, and prints only
 * the status. No Swift toolchain exists on our machines: the tests check its URL, method and
 * headers against the spec instead of running it.
 */
export function swiftSnippet(request: SnippetRequest): string {
  const headers = [
    ...(request.bearer ? [["Authorization", `Bearer ${TOKEN_PLACEHOLDER}`]] : []),
    ...request.headers,
  ].map(([name, value]) => `request.setValue(${str(value!)}, forHTTPHeaderField: ${str(name!)})`);
  const body =
    request.body?.file !== undefined
      ? [`request.httpBody = try Data(contentsOf: URL(fileURLWithPath: ${str(request.body.file)}))`]
      : request.body
        ? [`request.httpBody = Data(${str(request.body.text)}.utf8)`]
        : [];
  return `import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: ${str(request.url)})!)
request.httpMethod = ${str(request.method)}
${[...headers, ...body].join("\n")}

let (data, response) = try await URLSession.shared.data(for: request)
print((response as! HTTPURLResponse).statusCode)
print(String(decoding: data, as: UTF8.self))
`;
}
