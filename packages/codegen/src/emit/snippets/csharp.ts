import { str } from "./java.js";
import { TOKEN_PLACEHOLDER, type SnippetRequest } from "./snippet-request.js";

/** Headers that .NET's HttpClient accepts only on a request's content. */
const CONTENT_HEADERS = [
  "allow",
  "content-disposition",
  "content-encoding",
  "content-language",
  "content-length",
  "content-location",
  "content-md5",
  "content-range",
  "expires",
  "last-modified",
];

/**
 * C# with `HttpClient`, written to the C# 7 level so that it compiles with mono's `mcs` as well as
 * on modern .NET (no top-level statements, no `using var`, no async `Main`). httpsnippet's C#
 * output uses top-level statements and top-level `await`, which need C# 9.
 */
export function csharpSnippet(request: SnippetRequest): string {
  const all = [
    ...(request.bearer ? [["Authorization", `Bearer ${TOKEN_PLACEHOLDER}`]] : []),
    ...request.headers.filter(([name]) => name.toLowerCase() !== "content-type"),
  ] as Array<[string, string]>;
  // .NET refuses content headers (Content-Range, …) on the request: they go on its Content.
  const isContent = ([name]: [string, string]) => CONTENT_HEADERS.includes(name.toLowerCase());
  const headers = all
    .filter((h) => !isContent(h))
    .map(
      ([name, value]) =>
        `            request.Headers.TryAddWithoutValidation(${str(name)}, ${str(value)});`,
    );
  const contentHeaders = all
    .filter(isContent)
    .map(
      ([name, value]) =>
        `            request.Content.Headers.TryAddWithoutValidation(${str(name)}, ${str(value)});`,
    );
  if (contentHeaders.length > 0 && !request.body)
    contentHeaders.unshift("            request.Content = new ByteArrayContent(new byte[0]);");
  const body =
    request.body?.file !== undefined
      ? [
          `            request.Content = new ByteArrayContent(File.ReadAllBytes(${str(request.body.file)}));`,
          `            request.Content.Headers.ContentType = new MediaTypeHeaderValue(${str(request.body.mediaType)});`,
        ]
      : request.body?.mediaType.includes(";")
        ? [
            // StringContent takes a bare media type; one with parameters (a boundary) is set after.
            `            request.Content = new StringContent(${str(request.body.text)}, Encoding.UTF8);`,
            `            request.Content.Headers.Remove("Content-Type");`,
            `            request.Content.Headers.TryAddWithoutValidation("Content-Type", ${str(request.body.mediaType)});`,
          ]
        : request.body
          ? [
              `            request.Content = new StringContent(${str(request.body.text)}, Encoding.UTF8, ${str(request.body.mediaType)});`,
            ]
          : [];
  return `using System;
${request.body?.file !== undefined ? "using System.IO;\n" : ""}using System.Net.Http;
${request.body?.file !== undefined ? "using System.Net.Http.Headers;\n" : ""}using System.Text;

public static class Program
{
    public static void Main()
    {
        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod(${str(request.method)}), ${str(request.url)}))
        {
${[...headers, ...body, ...contentHeaders].join("\n")}
            using (var response = client.SendAsync(request).GetAwaiter().GetResult())
            {
                Console.WriteLine((int)response.StatusCode);
                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            }
        }
    }
}
`;
}
