// Options in, normalized options out (STYLE.md rule 4): checked once, every problem reported at once, each
// message naming the option, the value and what was expected.
import { ConfigError } from "../errors.js";
import { DEFAULT_RETRY_POLICY } from "../runner/retry-policy.js";

/** What the client needs from the run's limiter (src/runner/create-limiter.ts provides it). */
export interface RequestLimiter {
  schedule<T>(fn: () => Promise<T>): Promise<T>;
  pauseFor(ms: number): void;
  onRateLimited(retryAfterMs?: number): void;
  onSuccess(): void;
}

/** The pino methods the client uses; a pino `Logger` fits. */
export interface LoggerLike {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
  child(bindings: Record<string, unknown>): LoggerLike;
}

export interface ApiClientOptions {
  /** The API base, e.g. `https://tngo-mobproc.cloudhub.io/mobproc/v1` (CONTRACT.md §2, D1). */
  baseUrl: string;
  /** The OAuth token endpoint (§3). Required unless `accessToken` is given. */
  tokenUrl?: string;
  /** Sent as `X-TNGO-TENANT` (§4). */
  tenant: string;
  /** Sent as the `client_id` header and in token requests. */
  clientId: string;
  clientSecret?: string;
  username?: string;
  password?: string;
  /** Bare-token mode (MOBPROC_ACCESS_TOKEN): takes precedence over the password grant; nothing to refresh. */
  accessToken?: string;
  /** Sent as `X-TNGO-CONTEXT-ACTIVITYID` on every call (D2). */
  runId: string;
  limiter: RequestLimiter;
  logger: LoggerLike;
  /** Per attempt, from sending the request to the last byte of the body. @default 30000 */
  timeoutMs?: number;
  /** Attempts per call for transient failures (429s are bounded separately). @default 5 (F24) */
  maxAttempts?: number;
  /** @default a real timer */
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1), for backoff jitter. @default Math.random */
  random?: () => number;
  /** Milliseconds since the epoch, for token expiry and HTTP-date Retry-After. @default Date.now */
  now?: () => number;
  /**
   * Called when a submit's response headers have arrived, before its body is read: the order may exist while the
   * client has not recorded it (the crash tests' `after-submit-sent` failpoint hooks in here).
   */
  onSubmitResponse?: () => void;
}

export type Credentials =
  | { kind: "bare"; accessToken: string }
  | { kind: "password"; tokenUrl: string; clientSecret: string; username: string; password: string };

export interface NormalizedApiClientOptions {
  baseUrl: string;
  tenant: string;
  clientId: string;
  credentials: Credentials;
  runId: string;
  limiter: RequestLimiter;
  logger: LoggerLike;
  timeoutMs: number;
  maxAttempts: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  onSubmitResponse?: () => void;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const describe = (value: unknown): string =>
  typeof value === "string" ? JSON.stringify(value) : String(value);

const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== "string") return false;
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
};

const nonBlank = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

export function normalizeApiClientOptions(options: ApiClientOptions): NormalizedApiClientOptions {
  const problems: string[] = [];
  const expect = (ok: boolean, name: string, what: string, value: unknown) => {
    if (!ok) problems.push(`Expected \`${name}\` to be ${what}, got ${describe(value)}`);
  };
  const { baseUrl, tenant, clientId, runId, accessToken } = options;
  expect(isHttpUrl(baseUrl), "baseUrl", "an http(s) URL", baseUrl);
  expect(nonBlank(tenant), "tenant", "a non-blank string", tenant);
  expect(nonBlank(clientId), "clientId", "a non-blank string", clientId);
  expect(nonBlank(runId), "runId", "a non-blank string", runId);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  expect(Number.isFinite(timeoutMs) && timeoutMs > 0, "timeoutMs", "a number > 0", timeoutMs);
  const maxAttempts = options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts;
  expect(Number.isInteger(maxAttempts) && maxAttempts >= 1, "maxAttempts", "an integer >= 1", maxAttempts);

  let credentials: Credentials | undefined;
  if (nonBlank(accessToken)) {
    credentials = { kind: "bare", accessToken: accessToken.trim() };
  } else {
    const { tokenUrl, clientSecret, username, password } = options;
    const alternative = "a non-blank string (or `accessToken` to be set)";
    expect(isHttpUrl(tokenUrl), "tokenUrl", "an http(s) URL (or `accessToken` to be set)", tokenUrl);
    expect(
      nonBlank(clientSecret),
      "clientSecret",
      alternative,
      clientSecret === undefined ? undefined : "***",
    );
    expect(nonBlank(username), "username", alternative, username);
    expect(nonBlank(password), "password", alternative, password === undefined ? undefined : "***");
    if (isHttpUrl(tokenUrl) && nonBlank(clientSecret) && nonBlank(username) && nonBlank(password)) {
      credentials = { kind: "password", tokenUrl, clientSecret, username, password };
    }
  }
  if (problems.length > 0 || credentials === undefined) throw new ConfigError(problems.join("\n"));
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    tenant: tenant.trim(),
    clientId: clientId.trim(),
    credentials,
    runId: runId.trim(),
    limiter: options.limiter,
    logger: options.logger,
    timeoutMs,
    maxAttempts,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    ...(options.onSubmitResponse ? { onSubmitResponse: options.onSubmitResponse } : {}),
  };
}
