// One small error tree for whole-run failures (STYLE.md rule 3). Per-row outcomes are data, never thrown.
// The CLI maps `code` to an exit code in one place (src/cli/exit-codes.ts).

export type BulkportErrorCode =
  | "USAGE" // bad flags or arguments
  | "CONFIG" // bad or missing connection settings, bad mapping file
  | "INPUT" // the input file cannot be read or parsed
  | "AUTH" // the API refused the credentials
  | "UNREACHABLE" // the API could not be reached, or answered in a way that stops the run
  | "LOCKED" // another run holds the state lock
  | "INTERRUPTED"; // SIGINT/SIGTERM

export class BulkportError extends Error {
  readonly code: BulkportErrorCode;

  constructor(code: BulkportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BulkportError";
    this.code = code;
  }
}

export class UsageError extends BulkportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("USAGE", message, options);
    this.name = "UsageError";
  }
}

export class ConfigError extends BulkportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("CONFIG", message, options);
    this.name = "ConfigError";
  }
}

/** The input file cannot be used. `line` and `column` are 1-based; the message names the file. */
export class InputError extends BulkportError {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(
    file: string,
    message: string,
    position?: { line?: number; column?: number },
    options?: { cause?: unknown },
  ) {
    const where = [position?.line && `line ${position.line}`, position?.column && `column ${position.column}`]
      .filter(Boolean)
      .join(", ");
    super("INPUT", `${file}${where ? ` (${where})` : ""}: ${message}`, options);
    this.name = "InputError";
    this.file = file;
    this.line = position?.line;
    this.column = position?.column;
  }
}

/** An API answer that ends the run: credentials refused, API unreachable, or a fatal status (CONTRACT.md §5). */
export class ApiError extends BulkportError {
  readonly status: number | undefined;
  readonly errorCode: string | undefined;
  readonly retryable: boolean;

  constructor(
    code: "AUTH" | "UNREACHABLE",
    message: string,
    details: { status?: number; errorCode?: string; retryable?: boolean },
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = "ApiError";
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.retryable = details.retryable ?? false;
  }
}

export class LockedError extends BulkportError {
  constructor(message: string) {
    super("LOCKED", message);
    this.name = "LockedError";
  }
}

export const isBulkportError = (error: unknown): error is BulkportError => error instanceof BulkportError;
