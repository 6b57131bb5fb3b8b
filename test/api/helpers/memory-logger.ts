// A pino-compatible logger that keeps its lines in memory, so tests can read them as data.
import type { LoggerLike } from "../../../src/api/api-client-options.js";

export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  message: string | undefined;
  fields: Record<string, unknown>;
}

export interface MemoryLogger extends LoggerLike {
  lines: LogLine[];
}

export function createMemoryLogger(
  bindings: Record<string, unknown> = {},
  lines: LogLine[] = [],
): MemoryLogger {
  const at =
    (level: LogLine["level"]) =>
    (object: object, message?: string): void => {
      lines.push({ level, message, fields: { ...bindings, ...object } });
    };
  return {
    lines,
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (more) => createMemoryLogger({ ...bindings, ...more }, lines),
  };
}
