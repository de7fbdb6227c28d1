import type { ApiModel, OperationModel } from "../../model/api-model.js";
import { pascalCase } from "../../model/naming.js";
import { csharpSnippet } from "./csharp.js";
import { httpsnippet } from "./httpsnippet-targets.js";
import { javaSnippet } from "./java.js";
import type { SnippetRequest } from "./snippet-request.js";
import { swiftSnippet } from "./swift.js";
import { typescriptSnippet } from "./typescript.js";

/** One snippet language: how docs sites name it, and how its snippet is written. */
export interface SnippetLanguage {
  /** Our id, the `lang` of snippets.json and `getSnippet`: `curl`. */
  lang: string;
  /** What a docs site shows on the tab: `cURL`. */
  label: string;
  /** The `lang` of `x-codeSamples` (Redoc and Scalar highlight by it): `Shell`. */
  codeSampleLang: string;
  /** The Markdown fence: `sh`. */
  fence: string;
  write(request: SnippetRequest, operation: OperationModel, model: ApiModel): string;
}

/** The languages of the docs page, in its order (plus Go), each verified by the snippets package's tests. */
export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = [
  {
    lang: "curl",
    label: "cURL",
    codeSampleLang: "Shell",
    fence: "sh",
    write: (r, operation) => httpsnippet(r, operation, "shell", "curl"),
  },
  {
    lang: "typescript",
    label: "TypeScript (@chunked-uploads/client)",
    codeSampleLang: "TypeScript",
    fence: "ts",
    write: (r, operation, model) => typescriptSnippet(model, operation, r),
  },
  {
    lang: "javascript",
    label: "JavaScript (Node fetch)",
    codeSampleLang: "JavaScript",
    fence: "js",
    write: (r, operation) => httpsnippet(r, operation, "javascript", "fetch"),
  },
  {
    lang: "python",
    label: "Python (requests)",
    codeSampleLang: "Python",
    fence: "python",
    write: (r, operation) => httpsnippet(r, operation, "python", "requests"),
  },
  {
    lang: "java",
    label: "Java (java.net.http)",
    codeSampleLang: "Java",
    fence: "java",
    write: (r, operation) => javaSnippet(r, pascalCase(operation.methodName)),
  },
  {
    lang: "csharp",
    label: "C# (HttpClient)",
    codeSampleLang: "C#",
    fence: "csharp",
    write: (r) => csharpSnippet(r),
  },
  {
    lang: "swift",
    label: "Swift (URLSession)",
    codeSampleLang: "Swift",
    fence: "swift",
    write: (r) => swiftSnippet(r),
  },
  {
    lang: "go",
    label: "Go (net/http)",
    codeSampleLang: "Go",
    fence: "go",
    write: (r, operation) => httpsnippet(r, operation, "go", "native"),
  },
];
