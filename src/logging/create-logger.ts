// The one pino root logger (STYLE.md rule 8): JSON lines on stderr, pretty on a terminal, with redaction of
// every secret bulkport handles. Child loggers carry {row, phase}.
import { pino, type Logger, type LevelWithSilent } from "pino";
import { PinoPretty } from "pino-pretty";
import { maskAccountNumber } from "./mask-account-number.js";

export type { Logger } from "pino";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export interface LoggerOptions {
  /** @default "info" */
  level?: LevelWithSilent;
  /** Where log lines go. @default process.stderr is chosen by the CLI, never here. */
  destination: NodeJS.WritableStream;
  /** Human-readable lines instead of JSON (the CLI sets it when stderr is a terminal). @default false */
  pretty?: boolean;
}

// Never shown, at any level: credentials, tokens and the transfer PIN.
const HIDDEN_KEYS = [
  "authorization",
  "Authorization",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "clientSecret",
  "client_secret",
  "password",
  "pin",
  "PIN_PASSWORD",
];
// Shown as their last 4 characters only.
const MASKED_KEYS = ["carrier_account_number", "carrierAccountNumber", "CARRIER_ACCT_NUMBER"];

const redactPaths = [...HIDDEN_KEYS, ...MASKED_KEYS].flatMap((key) => [
  key,
  `*.${key}`,
  `*.*.${key}`,
  `*.headers.${key}`,
]);

const censor = (value: unknown, path: string[]): unknown => {
  const key = path[path.length - 1] ?? "";
  if (MASKED_KEYS.includes(key) && typeof value === "string") return maskAccountNumber(value);
  return "[Redacted]";
};

export function createLogger(options: LoggerOptions): Logger {
  const level = options.level ?? "info";
  const stream = options.pretty
    ? PinoPretty({
        destination: options.destination,
        colorize: false,
        sync: true,
        translateTime: "SYS:HH:MM:ss",
      })
    : options.destination;
  return pino({ level, base: null, redact: { paths: redactPaths, censor } }, stream);
}
