// One limiter per run for every HTTP attempt, token calls included (STYLE.md rule 6): p-limit caps the calls in
// flight, and a start scheduler caps the calls started per second. Two rules make the rate a hard limit:
// consecutive starts are at least 1000/rate ms apart (no bursts), and no 1-second window (half-open) holds
// more than max(1, floor(rate)) starts. With `adaptive`, a 429 halves the rate; successes win it back slowly.
import pLimit from "p-limit";
import { setTimeout as delay } from "node:timers/promises";
import { UsageError } from "../errors.js";

export interface LimiterOptions {
  /** Calls in flight at once (CONTRACT.md F24 suggests 4). Shown to users as `--concurrency`. */
  concurrency: number;
  /** Calls started per second, at most. Shown to users as `--rate`. */
  ratePerSec: number;
  /** Halve the rate on a 429 and climb back on successes. @default false */
  adaptive?: boolean;
  /** Milliseconds on a monotonic-enough clock. @default Date.now */
  now?: () => number;
  /** @default a real timer */
  sleep?: (ms: number) => Promise<void>;
}

export interface LimiterStats {
  /** Calls started and not yet finished. */
  inFlight: number;
  /** Calls waiting for a slot or for their start time. */
  pending: number;
  currentRate: number;
  rateLimited: number;
  /** Calls started so far. */
  calls: number;
}

export interface Limiter {
  schedule<T>(fn: () => Promise<T>): Promise<T>;
  /** Start nothing for `ms` (e.g. after a success with `X-Ratelimit-Remaining: 0`, CONTRACT.md §6). */
  pauseFor(ms: number): void;
  /** A 429 arrived: pause for the server's wait, and with `adaptive` halve the rate. */
  onRateLimited(retryAfterMs?: number): void;
  onSuccess(): void;
  stats(): LimiterStats;
}

/** The adaptive rate never drops below this many starts per second. */
export const MIN_ADAPTIVE_RATE = 0.5;
/** After this many successes the adaptive rate climbs by 5 % of the configured rate. */
export const SUCCESSES_PER_STEP = 10;
const STEP_FRACTION = 0.05;
/** 429s that arrive within this many ms of a halving come from the same overload and do not halve again. */
const HALVING_QUIET_MS = 1000;
const WINDOW_MS = 1000;
/** How far behind its schedule the limiter may catch up after a late timer or a stall. */
const CATCH_UP_MS = 250;

const describe = (value: unknown): string =>
  typeof value === "string" ? JSON.stringify(value) : String(value);

function normalizeLimiterOptions(options: LimiterOptions): Required<LimiterOptions> {
  const { concurrency, ratePerSec } = options;
  if (typeof ratePerSec !== "number" || !Number.isFinite(ratePerSec) || ratePerSec <= 0) {
    throw new UsageError(`Expected \`--rate\` to be a number > 0, got ${describe(ratePerSec)}`);
  }
  if (typeof concurrency !== "number" || !Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(`Expected \`--concurrency\` to be an integer >= 1, got ${describe(concurrency)}`);
  }
  return {
    concurrency,
    ratePerSec,
    adaptive: options.adaptive ?? false,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? ((ms) => delay(ms)),
  };
}

export function createLimiter(options: LimiterOptions): Limiter {
  const { concurrency, ratePerSec, adaptive, now, sleep } = normalizeLimiterOptions(options);
  const limit = pLimit(concurrency);
  let currentRate = ratePerSec;
  let pausedUntil = -Infinity;
  let lastHalvingAt = -Infinity;
  let successes = 0;
  let rateLimited = 0;
  let calls = 0;
  let inFlight = 0;
  const recentStarts: number[] = [];
  // Spacing runs on the planned schedule, not on actual start times: a timer that fires late, or a busy event
  // loop, would otherwise add its lateness to every gap and the run would fall short of its rate. The window
  // check below, on actual start times, still never lets more than the rate start in any second.
  let lastPlanned: number | undefined;
  // Starts are granted one at a time, in arrival order.
  let gate: Promise<void> = Promise.resolve();

  const waitBeforeStart = (t: number): number => {
    while (recentStarts.length > 0 && (recentStarts[0] ?? 0) <= t - WINDOW_MS) recentStarts.shift();
    const spacing = lastPlanned === undefined ? 0 : lastPlanned + WINDOW_MS / currentRate - t;
    const cap = Math.max(1, Math.floor(currentRate));
    const blocker = recentStarts.length >= cap ? recentStarts[recentStarts.length - cap] : undefined;
    const window = blocker === undefined ? 0 : blocker + WINDOW_MS - t;
    return Math.max(0, pausedUntil - t, spacing, window);
  };

  const acquireStart = async (): Promise<void> => {
    // Re-check after every sleep: a pause or a halving may have arrived meanwhile.
    for (let wait = waitBeforeStart(now()); wait > 0; wait = waitBeforeStart(now())) {
      await sleep(Math.ceil(wait));
    }
    const t = now();
    recentStarts.push(t);
    // At most CATCH_UP_MS of lateness is made up (the window check bounds the burst); idle time earns nothing more.
    lastPlanned =
      lastPlanned === undefined ? t : Math.max(lastPlanned + WINDOW_MS / currentRate, t - CATCH_UP_MS);
    calls += 1;
  };

  const nextStart = (): Promise<void> => {
    const turn = gate.then(acquireStart);
    gate = turn.catch(() => undefined);
    return turn;
  };

  const pauseFor = (ms: number): void => {
    if (Number.isFinite(ms) && ms > 0) pausedUntil = Math.max(pausedUntil, now() + ms);
  };

  return {
    schedule: <T>(fn: () => Promise<T>) =>
      limit(async () => {
        await nextStart();
        inFlight += 1;
        try {
          return await fn();
        } finally {
          inFlight -= 1;
        }
      }),
    pauseFor,
    onRateLimited(retryAfterMs) {
      rateLimited += 1;
      successes = 0;
      if (retryAfterMs !== undefined) pauseFor(retryAfterMs);
      const t = now();
      if (adaptive && t - lastHalvingAt >= HALVING_QUIET_MS) {
        currentRate = Math.max(MIN_ADAPTIVE_RATE, currentRate / 2);
        lastHalvingAt = t;
      }
    },
    onSuccess() {
      if (!adaptive || currentRate >= ratePerSec) return;
      successes += 1;
      if (successes < SUCCESSES_PER_STEP) return;
      successes = 0;
      currentRate = Math.min(ratePerSec, currentRate + ratePerSec * STEP_FRACTION);
    },
    stats: () => ({
      inFlight,
      pending: limit.activeCount + limit.pendingCount - inFlight,
      currentRate,
      rateLimited,
      calls,
    }),
  };
}
