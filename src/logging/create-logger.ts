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

// Values, not keys: an error page may echo the request back (a proxy's debug page, a firewall's block page), and
// send-request.ts logs the first 2 KB of a body that is not JSON (CONTRACT.md §5 rule 5). A bearer token and the
// password grant's form fields are scrubbed from every string field, however deep.
const ECHOED_SECRETS: readonly [RegExp, string][] = [
  [/\bBearer\s+[\w\-.~+/]+=*/gi, "Bearer [Redacted]"],
  [/\b(password|client_secret|access_token|refresh_token)=[^&\s"'<]*/gi, "$1=[Redacted]"],
];

const scrubText = (text: string): string =>
  ECHOED_SECRETS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);

/** A copy of `value` with every string scrubbed; class instances (errors, dates) are left to pino. */
const scrub = (value: unknown, depth = 0): unknown => {
  if (typeof value === "string") return scrubText(value);
  if (depth > 8 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, depth + 1)]));
};

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
  return pino(
    {
      level,
      base: null,
      redact: { paths: redactPaths, censor },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
    },
    stream,
  );
}
