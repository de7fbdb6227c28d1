/** Where a command-line entry prints: the console, or a test's own record of what a user sees. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

export const CONSOLE: CliOutput = { log: console.log, error: console.error };
