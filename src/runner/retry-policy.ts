// When to repeat an HTTP attempt, and how long to wait first (CONTRACT.md §5 status table, §6, F17, F19, F24).
// Pure: the sender describes what went wrong; this decides. Lookups and confirms ("safe") are repeated on
// 429, 5xx, timeouts, dropped connections and unreadable 2xx; a submit is repeated only when the API cannot
// have acted on it (429, or a connection that was never made), because POST /orders is not idempotent (§12).
import { MAX_SERVER_WAIT_MS } from "./parse-retry-after.js";

/** "safe": a GET or a confirm, free of side effects. "submit": `POST /orders`, which creates an order. */
export type RequestMode = "safe" | "submit";

/** What went wrong with one attempt. `retryAfterMs` is what the server asked for (already capped). */
export type AttemptFailure =
  | { kind: "status"; status: number; retryAfterMs?: number }
  | { kind: "timeout" }
  | { kind: "network"; sent: boolean }
  | { kind: "unreadable"; status: number };

export interface RetryPolicy {
  /** Attempts that count: the first one plus retries after 5xx, timeouts and network errors. @default 5 (F24) */
  maxAttempts: number;
  /** 429s do not count against `maxAttempts` (§5) but are bounded by this many per call. @default 50 */
  maxRateLimited: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, maxRateLimited: 50 };

/** How many attempts of each kind this call has made so far. */
export interface RetryState {
  counted: number;
  rateLimited: number;
}

export type RetryDecision =
  | { action: "retry"; delayMs: number; rateLimited: boolean }
  /** Transient failures went on too long: a row error, or fatal for a run-wide call. */
  | { action: "give-up"; reason: "attempts" | "rate-limit" }
  /** A submit may have been acted on: never repeat it blindly (§11.3). */
  | { action: "in-doubt" }
  /** Not a transient failure: the caller classifies the response. */
  | { action: "final" };

const BASE_DELAY_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
const SERVER_WAIT_JITTER_MS = 250;
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);

/** Statuses worth repeating for some request: 429 always, 5xx for safe requests (§5). */
export const isRepeatableStatus = (status: number): boolean =>
  status === 429 || TRANSIENT_STATUSES.has(status);

/** Full-jitter exponential backoff: a random wait in [0, min(30 s, 1 s × 2ⁿ)) before retry number n (0-based). */
export function backoffDelay(retryIndex: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

/** The wait the server asked for plus 0–250 ms jitter, never more than 60 s (F19). */
export function serverWait(retryAfterMs: number, random: () => number): number {
  return Math.min(MAX_SERVER_WAIT_MS, retryAfterMs + Math.floor(random() * SERVER_WAIT_JITTER_MS));
}

export function decideRetry(
  failure: AttemptFailure,
  mode: RequestMode,
  state: RetryState,
  policy: RetryPolicy,
  random: () => number,
): RetryDecision {
  if (failure.kind === "status" && failure.status === 429) {
    // F17: a 429 comes from the gateway before the application runs, so even a submit may be repeated.
    if (state.rateLimited >= policy.maxRateLimited) return { action: "give-up", reason: "rate-limit" };
    const delayMs =
      failure.retryAfterMs === undefined
        ? backoffDelay(Math.max(0, state.rateLimited - 1), random)
        : serverWait(failure.retryAfterMs, random);
    return { action: "retry", delayMs, rateLimited: true };
  }
  if (failure.kind === "status" && !isRepeatableStatus(failure.status)) return { action: "final" };
  const neverSent = failure.kind === "network" && !failure.sent;
  if (mode === "submit" && !neverSent) return { action: "in-doubt" };
  if (state.counted >= policy.maxAttempts) return { action: "give-up", reason: "attempts" };
  const asked = failure.kind === "status" ? failure.retryAfterMs : undefined;
  const delayMs = asked === undefined ? backoffDelay(state.counted - 1, random) : serverWait(asked, random);
  return { action: "retry", delayMs, rateLimited: false };
}
