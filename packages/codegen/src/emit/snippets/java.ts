import { TOKEN_PLACEHOLDER, type SnippetRequest } from "./snippet-request.js";

/**
 * Java 11+ `java.net.http`, as one runnable file (`java GetFileUploadSessionById.java`).
 * httpsnippet's Java output is a fragment without imports or a class, so it cannot be run as shown.
 */
export function javaSnippet(request: SnippetRequest, className: string): string {
  const headers = [
    ...(request.bearer ? [["Authorization", `Bearer ${TOKEN_PLACEHOLDER}`]] : []),
    ...request.headers,
  ].map(([name, value]) => `            .header(${str(name!)}, ${str(value!)})`);
  const body =
    request.body?.file !== undefined
      ? `HttpRequest.BodyPublishers.ofFile(Path.of(${str(request.body.file)}))`
      : request.body
        ? `HttpRequest.BodyPublishers.ofString(${str(request.body.text)})`
        : "HttpRequest.BodyPublishers.noBody()";
  return `import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
${request.body?.file !== undefined ? "import java.nio.file.Path;\n" : ""}
public class ${className} {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder()
            .uri(URI.create(${str(request.url)}))
${headers.join("\n")}
            .method(${str(request.method)}, ${body})
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode());
        System.out.println(response.body());
    }
}
`;
}

/** A Java (and C#) string literal: JSON's escapes are valid in both. */
export function str(value: string): string {
  return JSON.stringify(value);
}
