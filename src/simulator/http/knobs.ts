// The knobs a running simulator can change (CONTRACT.md §13): latency, the rate limit (§6) and injected faults
// (F14). Options and `setKnobs` share these checks.
import {
  fraction,
  integerIn,
  isPlainObject,
  numberAtLeast,
  rejectUnknownKeys,
  fail,
} from "../check-option.js";
import type { RateLimitSettings } from "./rate-limiter.js";

export interface FaultSettings {
  /** Fraction of API calls answered 500 (flat body) or 503 (JSON, HTML or empty gateway body). */
  serverErrorRate: number;
  /** Fraction of API calls whose connection is destroyed without an answer. */
  dropRate: number;
  /** Fraction of successful submits (`POST /orders` without confirm=true) that create the order and then drop
   * the connection or answer 500/504 (§11.3). */
  commitThenFailRate: number;
  /** Seed of the fault dice. */
  faultSeed: number;
}

export interface SimulatorKnobs {
  latencyMs: number;
  rateLimit: RateLimitSettings | false;
  faults: FaultSettings;
}

/** What callers pass: every part optional; `rateLimit: false` (or null) turns it off. */
export interface KnobsInput {
  /**
   * Delay before each answer, in milliseconds.
   * @default 0
   */
  latencyMs?: number;
  /**
   * Token bucket per client_id, or off.
   * @default false
   */
  rateLimit?:
    { capacity: number; refillPerSec: number; retryAfterFormat?: "seconds" | "http-date" } | false | null;
  /**
   * Injected faults; rates default to 0, `faultSeed` to the fixture's seed.
   * @default {}
   */
  faults?: Partial<FaultSettings>;
}

export const KNOB_NAMES = ["latencyMs", "rateLimit", "faults"] as const;

function normalizeRateLimit(value: unknown): RateLimitSettings | false {
  if (value === false || value === null) return false;
  if (!isPlainObject(value)) fail("rateLimit", "false or {capacity, refillPerSec, retryAfterFormat?}", value);
  rejectUnknownKeys("rateLimit", value, ["capacity", "refillPerSec", "retryAfterFormat"]);
  const format = value.retryAfterFormat ?? "seconds";
  if (format !== "seconds" && format !== "http-date")
    fail("rateLimit.retryAfterFormat", '"seconds" or "http-date"', format);
  return {
    capacity: integerIn("rateLimit.capacity", value.capacity, 1, 1_000_000),
    refillPerSec: numberAtLeast("rateLimit.refillPerSec", value.refillPerSec, 0, true),
    retryAfterFormat: format,
  };
}

function normalizeFaults(value: unknown, defaultSeed: number): FaultSettings {
  if (!isPlainObject(value)) fail("faults", "an object", value);
  rejectUnknownKeys("faults", value, ["serverErrorRate", "dropRate", "commitThenFailRate", "faultSeed"]);
  return {
    serverErrorRate: fraction("faults.serverErrorRate", value.serverErrorRate ?? 0),
    dropRate: fraction("faults.dropRate", value.dropRate ?? 0),
    commitThenFailRate: fraction("faults.commitThenFailRate", value.commitThenFailRate ?? 0),
    faultSeed: integerIn("faults.faultSeed", value.faultSeed ?? defaultSeed, 0, 0xffffffff),
  };
}

/** `input`'s knobs checked and merged over `current`; a given `faults` or `rateLimit` replaces the old one whole. */
export function normalizeKnobs(
  input: unknown,
  current: SimulatorKnobs,
  defaultFaultSeed: number,
): SimulatorKnobs {
  if (!isPlainObject(input)) fail("knobs", "an object", input);
  rejectUnknownKeys("", input, KNOB_NAMES);
  return {
    latencyMs:
      input.latencyMs === undefined ? current.latencyMs : numberAtLeast("latencyMs", input.latencyMs, 0),
    rateLimit: input.rateLimit === undefined ? current.rateLimit : normalizeRateLimit(input.rateLimit),
    faults: input.faults === undefined ? current.faults : normalizeFaults(input.faults, defaultFaultSeed),
  };
}

export function defaultKnobs(faultSeed: number): SimulatorKnobs {
  return {
    latencyMs: 0,
    rateLimit: false,
    faults: { serverErrorRate: 0, dropRate: 0, commitThenFailRate: 0, faultSeed },
  };
}
