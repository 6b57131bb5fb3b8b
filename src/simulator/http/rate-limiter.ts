// A token bucket per client_id (CONTRACT.md §6, D4, F18, F19): while on, every API response carries
// X-Ratelimit-Limit, -Remaining and -Reset (milliseconds, MuleSoft's convention); a refusal adds Retry-After.
export interface RateLimitSettings {
  /** Bucket size: calls admitted in a burst. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSec: number;
  /** How a 429 states Retry-After: delta-seconds or an HTTP-date (D4). */
  retryAfterFormat: "seconds" | "http-date";
}

export interface RateDecision {
  admitted: boolean;
  headers: Record<string, string>;
}

export interface RateLimiter {
  take(clientId: string): RateDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(settings: RateLimitSettings, nowMs: () => number): RateLimiter {
  const buckets = new Map<string, Bucket>();
  return {
    take(clientId) {
      const now = nowMs();
      const bucket = buckets.get(clientId) ?? { tokens: settings.capacity, at: now };
      bucket.tokens = Math.min(
        settings.capacity,
        bucket.tokens + ((now - bucket.at) / 1000) * settings.refillPerSec,
      );
      bucket.at = now;
      buckets.set(clientId, bucket);
      const admitted = bucket.tokens >= 1;
      if (admitted) bucket.tokens -= 1;
      // Milliseconds until one whole token is back, i.e. until a request would be admitted.
      const resetMs =
        bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) / settings.refillPerSec) * 1000);
      const headers: Record<string, string> = {
        "X-Ratelimit-Limit": String(settings.capacity),
        "X-Ratelimit-Remaining": String(Math.floor(bucket.tokens)),
        "X-Ratelimit-Reset": String(resetMs),
      };
      if (!admitted) {
        const seconds = Math.max(1, Math.ceil(resetMs / 1000));
        headers["Retry-After"] =
          settings.retryAfterFormat === "seconds"
            ? String(seconds)
            : new Date(now + seconds * 1000).toUTCString();
      }
      return { admitted, headers };
    },
  };
}
