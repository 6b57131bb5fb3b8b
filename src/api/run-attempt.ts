// One HTTP attempt: a fresh correlation id, headers prepared before waiting for the limiter (preparing may
// fetch a token, which needs the limiter too), a timer that covers the request AND the body (so a body that
// drips in a byte at a time still ends at the timeout), a cap on the body's size (read incrementally, the
// transfer cancelled beyond it), and one debug log line (method, path, status, ms, correlation id, attempt
// number; never headers or bodies, CONTRACT.md §4).
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
  /** Called once the response headers arrived, before the body is read. */
  afterHeaders?: () => void;
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
  /** A body larger than this many bytes is abandoned as unreadable. @default MAX_BODY_BYTES */
  maxBodyBytes?: number;
}

/**
 * 10 MB. The largest answer the contract describes is a page of 100 items (§7), far below this: a bigger body
 * is broken or hostile, and buffering it whole would let a server exhaust the job's memory.
 */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The body as text (UTF-8, like `response.text()`), or undefined once it passes `limit` bytes. */
export async function readBodyCapped(response: Response, limit: number): Promise<string | undefined> {
  if (response.body === null) return "";
  // undici-types declares the body as ReadableStream<any>; fetch bodies are byte streams.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  // Cancelling closes the connection, so the rest of an oversized body is never transferred.
  const refuse = () =>
    reader.cancel().then(
      () => undefined,
      () => undefined,
    );
  // A declared length over the cap is refused before a byte is read.
  if (Number(response.headers.get("content-length")) > limit) return refuse();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) return refuse();
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

const describeLimit = (bytes: number): string =>
  bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes.toLocaleString("en-US")} bytes`;

export async function runAttempt(
  deps: AttemptDeps,
  spec: AttemptSpec,
  attempt: number,
): Promise<AttemptResult> {
  const { http, limiter, logger, timeoutMs, maxBodyBytes = MAX_BODY_BYTES } = deps;
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
      spec.afterHeaders?.();
      const { status } = response;
      const raw = await readBodyCapped(response, maxBodyBytes);
      if (raw === undefined) {
        const detail = `HTTP ${status} with a body over the ${describeLimit(maxBodyBytes)} limit`;
        log({ error: detail });
        return { kind: "failed", detail, failure: { kind: "unreadable", status }, token };
      }
      log({ status });
      return { kind: "response", status, headers: response.headers, raw, token };
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
