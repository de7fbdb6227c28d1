import { str } from "./java.js";
import { TOKEN_PLACEHOLDER, type SnippetRequest } from "./snippet-request.js";

/**
 * C# with `HttpClient`, written to the C# 7 level so that it compiles with mono's `mcs` as well as
 * on modern .NET (no top-level statements, no `using var`, no async `Main`). httpsnippet's C#
 * output uses top-level statements and top-level `await`, which need C# 9.
 */
export function csharpSnippet(request: SnippetRequest): string {
  const headers = [
    ...(request.bearer ? [["Authorization", `Bearer ${TOKEN_PLACEHOLDER}`]] : []),
    ...request.headers.filter(([name]) => name.toLowerCase() !== "content-type"),
  ].map(
    ([name, value]) =>
      `            request.Headers.TryAddWithoutValidation(${str(name!)}, ${str(value!)});`,
  );
  const body = request.body
    ? [
        `            request.Content = new StringContent(${str(request.body.text)}, Encoding.UTF8, ${str(request.body.mediaType)});`,
      ]
    : [];
  return `using System;
using System.Net.Http;
using System.Text;

public static class Program
{
    public static void Main()
    {
        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod(${str(request.method)}), ${str(request.url)}))
        {
${[...headers, ...body].join("\n")}
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
