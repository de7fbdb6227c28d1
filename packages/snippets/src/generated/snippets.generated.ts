// generated — do not edit: @chunked-uploads/codegen wrote this file from spec/openapi.yaml
// (Box Platform API — chunked uploads 2024.0). Change the spec and run `pnpm generate` instead.

/**
 * The operations, by operationId (or `METHOD /path` where the spec gives none).
 */

export const OPERATIONS = ["get_files_upload_sessions_id"] as const;

/**
 * The languages, in the order docs sites show them.
 */

export const LANGUAGES = [
  "curl",
  "typescript",
  "javascript",
  "python",
  "java",
  "csharp",
  "swift",
  "go",
] as const;

export type OperationId = (typeof OPERATIONS)[number];

export type SnippetLanguage = (typeof LANGUAGES)[number];

/**
 * One code sample: the keys of the `x-codeSamples` convention, plus the operation.
 */

export interface Snippet {
  operationId: OperationId;
  lang: SnippetLanguage;
  label: string;
  source: string;
}

const data: ReadonlyArray<Record<keyof Snippet, string>> = [
  {
    operationId: "get_files_upload_sessions_id",
    lang: "curl",
    label: "cURL",
    source:
      "curl --request GET \\\n  --url https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A \\\n  --header 'Authorization: Bearer <ACCESS_TOKEN>'\n",
  },
  {
    operationId: "get_files_upload_sessions_id",
    lang: "typescript",
    label: "TypeScript (@chunked-uploads/client)",
    source:
      'import { createClient } from "@chunked-uploads/client";\n\nconst client = createClient({ token: process.env.BOX_ACCESS_TOKEN });\n\nconst uploadSession = await client.chunkedUploads.getFileUploadSessionById("D5E3F7A");\nconsole.log(uploadSession);\n',
  },
  {
    operationId: "get_files_upload_sessions_id",
    lang: "javascript",
    label: "JavaScript (Node fetch)",
    source:
      "const url = 'https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A';\nconst options = {method: 'GET', headers: {Authorization: 'Bearer <ACCESS_TOKEN>'}};\n\ntry {\n  const response = await fetch(url, options);\n  const data = await response.json();\n  console.log(data);\n} catch (error) {\n  console.error(error);\n}\n",
  },
  {
    operationId: "get_files_upload_sessions_id",
    lang: "python",
    label: "Python (requests)",
    source:
      'import requests\n\nurl = "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"\n\nheaders = {"Authorization": "Bearer <ACCESS_TOKEN>"}\n\nresponse = requests.get(url, headers=headers)\n\nprint(response.json())\n',
  },
  {
    operationId: "get_files_upload_sessions_id",
    lang: "java",
    label: "Java (java.net.http)",
    source:
      'import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class GetFileUploadSessionById {\n    public static void main(String[] args) throws Exception {\n        HttpRequest request = HttpRequest.newBuilder()\n            .uri(URI.create("https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"))\n            .header("Authorization", "Bearer <ACCESS_TOKEN>")\n            .method("GET", HttpRequest.BodyPublishers.noBody())\n            .build();\n        HttpResponse<String> response = HttpClient.newHttpClient()\n            .send(request, HttpResponse.BodyHandlers.ofString());\n        System.out.println(response.statusCode());\n        System.out.println(response.body());\n    }\n}\n',
  },
  {
    operationId: "get_files_upload_sessions_id",
    lang: "csharp",
    label: "C# (HttpClient)",
    source:
      'using System;\nusing System.Net.Http;\nusing System.Text;\n\npublic static class Program\n{\n    public static void Main()\n    {\n        using (var client = new HttpClient())\n        using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"))\n        {\n            request.Headers.TryAddWithoutValidation("Authorization", "Bearer <ACCESS_TOKEN>");\n            using (var response = client.SendAsync(request).GetAwaiter().GetResult())\n            {\n                Console.WriteLine((int)response.StatusCode);\n                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());\n            }\n        }\n    }\n}\n',
  },
  {
    operationId: "get_files_upload_sessions_id",
    lang: "swift",
    label: "Swift (URLSession)",
    source:
      'import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n\nvar request = URLRequest(url: URL(string: "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A")!)\nrequest.httpMethod = "GET"\nrequest.setValue("Bearer <ACCESS_TOKEN>", forHTTPHeaderField: "Authorization")\n\nlet (data, response) = try await URLSession.shared.data(for: request)\nprint((response as! HTTPURLResponse).statusCode)\nprint(String(decoding: data, as: UTF8.self))\n',
  },
  {
    operationId: "get_files_upload_sessions_id",
    lang: "go",
    label: "Go (net/http)",
    source:
      'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"io"\n)\n\nfunc main() {\n\n\turl := "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"\n\n\treq, _ := http.NewRequest("GET", url, nil)\n\n\treq.Header.Add("Authorization", "Bearer <ACCESS_TOKEN>")\n\n\tres, _ := http.DefaultClient.Do(req)\n\n\tdefer res.Body.Close()\n\tbody, _ := io.ReadAll(res.Body)\n\n\tfmt.Println(res)\n\tfmt.Println(string(body))\n\n}\n',
  },
];

/**
 * Every snippet, by operation and language.
 */

export const SNIPPETS = data as readonly Snippet[];
