/** Types of runtime-binaries.mjs (plain JavaScript: run-runtimes.mjs runs without a compiler). */
export declare const RUNTIMES_DIR: string;
export declare const RUNTIME_PATHS: { node22: string; node24: string; deno: string; bun: string };
export declare function ensureRuntimes(log?: (line: string) => void): void;
