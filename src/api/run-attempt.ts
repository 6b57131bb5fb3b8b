// One HTTP attempt: a fresh correlation id, headers prepared before waiting for the limiter (preparing may
// fetch a token, which needs the limiter too), a timer that covers the request AND the body, and one debug
// log line (method, path, status, ms, correlation id, attempt number; never headers or bodies, CONTRACT.md §4).
import { randomUUID } from "node:crypto";
import type { KyInstance } from "ky";
import type { AttemptFailure } from "../runner/retry-policy.js";
import type { LoggerLike, RequestLimiter } from "./api-client-options.js";
import { translateFetchError } from "./translate-fetch-error.js";

export interface AttemptSpec {
  method: "GET" | "POST";
  url: string;
  /** What the logs show: the path and query below the base URL. */
  logPath: string;
  /** Builds this attempt's headers; `token` is the access token they carry, if any. */
  prepare: (correlationId: string) => Promise<{ headers: Record<string, string>; token?: string }>;
  body?: { json: unknown } | { form: URLSearchParams };
}

export type AttemptResult = { token?: string | undefined } & (
  | { kind: "response"; status: number; headers: Headers; raw: string }
  | { kind: "failed"; detail: string; failure: AttemptFailure }
);

export interface AttemptDeps {
  http: KyInstance;
  limiter: RequestLimiter;
  logger: LoggerLike;
  timeoutMs: number;
}

export async function runAttempt(
  deps: AttemptDeps,
  spec: AttemptSpec,
  attempt: number,
): Promise<AttemptResult> {
  const { http, limiter, logger, timeoutMs } = deps;
  const correlationId = randomUUID();
  const { headers, token } = await spec.prepare(correlationId);
  const body =
    spec.body === undefined ? {} : "json" in spec.body ? { json: spec.body.json } : { body: spec.body.form };
  return limiter.schedule(async (): Promise<AttemptResult> => {
    const started = performance.now();
    const log = (fields: { status: number } | { error: string }) => {
      const ms = Math.round(performance.now() - started);
      logger.debug(
        { method: spec.method, path: spec.logPath, ...fields, ms, correlationId, attempt },
        "mobproc call",
      );
    };
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await http(spec.url, {
        method: spec.method,
        headers,
        signal: controller.signal,
        ...body,
      });
      const raw = await response.text();
      log({ status: response.status });
      return { kind: "response", status: response.status, headers: response.headers, raw, token };
    } catch (error) {
      const translated = translateFetchError(error, timedOut, timeoutMs);
      if (translated === undefined) throw error;
      log({ error: translated.detail });
      return { kind: "failed", ...translated, token };
    } finally {
      clearTimeout(timer);
    }
  });
}
