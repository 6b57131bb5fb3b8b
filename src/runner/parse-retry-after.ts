// How long a 429 (or a 503) asks us to wait (CONTRACT.md §6 "Client wait after a 429", F19). Pure: the caller
// passes the response headers and the current time, adds 0–250 ms of jitter and falls back to backoff when
// this returns undefined.

/** Never wait more than this at once, whatever the server says (F19). */
export const MAX_SERVER_WAIT_MS = 60_000;
/** `X-Ratelimit-Reset` above this is not a plausible window in milliseconds and is ignored (§6). */
export const MAX_RATELIMIT_RESET_MS = 3_600_000;

/** The subset of `Headers` this reads, so tests can pass a plain object adapter. */
export interface HeaderReader {
  get(name: string): string | null;
}

const DELTA_SECONDS = /^\s*(\d+(?:\.\d+)?)\s*$/;
const WHOLE_NUMBER = /^\s*(\d+)\s*$/;

/**
 * Reads `Retry-After` (delta-seconds, or an HTTP-date minus `nowMs`), else `X-Ratelimit-Reset` as milliseconds
 * (MuleSoft's convention, ignored above one hour), else returns undefined. A malformed `Retry-After` such as
 * `soon` falls through to the next source. The result is in milliseconds, never negative, capped at 60 s.
 */
export function parseRetryAfter(headers: HeaderReader, nowMs: number): number | undefined {
  const fromRetryAfter = readRetryAfter(headers.get("retry-after"), nowMs);
  if (fromRetryAfter !== undefined) return Math.min(fromRetryAfter, MAX_SERVER_WAIT_MS);
  const fromReset = readRateLimitReset(headers.get("x-ratelimit-reset"));
  if (fromReset !== undefined) return Math.min(fromReset, MAX_SERVER_WAIT_MS);
  return undefined;
}

/** `X-Ratelimit-Reset` in milliseconds, or undefined when absent, malformed or implausibly large (§6). */
export function readRateLimitReset(value: string | null): number | undefined {
  const match = value === null ? null : WHOLE_NUMBER.exec(value);
  if (!match?.[1]) return undefined;
  const ms = Number(match[1]);
  return ms > MAX_RATELIMIT_RESET_MS ? undefined : ms;
}

function readRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = DELTA_SECONDS.exec(value);
  if (seconds?.[1]) return Math.round(Number(seconds[1]) * 1000);
  // RFC 9110 §10.2.3: an HTTP-date. Date.parse also accepts other formats, so require a weekday-and-GMT shape
  // loosely (a comma or "GMT") to avoid reading words like "soon" or bare numbers as dates.
  if (!/GMT|,/.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
