import type { ApiModel, OperationModel } from "../../model/api-model.js";
import { pascalCase } from "../../model/naming.js";
import { csharpSnippet } from "./csharp.js";
import { httpsnippet } from "./httpsnippet-targets.js";
import { javaSnippet } from "./java.js";
import type { SnippetRequest } from "./snippet-request.js";
import { swiftSnippet } from "./swift.js";
import { typescriptSnippet } from "./typescript.js";

/**
 * What proves a language's snippets in the snippets package's tests: `run`, written to `file`
 * and run (compiled first where the language needs it) against the mock, one command per step
 * (`{file}` is the snippet's path, `{dir}` its folder, `{node}` the running Node); `typecheck`,
 * compiled against the client package; or `none`, with the reason.
 */
export type SnippetProof =
  | { kind: "run"; file: string; steps: ReadonlyArray<readonly [string, ...string[]]> }
  | { kind: "typecheck" }
  | { kind: "none"; why: string };

/** A toolchain `pnpm toolchains` installs from Debian when `present` (a shell test) fails. */
export interface Toolchain {
  debianPackage: string;
  present: string;
}

/**
 * One snippet language, whole: how docs sites name it, how its snippet is written, the
 * toolchain it needs and how its snippets are proved. The snippets tests and `pnpm toolchains`
 * derive from this list: a new language is one entry here (and its writer).
 */
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
  proof: SnippetProof;
  /** What the proof needs beyond Node and Java 17, which come with the machine. */
  toolchain?: Toolchain;
}

/** The languages of the docs page, in its order (plus Go), each verified by the snippets package's tests. */
export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = [
  {
    lang: "curl",
    label: "cURL",
    codeSampleLang: "Shell",
    fence: "sh",
    write: (r, operation) => httpsnippet(r, operation, "shell", "curl"),
    proof: { kind: "run", file: "snippet.sh", steps: [["bash", "-eu", "{file}"]] },
    toolchain: { debianPackage: "curl", present: "command -v curl" },
  },
  {
    lang: "typescript",
    label: "TypeScript (@chunked-uploads/client)",
    codeSampleLang: "TypeScript",
    fence: "ts",
    write: (r, operation, model) => typescriptSnippet(model, operation, r),
    proof: { kind: "typecheck" },
  },
  {
    lang: "javascript",
    label: "JavaScript (Node fetch)",
    codeSampleLang: "JavaScript",
    fence: "js",
    write: (r, operation) => httpsnippet(r, operation, "javascript", "fetch"),
    proof: { kind: "run", file: "snippet.mjs", steps: [["{node}", "{file}"]] },
  },
  {
    lang: "python",
    label: "Python (requests)",
    codeSampleLang: "Python",
    fence: "python",
    write: (r, operation) => httpsnippet(r, operation, "python", "requests"),
    // Debian's python3, where python3-requests is installed (not a pyenv one without it).
    proof: { kind: "run", file: "snippet.py", steps: [["/usr/bin/python3", "{file}"]] },
    toolchain: {
      debianPackage: "python3-requests",
      present: '/usr/bin/python3 -c "import requests"',
    },
  },
  {
    lang: "java",
    label: "Java (java.net.http)",
    codeSampleLang: "Java",
    fence: "java",
    write: (r, operation) => javaSnippet(r, pascalCase(operation.methodName)),
    // Java 11+ runs a single source file without a separate compile.
    proof: { kind: "run", file: "Snippet.java", steps: [["java", "{file}"]] },
  },
  {
    lang: "csharp",
    label: "C# (HttpClient)",
    codeSampleLang: "C#",
    fence: "csharp",
    write: (r) => csharpSnippet(r),
    // mono's mcs: C# 7.
    proof: {
      kind: "run",
      file: "Snippet.cs",
      steps: [
        ["mcs", "-r:System.Net.Http.dll", "-out:{dir}/snippet.exe", "{file}"],
        ["mono", "{dir}/snippet.exe"],
      ],
    },
    toolchain: { debianPackage: "mono-devel", present: "command -v mcs && command -v mono" },
  },
  {
    lang: "swift",
    label: "Swift (URLSession)",
    codeSampleLang: "Swift",
    fence: "swift",
    write: (r) => swiftSnippet(r),
    proof: { kind: "none", why: "no Swift toolchain exists on these machines" },
  },
  {
    lang: "go",
    label: "Go (net/http)",
    codeSampleLang: "Go",
    fence: "go",
    write: (r, operation) => httpsnippet(r, operation, "go", "native"),
    proof: { kind: "run", file: "main.go", steps: [["go", "run", "{file}"]] },
    toolchain: { debianPackage: "golang-go", present: "command -v go" },
  },
];
