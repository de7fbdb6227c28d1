/**
 * Environment variables set for a test and put back after it: vitest's `vi.stubEnv`, which
 * Bun's test runner (`pnpm test:runtimes`) does not have.
 */
const saved = new Map<string, string | undefined>();

/** Sets `name` to `value` until `restoreEnv()`. */
export function stubEnv(name: string, value: string): void {
  if (!saved.has(name)) saved.set(name, process.env[name]);
  process.env[name] = value;
}

/** Puts back every variable `stubEnv` set. */
export function restoreEnv(): void {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  saved.clear();
}
