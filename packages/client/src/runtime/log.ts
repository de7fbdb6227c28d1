import { environmentVariable } from "./credentials.js";

/** How much the client logs: nothing, errors, warnings, each retry (`info`), each attempt (`debug`). */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where the client's log lines go: `console` by default, or pino, winston, a test's array… */
export interface Logger {
  /** A line per attempt: method, URL, status, time. */
  debug(message: string): void;
  /** A retry and its reason, a fresh token asked for. */
  info(message: string): void;
  /** Trouble the call survived. */
  warn(message: string): void;
  /** Trouble the call did not survive. */
  error(message: string): void;
}

/** The environment variable that sets the log level when the `logLevel` option does not. */
export const LOG_LEVEL_ENV = "CHUNKED_UPLOADS_LOG";

const LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/**
 * Writes a line at a level, when the level is on. The line is made only then (`line()`), so
 * that a call pays nothing for a log that is off; it must already be free of secrets.
 */
export type Log = (level: Exclude<LogLevel, "off">, line: () => string) => void;

/**
 * The client's log: `logLevel`, else the `CHUNKED_UPLOADS_LOG` variable, else `warn`; lines go
 * to `logger` (default `console`) prefixed with the package's name. A level that is none of
 * the five is a TypeError naming where it came from.
 */
export function createLog(options: {
  logger?: Logger | undefined;
  logLevel?: LogLevel | undefined;
}): Log {
  const fromEnv = options.logLevel === undefined && environmentVariable(LOG_LEVEL_ENV);
  const level = options.logLevel ?? (fromEnv || "warn");
  const at = LEVELS.indexOf(level as LogLevel);
  if (at < 0)
    throw new TypeError(
      `${fromEnv ? LOG_LEVEL_ENV : "logLevel"} must be one of ${LEVELS.join(", ")}, got ${JSON.stringify(level)}`,
    );
  const logger = options.logger ?? console;
  return (level, line) => {
    if (LEVELS.indexOf(level) <= at) logger[level](`[chunked-uploads] ${line()}`);
  };
}
