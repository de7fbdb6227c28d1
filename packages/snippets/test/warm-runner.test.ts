import { afterAll, describe, expect, it } from "vitest";
import { runSnippet } from "./run-snippet.js";
import { type SnippetRunner, snippetRunner } from "./warm-runner.js";

/**
 * The warm runners (check:spec's fast path) must tell a snippet's outcome exactly as a cold
 * `python3 FILE` / `node FILE` does: exit code, output, a failure's trace, the folder it runs
 * in, and nothing carried from one snippet to the next.
 */
const PROGRAMS = {
  python: {
    exit: "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.exit(3)\n",
    raise: "raise ValueError('boom')\n",
    exitText: "import sys\nsys.exit('gave up')\n",
    readsFile: "print(len(open('file.bin', 'rb').read()))\n",
    readsStdin: "import sys\nprint(repr(sys.stdin.read()))\n",
    leaves: "import os, requests\nos.environ['LEFT'] = '1'\nrequests.left = 1\nprint('set')\n",
    finds:
      "import os, requests\nprint(os.environ.get('LEFT'), getattr(requests, 'left', None), __name__)\n",
  },
  javascript: {
    exit: "console.log('out');\nconsole.error('err');\nprocess.exit(3);\n",
    raise: "throw new Error('boom');\n",
    exitText: "await Promise.reject(new Error('rejected'));\n",
    readsFile:
      "import { readFile } from 'node:fs/promises';\nconsole.log((await readFile('file.bin')).length);\n",
    readsStdin: "process.exitCode = 4;\nconsole.log('exit code set');\n",
    leaves: "globalThis.left = 1;\nprocess.env.LEFT = '1';\nconsole.log('set');\n",
    finds: "console.log(String(globalThis.left), String(process.env.LEFT));\n",
  },
} as const;

const runners: SnippetRunner[] = [];
afterAll(() => Promise.all(runners.map((r) => r.close())));

describe.each(Object.keys(PROGRAMS) as (keyof typeof PROGRAMS)[])("warm %s runner", (lang) => {
  const runner = snippetRunner(lang);
  runners.push(runner);
  const programs = PROGRAMS[lang];

  it.each(Object.keys(programs) as (keyof typeof programs)[])(
    "runs %s as the cold interpreter does",
    async (name) => {
      const cold = await runSnippet(lang, programs[name]);
      const hot = await runner.run(programs[name]);
      expect(hot.code).toBe(cold.code);
      expect(hot.stdout).toBe(cold.stdout);
      // A failure's message line (the frames around it differ: runpy, the worker).
      const message = (text: string) => {
        const lines = text.trim().split("\n");
        return lines.find((line) => /^[A-Za-z]*Error\b/.test(line)) ?? lines.at(-1) ?? "";
      };
      expect(message(hot.stderr)).toBe(message(cold.stderr));
    },
  );

  it("carries nothing from one snippet to the next", async () => {
    expect((await runner.run(programs.leaves)).stdout.trim()).toBe("set");
    const found = (await runner.run(programs.finds)).stdout.trim();
    expect(found).toBe(lang === "python" ? "None None __main__" : "undefined undefined");
  });
});
