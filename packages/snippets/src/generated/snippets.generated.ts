// generated — do not edit: @chunked-uploads/codegen wrote this file from spec/openapi.yaml
// (Box Platform API — chunked uploads 2024.0). Change the spec and run `pnpm generate` instead.

/**
 * The operations, by operationId (or `METHOD /path` where the spec gives none).
 */

export const OPERATIONS = [
  "post_files_upload_sessions",
  "post_files_id_upload_sessions",
  "get_files_upload_sessions_id",
  "put_files_upload_sessions_id",
  "delete_files_upload_sessions_id",
  "get_files_upload_sessions_id_parts",
  "post_files_upload_sessions_id_commit",
] as const;

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
    operationId: "post_files_upload_sessions",
    lang: "curl",
    label: "cURL",
    source:
      'curl --request POST \\\n  --url https://upload.box.com/api/2.0/files/upload_sessions \\\n  --header \'Authorization: Bearer <ACCESS_TOKEN>\' \\\n  --header \'Content-Type: application/json\' \\\n  --data \'{"folder_id":"0","file_size":104857600,"file_name":"Project.mov"}\'\n',
  },
  {
    operationId: "post_files_upload_sessions",
    lang: "typescript",
    label: "TypeScript (@chunked-uploads/client)",
    source:
      'import { createClient } from "@chunked-uploads/client";\n\nconst client = createClient({ token: process.env.BOX_ACCESS_TOKEN });\n\nconst uploadSession = await client.chunkedUploads.createFileUploadSession({"folder_id":"0","file_size":104857600,"file_name":"Project.mov"});\nconsole.log(uploadSession);\n',
  },
  {
    operationId: "post_files_upload_sessions",
    lang: "javascript",
    label: "JavaScript (Node fetch)",
    source:
      "const url = 'https://upload.box.com/api/2.0/files/upload_sessions';\nconst options = {\n  method: 'POST',\n  headers: {Authorization: 'Bearer <ACCESS_TOKEN>', 'Content-Type': 'application/json'},\n  body: '{\"folder_id\":\"0\",\"file_size\":104857600,\"file_name\":\"Project.mov\"}'\n};\n\ntry {\n  const response = await fetch(url, options);\n  const data = await response.json();\n  console.log(data);\n} catch (error) {\n  console.error(error);\n}\n",
  },
  {
    operationId: "post_files_upload_sessions",
    lang: "python",
    label: "Python (requests)",
    source:
      'import requests\n\nurl = "https://upload.box.com/api/2.0/files/upload_sessions"\n\npayload = {\n    "folder_id": "0",\n    "file_size": 104857600,\n    "file_name": "Project.mov"\n}\nheaders = {\n    "Authorization": "Bearer <ACCESS_TOKEN>",\n    "Content-Type": "application/json"\n}\n\nresponse = requests.post(url, json=payload, headers=headers)\n\nprint(response.json())\n',
  },
  {
    operationId: "post_files_upload_sessions",
    lang: "java",
    label: "Java (java.net.http)",
    source:
      'import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class CreateFileUploadSession {\n    public static void main(String[] args) throws Exception {\n        HttpRequest request = HttpRequest.newBuilder()\n            .uri(URI.create("https://upload.box.com/api/2.0/files/upload_sessions"))\n            .header("Authorization", "Bearer <ACCESS_TOKEN>")\n            .header("Content-Type", "application/json")\n            .method("POST", HttpRequest.BodyPublishers.ofString("{\\"folder_id\\":\\"0\\",\\"file_size\\":104857600,\\"file_name\\":\\"Project.mov\\"}"))\n            .build();\n        HttpResponse<String> response = HttpClient.newHttpClient()\n            .send(request, HttpResponse.BodyHandlers.ofString());\n        System.out.println(response.statusCode());\n        System.out.println(response.body());\n    }\n}\n',
  },
  {
    operationId: "post_files_upload_sessions",
    lang: "csharp",
    label: "C# (HttpClient)",
    source:
      'using System;\nusing System.Net.Http;\nusing System.Text;\n\npublic static class Program\n{\n    public static void Main()\n    {\n        using (var client = new HttpClient())\n        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://upload.box.com/api/2.0/files/upload_sessions"))\n        {\n            request.Headers.TryAddWithoutValidation("Authorization", "Bearer <ACCESS_TOKEN>");\n            request.Content = new StringContent("{\\"folder_id\\":\\"0\\",\\"file_size\\":104857600,\\"file_name\\":\\"Project.mov\\"}", Encoding.UTF8, "application/json");\n            using (var response = client.SendAsync(request).GetAwaiter().GetResult())\n            {\n                Console.WriteLine((int)response.StatusCode);\n                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());\n            }\n        }\n    }\n}\n',
  },
  {
    operationId: "post_files_upload_sessions",
    lang: "swift",
    label: "Swift (URLSession)",
    source:
      'import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n\nvar request = URLRequest(url: URL(string: "https://upload.box.com/api/2.0/files/upload_sessions")!)\nrequest.httpMethod = "POST"\nrequest.setValue("Bearer <ACCESS_TOKEN>", forHTTPHeaderField: "Authorization")\nrequest.setValue("application/json", forHTTPHeaderField: "Content-Type")\nrequest.httpBody = Data("{\\"folder_id\\":\\"0\\",\\"file_size\\":104857600,\\"file_name\\":\\"Project.mov\\"}".utf8)\n\nlet (data, response) = try await URLSession.shared.data(for: request)\nprint((response as! HTTPURLResponse).statusCode)\nprint(String(decoding: data, as: UTF8.self))\n',
  },
  {
    operationId: "post_files_upload_sessions",
    lang: "go",
    label: "Go (net/http)",
    source:
      'package main\n\nimport (\n\t"fmt"\n\t"strings"\n\t"net/http"\n\t"io"\n)\n\nfunc main() {\n\n\turl := "https://upload.box.com/api/2.0/files/upload_sessions"\n\n\tpayload := strings.NewReader("{\\"folder_id\\":\\"0\\",\\"file_size\\":104857600,\\"file_name\\":\\"Project.mov\\"}")\n\n\treq, _ := http.NewRequest("POST", url, payload)\n\n\treq.Header.Add("Authorization", "Bearer <ACCESS_TOKEN>")\n\treq.Header.Add("Content-Type", "application/json")\n\n\tres, _ := http.DefaultClient.Do(req)\n\n\tdefer res.Body.Close()\n\tbody, _ := io.ReadAll(res.Body)\n\n\tfmt.Println(res)\n\tfmt.Println(string(body))\n\n}\n',
  },
  {
    operationId: "post_files_id_upload_sessions",
    lang: "curl",
    label: "cURL",
    source:
      "curl --request POST \\\n  --url https://upload.box.com/api/2.0/files/12345/upload_sessions \\\n  --header 'Authorization: Bearer <ACCESS_TOKEN>' \\\n  --header 'Content-Type: application/json' \\\n  --data '{\"file_size\":104857600,\"file_name\":\"Project.mov\"}'\n",
  },
  {
    operationId: "post_files_id_upload_sessions",
    lang: "typescript",
    label: "TypeScript (@chunked-uploads/client)",
    source:
      'import { createClient } from "@chunked-uploads/client";\n\nconst client = createClient({ token: process.env.BOX_ACCESS_TOKEN });\n\nconst uploadSession = await client.chunkedUploads.createFileUploadSessionForExistingFile("12345", {"file_size":104857600,"file_name":"Project.mov"});\nconsole.log(uploadSession);\n',
  },
  {
    operationId: "post_files_id_upload_sessions",
    lang: "javascript",
    label: "JavaScript (Node fetch)",
    source:
      "const url = 'https://upload.box.com/api/2.0/files/12345/upload_sessions';\nconst options = {\n  method: 'POST',\n  headers: {Authorization: 'Bearer <ACCESS_TOKEN>', 'Content-Type': 'application/json'},\n  body: '{\"file_size\":104857600,\"file_name\":\"Project.mov\"}'\n};\n\ntry {\n  const response = await fetch(url, options);\n  const data = await response.json();\n  console.log(data);\n} catch (error) {\n  console.error(error);\n}\n",
  },
  {
    operationId: "post_files_id_upload_sessions",
    lang: "python",
    label: "Python (requests)",
    source:
      'import requests\n\nurl = "https://upload.box.com/api/2.0/files/12345/upload_sessions"\n\npayload = {\n    "file_size": 104857600,\n    "file_name": "Project.mov"\n}\nheaders = {\n    "Authorization": "Bearer <ACCESS_TOKEN>",\n    "Content-Type": "application/json"\n}\n\nresponse = requests.post(url, json=payload, headers=headers)\n\nprint(response.json())\n',
  },
  {
    operationId: "post_files_id_upload_sessions",
    lang: "java",
    label: "Java (java.net.http)",
    source:
      'import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class CreateFileUploadSessionForExistingFile {\n    public static void main(String[] args) throws Exception {\n        HttpRequest request = HttpRequest.newBuilder()\n            .uri(URI.create("https://upload.box.com/api/2.0/files/12345/upload_sessions"))\n            .header("Authorization", "Bearer <ACCESS_TOKEN>")\n            .header("Content-Type", "application/json")\n            .method("POST", HttpRequest.BodyPublishers.ofString("{\\"file_size\\":104857600,\\"file_name\\":\\"Project.mov\\"}"))\n            .build();\n        HttpResponse<String> response = HttpClient.newHttpClient()\n            .send(request, HttpResponse.BodyHandlers.ofString());\n        System.out.println(response.statusCode());\n        System.out.println(response.body());\n    }\n}\n',
  },
  {
    operationId: "post_files_id_upload_sessions",
    lang: "csharp",
    label: "C# (HttpClient)",
    source:
      'using System;\nusing System.Net.Http;\nusing System.Text;\n\npublic static class Program\n{\n    public static void Main()\n    {\n        using (var client = new HttpClient())\n        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://upload.box.com/api/2.0/files/12345/upload_sessions"))\n        {\n            request.Headers.TryAddWithoutValidation("Authorization", "Bearer <ACCESS_TOKEN>");\n            request.Content = new StringContent("{\\"file_size\\":104857600,\\"file_name\\":\\"Project.mov\\"}", Encoding.UTF8, "application/json");\n            using (var response = client.SendAsync(request).GetAwaiter().GetResult())\n            {\n                Console.WriteLine((int)response.StatusCode);\n                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());\n            }\n        }\n    }\n}\n',
  },
  {
    operationId: "post_files_id_upload_sessions",
    lang: "swift",
    label: "Swift (URLSession)",
    source:
      'import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n\nvar request = URLRequest(url: URL(string: "https://upload.box.com/api/2.0/files/12345/upload_sessions")!)\nrequest.httpMethod = "POST"\nrequest.setValue("Bearer <ACCESS_TOKEN>", forHTTPHeaderField: "Authorization")\nrequest.setValue("application/json", forHTTPHeaderField: "Content-Type")\nrequest.httpBody = Data("{\\"file_size\\":104857600,\\"file_name\\":\\"Project.mov\\"}".utf8)\n\nlet (data, response) = try await URLSession.shared.data(for: request)\nprint((response as! HTTPURLResponse).statusCode)\nprint(String(decoding: data, as: UTF8.self))\n',
  },
  {
    operationId: "post_files_id_upload_sessions",
    lang: "go",
    label: "Go (net/http)",
    source:
      'package main\n\nimport (\n\t"fmt"\n\t"strings"\n\t"net/http"\n\t"io"\n)\n\nfunc main() {\n\n\turl := "https://upload.box.com/api/2.0/files/12345/upload_sessions"\n\n\tpayload := strings.NewReader("{\\"file_size\\":104857600,\\"file_name\\":\\"Project.mov\\"}")\n\n\treq, _ := http.NewRequest("POST", url, payload)\n\n\treq.Header.Add("Authorization", "Bearer <ACCESS_TOKEN>")\n\treq.Header.Add("Content-Type", "application/json")\n\n\tres, _ := http.DefaultClient.Do(req)\n\n\tdefer res.Body.Close()\n\tbody, _ := io.ReadAll(res.Body)\n\n\tfmt.Println(res)\n\tfmt.Println(string(body))\n\n}\n',
  },
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
  {
    operationId: "put_files_upload_sessions_id",
    lang: "curl",
    label: "cURL",
    source:
      "curl --request PUT \\\n  --url https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A \\\n  --header 'Authorization: Bearer <ACCESS_TOKEN>' \\\n  --header 'Content-Type: application/octet-stream' \\\n  --header 'content-range: bytes 8388608-16777215/445856194' \\\n  --header 'digest: sha=fpRyg5eVQletdZqEKaFlqwBXJzM=' \\\n  --data-binary @file.bin\n",
  },
  {
    operationId: "put_files_upload_sessions_id",
    lang: "typescript",
    label: "TypeScript (@chunked-uploads/client)",
    source:
      'import { readFile } from "node:fs/promises";\nimport { createClient } from "@chunked-uploads/client";\n\nconst client = createClient({ token: process.env.BOX_ACCESS_TOKEN });\n\nconst uploadedPart = await client.chunkedUploads.uploadFilePart("D5E3F7A", await readFile("file.bin"), { headers: { "digest": "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=", "content-range": "bytes 8388608-16777215/445856194" } });\nconsole.log(uploadedPart);\n',
  },
  {
    operationId: "put_files_upload_sessions_id",
    lang: "javascript",
    label: "JavaScript (Node fetch)",
    source:
      "import { readFile } from 'node:fs/promises';\n\nconst url = 'https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A';\nconst options = {\n  method: 'PUT',\n  headers: {\n    Authorization: 'Bearer <ACCESS_TOKEN>',\n    digest: 'sha=fpRyg5eVQletdZqEKaFlqwBXJzM=',\n    'content-range': 'bytes 8388608-16777215/445856194',\n    'Content-Type': 'application/octet-stream'\n  },\n  body: await readFile('file.bin')\n};\n\ntry {\n  const response = await fetch(url, options);\n  const data = await response.json();\n  console.log(data);\n} catch (error) {\n  console.error(error);\n}\n",
  },
  {
    operationId: "put_files_upload_sessions_id",
    lang: "python",
    label: "Python (requests)",
    source:
      'import requests\n\nurl = "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"\n\npayload = open("file.bin", "rb").read()\nheaders = {\n    "Authorization": "Bearer <ACCESS_TOKEN>",\n    "digest": "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=",\n    "content-range": "bytes 8388608-16777215/445856194",\n    "Content-Type": "application/octet-stream"\n}\n\nresponse = requests.put(url, data=payload, headers=headers)\n\nprint(response.json())\n',
  },
  {
    operationId: "put_files_upload_sessions_id",
    lang: "java",
    label: "Java (java.net.http)",
    source:
      'import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\nimport java.nio.file.Path;\n\npublic class UploadFilePart {\n    public static void main(String[] args) throws Exception {\n        HttpRequest request = HttpRequest.newBuilder()\n            .uri(URI.create("https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"))\n            .header("Authorization", "Bearer <ACCESS_TOKEN>")\n            .header("digest", "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=")\n            .header("content-range", "bytes 8388608-16777215/445856194")\n            .header("Content-Type", "application/octet-stream")\n            .method("PUT", HttpRequest.BodyPublishers.ofFile(Path.of("file.bin")))\n            .build();\n        HttpResponse<String> response = HttpClient.newHttpClient()\n            .send(request, HttpResponse.BodyHandlers.ofString());\n        System.out.println(response.statusCode());\n        System.out.println(response.body());\n    }\n}\n',
  },
  {
    operationId: "put_files_upload_sessions_id",
    lang: "csharp",
    label: "C# (HttpClient)",
    source:
      'using System;\nusing System.IO;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Text;\n\npublic static class Program\n{\n    public static void Main()\n    {\n        using (var client = new HttpClient())\n        using (var request = new HttpRequestMessage(new HttpMethod("PUT"), "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"))\n        {\n            request.Headers.TryAddWithoutValidation("Authorization", "Bearer <ACCESS_TOKEN>");\n            request.Headers.TryAddWithoutValidation("digest", "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=");\n            request.Content = new ByteArrayContent(File.ReadAllBytes("file.bin"));\n            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");\n            request.Content.Headers.TryAddWithoutValidation("content-range", "bytes 8388608-16777215/445856194");\n            using (var response = client.SendAsync(request).GetAwaiter().GetResult())\n            {\n                Console.WriteLine((int)response.StatusCode);\n                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());\n            }\n        }\n    }\n}\n',
  },
  {
    operationId: "put_files_upload_sessions_id",
    lang: "swift",
    label: "Swift (URLSession)",
    source:
      'import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n\nvar request = URLRequest(url: URL(string: "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A")!)\nrequest.httpMethod = "PUT"\nrequest.setValue("Bearer <ACCESS_TOKEN>", forHTTPHeaderField: "Authorization")\nrequest.setValue("sha=fpRyg5eVQletdZqEKaFlqwBXJzM=", forHTTPHeaderField: "digest")\nrequest.setValue("bytes 8388608-16777215/445856194", forHTTPHeaderField: "content-range")\nrequest.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")\nrequest.httpBody = try Data(contentsOf: URL(fileURLWithPath: "file.bin"))\n\nlet (data, response) = try await URLSession.shared.data(for: request)\nprint((response as! HTTPURLResponse).statusCode)\nprint(String(decoding: data, as: UTF8.self))\n',
  },
  {
    operationId: "put_files_upload_sessions_id",
    lang: "go",
    label: "Go (net/http)",
    source:
      'package main\n\nimport (\n\t"fmt"\n\t"bytes"\n\t"os"\n\t"net/http"\n\t"io"\n)\n\nfunc main() {\n\n\turl := "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"\n\n\tdata, err := os.ReadFile("file.bin")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tpayload := bytes.NewReader(data)\n\n\treq, _ := http.NewRequest("PUT", url, payload)\n\n\treq.Header.Add("Authorization", "Bearer <ACCESS_TOKEN>")\n\treq.Header.Add("digest", "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=")\n\treq.Header.Add("content-range", "bytes 8388608-16777215/445856194")\n\treq.Header.Add("Content-Type", "application/octet-stream")\n\n\tres, _ := http.DefaultClient.Do(req)\n\n\tdefer res.Body.Close()\n\tbody, _ := io.ReadAll(res.Body)\n\n\tfmt.Println(res)\n\tfmt.Println(string(body))\n\n}\n',
  },
  {
    operationId: "delete_files_upload_sessions_id",
    lang: "curl",
    label: "cURL",
    source:
      "curl --request DELETE \\\n  --url https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A \\\n  --header 'Authorization: Bearer <ACCESS_TOKEN>'\n",
  },
  {
    operationId: "delete_files_upload_sessions_id",
    lang: "typescript",
    label: "TypeScript (@chunked-uploads/client)",
    source:
      'import { createClient } from "@chunked-uploads/client";\n\nconst client = createClient({ token: process.env.BOX_ACCESS_TOKEN });\n\nawait client.chunkedUploads.deleteFileUploadSessionById("D5E3F7A");\nconsole.log("done");\n',
  },
  {
    operationId: "delete_files_upload_sessions_id",
    lang: "javascript",
    label: "JavaScript (Node fetch)",
    source:
      "const url = 'https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A';\nconst options = {method: 'DELETE', headers: {Authorization: 'Bearer <ACCESS_TOKEN>'}};\n\ntry {\n  const response = await fetch(url, options);\n  console.log(response.status);\n} catch (error) {\n  console.error(error);\n}\n",
  },
  {
    operationId: "delete_files_upload_sessions_id",
    lang: "python",
    label: "Python (requests)",
    source:
      'import requests\n\nurl = "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"\n\nheaders = {"Authorization": "Bearer <ACCESS_TOKEN>"}\n\nresponse = requests.delete(url, headers=headers)\n\nprint(response.status_code)\n',
  },
  {
    operationId: "delete_files_upload_sessions_id",
    lang: "java",
    label: "Java (java.net.http)",
    source:
      'import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class DeleteFileUploadSessionById {\n    public static void main(String[] args) throws Exception {\n        HttpRequest request = HttpRequest.newBuilder()\n            .uri(URI.create("https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"))\n            .header("Authorization", "Bearer <ACCESS_TOKEN>")\n            .method("DELETE", HttpRequest.BodyPublishers.noBody())\n            .build();\n        HttpResponse<String> response = HttpClient.newHttpClient()\n            .send(request, HttpResponse.BodyHandlers.ofString());\n        System.out.println(response.statusCode());\n        System.out.println(response.body());\n    }\n}\n',
  },
  {
    operationId: "delete_files_upload_sessions_id",
    lang: "csharp",
    label: "C# (HttpClient)",
    source:
      'using System;\nusing System.Net.Http;\nusing System.Text;\n\npublic static class Program\n{\n    public static void Main()\n    {\n        using (var client = new HttpClient())\n        using (var request = new HttpRequestMessage(new HttpMethod("DELETE"), "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"))\n        {\n            request.Headers.TryAddWithoutValidation("Authorization", "Bearer <ACCESS_TOKEN>");\n            using (var response = client.SendAsync(request).GetAwaiter().GetResult())\n            {\n                Console.WriteLine((int)response.StatusCode);\n                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());\n            }\n        }\n    }\n}\n',
  },
  {
    operationId: "delete_files_upload_sessions_id",
    lang: "swift",
    label: "Swift (URLSession)",
    source:
      'import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n\nvar request = URLRequest(url: URL(string: "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A")!)\nrequest.httpMethod = "DELETE"\nrequest.setValue("Bearer <ACCESS_TOKEN>", forHTTPHeaderField: "Authorization")\n\nlet (data, response) = try await URLSession.shared.data(for: request)\nprint((response as! HTTPURLResponse).statusCode)\nprint(String(decoding: data, as: UTF8.self))\n',
  },
  {
    operationId: "delete_files_upload_sessions_id",
    lang: "go",
    label: "Go (net/http)",
    source:
      'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"io"\n)\n\nfunc main() {\n\n\turl := "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A"\n\n\treq, _ := http.NewRequest("DELETE", url, nil)\n\n\treq.Header.Add("Authorization", "Bearer <ACCESS_TOKEN>")\n\n\tres, _ := http.DefaultClient.Do(req)\n\n\tdefer res.Body.Close()\n\tbody, _ := io.ReadAll(res.Body)\n\n\tfmt.Println(res)\n\tfmt.Println(string(body))\n\n}\n',
  },
  {
    operationId: "get_files_upload_sessions_id_parts",
    lang: "curl",
    label: "cURL",
    source:
      "curl --request GET \\\n  --url https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/parts \\\n  --header 'Authorization: Bearer <ACCESS_TOKEN>'\n",
  },
  {
    operationId: "get_files_upload_sessions_id_parts",
    lang: "typescript",
    label: "TypeScript (@chunked-uploads/client)",
    source:
      'import { createClient } from "@chunked-uploads/client";\n\nconst client = createClient({ token: process.env.BOX_ACCESS_TOKEN });\n\nconst uploadParts = await client.chunkedUploads.getFileUploadSessionParts("D5E3F7A");\nconsole.log(uploadParts);\n',
  },
  {
    operationId: "get_files_upload_sessions_id_parts",
    lang: "javascript",
    label: "JavaScript (Node fetch)",
    source:
      "const url = 'https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/parts';\nconst options = {method: 'GET', headers: {Authorization: 'Bearer <ACCESS_TOKEN>'}};\n\ntry {\n  const response = await fetch(url, options);\n  const data = await response.json();\n  console.log(data);\n} catch (error) {\n  console.error(error);\n}\n",
  },
  {
    operationId: "get_files_upload_sessions_id_parts",
    lang: "python",
    label: "Python (requests)",
    source:
      'import requests\n\nurl = "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/parts"\n\nheaders = {"Authorization": "Bearer <ACCESS_TOKEN>"}\n\nresponse = requests.get(url, headers=headers)\n\nprint(response.json())\n',
  },
  {
    operationId: "get_files_upload_sessions_id_parts",
    lang: "java",
    label: "Java (java.net.http)",
    source:
      'import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class GetFileUploadSessionParts {\n    public static void main(String[] args) throws Exception {\n        HttpRequest request = HttpRequest.newBuilder()\n            .uri(URI.create("https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/parts"))\n            .header("Authorization", "Bearer <ACCESS_TOKEN>")\n            .method("GET", HttpRequest.BodyPublishers.noBody())\n            .build();\n        HttpResponse<String> response = HttpClient.newHttpClient()\n            .send(request, HttpResponse.BodyHandlers.ofString());\n        System.out.println(response.statusCode());\n        System.out.println(response.body());\n    }\n}\n',
  },
  {
    operationId: "get_files_upload_sessions_id_parts",
    lang: "csharp",
    label: "C# (HttpClient)",
    source:
      'using System;\nusing System.Net.Http;\nusing System.Text;\n\npublic static class Program\n{\n    public static void Main()\n    {\n        using (var client = new HttpClient())\n        using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/parts"))\n        {\n            request.Headers.TryAddWithoutValidation("Authorization", "Bearer <ACCESS_TOKEN>");\n            using (var response = client.SendAsync(request).GetAwaiter().GetResult())\n            {\n                Console.WriteLine((int)response.StatusCode);\n                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());\n            }\n        }\n    }\n}\n',
  },
  {
    operationId: "get_files_upload_sessions_id_parts",
    lang: "swift",
    label: "Swift (URLSession)",
    source:
      'import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n\nvar request = URLRequest(url: URL(string: "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/parts")!)\nrequest.httpMethod = "GET"\nrequest.setValue("Bearer <ACCESS_TOKEN>", forHTTPHeaderField: "Authorization")\n\nlet (data, response) = try await URLSession.shared.data(for: request)\nprint((response as! HTTPURLResponse).statusCode)\nprint(String(decoding: data, as: UTF8.self))\n',
  },
  {
    operationId: "get_files_upload_sessions_id_parts",
    lang: "go",
    label: "Go (net/http)",
    source:
      'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"io"\n)\n\nfunc main() {\n\n\turl := "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/parts"\n\n\treq, _ := http.NewRequest("GET", url, nil)\n\n\treq.Header.Add("Authorization", "Bearer <ACCESS_TOKEN>")\n\n\tres, _ := http.DefaultClient.Do(req)\n\n\tdefer res.Body.Close()\n\tbody, _ := io.ReadAll(res.Body)\n\n\tfmt.Println(res)\n\tfmt.Println(string(body))\n\n}\n',
  },
  {
    operationId: "post_files_upload_sessions_id_commit",
    lang: "curl",
    label: "cURL",
    source:
      'curl --request POST \\\n  --url https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/commit \\\n  --header \'Authorization: Bearer <ACCESS_TOKEN>\' \\\n  --header \'Content-Type: application/json\' \\\n  --header \'digest: sha=fpRyg5eVQletdZqEKaFlqwBXJzM=\' \\\n  --data \'{"parts":[{"part_id":"6F2D3486","offset":16777216,"size":3222784,"sha1":"134b65991ed521fcfe4724b7d814ab8ded5185dc"}]}\'\n',
  },
  {
    operationId: "post_files_upload_sessions_id_commit",
    lang: "typescript",
    label: "TypeScript (@chunked-uploads/client)",
    source:
      'import { createClient } from "@chunked-uploads/client";\n\nconst client = createClient({ token: process.env.BOX_ACCESS_TOKEN });\n\nconst files = await client.chunkedUploads.createFileUploadSessionCommit("D5E3F7A", {"parts":[{"part_id":"6F2D3486","offset":16777216,"size":3222784,"sha1":"134b65991ed521fcfe4724b7d814ab8ded5185dc"}]}, { headers: { "digest": "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=" } });\nconsole.log(files);\n',
  },
  {
    operationId: "post_files_upload_sessions_id_commit",
    lang: "javascript",
    label: "JavaScript (Node fetch)",
    source:
      "const url = 'https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/commit';\nconst options = {\n  method: 'POST',\n  headers: {\n    Authorization: 'Bearer <ACCESS_TOKEN>',\n    digest: 'sha=fpRyg5eVQletdZqEKaFlqwBXJzM=',\n    'Content-Type': 'application/json'\n  },\n  body: '{\"parts\":[{\"part_id\":\"6F2D3486\",\"offset\":16777216,\"size\":3222784,\"sha1\":\"134b65991ed521fcfe4724b7d814ab8ded5185dc\"}]}'\n};\n\ntry {\n  const response = await fetch(url, options);\n  const data = await response.json();\n  console.log(data);\n} catch (error) {\n  console.error(error);\n}\n",
  },
  {
    operationId: "post_files_upload_sessions_id_commit",
    lang: "python",
    label: "Python (requests)",
    source:
      'import requests\n\nurl = "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/commit"\n\npayload = { "parts": [\n        {\n            "part_id": "6F2D3486",\n            "offset": 16777216,\n            "size": 3222784,\n            "sha1": "134b65991ed521fcfe4724b7d814ab8ded5185dc"\n        }\n    ] }\nheaders = {\n    "Authorization": "Bearer <ACCESS_TOKEN>",\n    "digest": "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=",\n    "Content-Type": "application/json"\n}\n\nresponse = requests.post(url, json=payload, headers=headers)\n\nprint(response.json())\n',
  },
  {
    operationId: "post_files_upload_sessions_id_commit",
    lang: "java",
    label: "Java (java.net.http)",
    source:
      'import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class CreateFileUploadSessionCommit {\n    public static void main(String[] args) throws Exception {\n        HttpRequest request = HttpRequest.newBuilder()\n            .uri(URI.create("https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/commit"))\n            .header("Authorization", "Bearer <ACCESS_TOKEN>")\n            .header("digest", "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=")\n            .header("Content-Type", "application/json")\n            .method("POST", HttpRequest.BodyPublishers.ofString("{\\"parts\\":[{\\"part_id\\":\\"6F2D3486\\",\\"offset\\":16777216,\\"size\\":3222784,\\"sha1\\":\\"134b65991ed521fcfe4724b7d814ab8ded5185dc\\"}]}"))\n            .build();\n        HttpResponse<String> response = HttpClient.newHttpClient()\n            .send(request, HttpResponse.BodyHandlers.ofString());\n        System.out.println(response.statusCode());\n        System.out.println(response.body());\n    }\n}\n',
  },
  {
    operationId: "post_files_upload_sessions_id_commit",
    lang: "csharp",
    label: "C# (HttpClient)",
    source:
      'using System;\nusing System.Net.Http;\nusing System.Text;\n\npublic static class Program\n{\n    public static void Main()\n    {\n        using (var client = new HttpClient())\n        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/commit"))\n        {\n            request.Headers.TryAddWithoutValidation("Authorization", "Bearer <ACCESS_TOKEN>");\n            request.Headers.TryAddWithoutValidation("digest", "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=");\n            request.Content = new StringContent("{\\"parts\\":[{\\"part_id\\":\\"6F2D3486\\",\\"offset\\":16777216,\\"size\\":3222784,\\"sha1\\":\\"134b65991ed521fcfe4724b7d814ab8ded5185dc\\"}]}", Encoding.UTF8, "application/json");\n            using (var response = client.SendAsync(request).GetAwaiter().GetResult())\n            {\n                Console.WriteLine((int)response.StatusCode);\n                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());\n            }\n        }\n    }\n}\n',
  },
  {
    operationId: "post_files_upload_sessions_id_commit",
    lang: "swift",
    label: "Swift (URLSession)",
    source:
      'import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n\nvar request = URLRequest(url: URL(string: "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/commit")!)\nrequest.httpMethod = "POST"\nrequest.setValue("Bearer <ACCESS_TOKEN>", forHTTPHeaderField: "Authorization")\nrequest.setValue("sha=fpRyg5eVQletdZqEKaFlqwBXJzM=", forHTTPHeaderField: "digest")\nrequest.setValue("application/json", forHTTPHeaderField: "Content-Type")\nrequest.httpBody = Data("{\\"parts\\":[{\\"part_id\\":\\"6F2D3486\\",\\"offset\\":16777216,\\"size\\":3222784,\\"sha1\\":\\"134b65991ed521fcfe4724b7d814ab8ded5185dc\\"}]}".utf8)\n\nlet (data, response) = try await URLSession.shared.data(for: request)\nprint((response as! HTTPURLResponse).statusCode)\nprint(String(decoding: data, as: UTF8.self))\n',
  },
  {
    operationId: "post_files_upload_sessions_id_commit",
    lang: "go",
    label: "Go (net/http)",
    source:
      'package main\n\nimport (\n\t"fmt"\n\t"strings"\n\t"net/http"\n\t"io"\n)\n\nfunc main() {\n\n\turl := "https://upload.box.com/api/2.0/files/upload_sessions/D5E3F7A/commit"\n\n\tpayload := strings.NewReader("{\\"parts\\":[{\\"part_id\\":\\"6F2D3486\\",\\"offset\\":16777216,\\"size\\":3222784,\\"sha1\\":\\"134b65991ed521fcfe4724b7d814ab8ded5185dc\\"}]}")\n\n\treq, _ := http.NewRequest("POST", url, payload)\n\n\treq.Header.Add("Authorization", "Bearer <ACCESS_TOKEN>")\n\treq.Header.Add("digest", "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=")\n\treq.Header.Add("Content-Type", "application/json")\n\n\tres, _ := http.DefaultClient.Do(req)\n\n\tdefer res.Body.Close()\n\tbody, _ := io.ReadAll(res.Body)\n\n\tfmt.Println(res)\n\tfmt.Println(string(body))\n\n}\n',
  },
];

/**
 * Every snippet, by operation and language.
 */

export const SNIPPETS = data as readonly Snippet[];
