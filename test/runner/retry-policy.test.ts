import { describe, expect, it } from "vitest";
import {
  backoffDelay,
  decideRetry,
  DEFAULT_RETRY_POLICY,
  serverWait,
  type AttemptFailure,
  type RequestMode,
} from "../../src/runner/retry-policy.js";

const half = () => 0.5;
const almostOne = () => 0.999_999;

describe("backoffDelay", () => {
  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [4, 8000],
    [5, 15_000],
    [10, 15_000],
  ])("retry %i waits half of min(30 s, 1 s × 2^n) with random 0.5", (index, expected) => {
    expect(backoffDelay(index, half)).toBe(expected);
  });

  it("is full jitter: 0 with random 0, just under the cap with random ~1", () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(20, almostOne)).toBe(29_999);
  });
});

describe("serverWait", () => {
  it.each([
    [2000, 2125],
    [0, 125],
    [59_990, 60_000],
    [60_000, 60_000],
  ])("adds 0–250 ms jitter to %i and caps at 60 s", (asked, expected) => {
    expect(serverWait(asked, half)).toBe(expected);
  });
});

describe("decideRetry", () => {
  const state = (counted: number, rateLimited = 0) => ({ counted, rateLimited });
  const status = (code: number, retryAfterMs?: number): AttemptFailure =>
    retryAfterMs === undefined
      ? { kind: "status", status: code }
      : { kind: "status", status: code, retryAfterMs };

  it.each<[string, AttemptFailure, RequestMode, ReturnType<typeof state>, ReturnType<typeof decideRetry>]>([
    [
      "503 on a lookup, 1st",
      status(503),
      "safe",
      state(1),
      { action: "retry", delayMs: 500, rateLimited: false },
    ],
    [
      "500 on a lookup, 4th",
      status(500),
      "safe",
      state(4),
      { action: "retry", delayMs: 4000, rateLimited: false },
    ],
    ["502 on a lookup, 5th", status(502), "safe", state(5), { action: "give-up", reason: "attempts" }],
    [
      "503 with Retry-After",
      status(503, 3000),
      "safe",
      state(1),
      { action: "retry", delayMs: 3125, rateLimited: false },
    ],
    [
      "timeout on a confirm",
      { kind: "timeout" },
      "safe",
      state(2),
      { action: "retry", delayMs: 1000, rateLimited: false },
    ],
    [
      "reset on a lookup",
      { kind: "network", sent: true },
      "safe",
      state(1),
      { action: "retry", delayMs: 500, rateLimited: false },
    ],
    [
      "unreadable 200 on a lookup",
      { kind: "unreadable", status: 200 },
      "safe",
      state(1),
      { action: "retry", delayMs: 500, rateLimited: false },
    ],
    [
      "429 with Retry-After",
      status(429, 2000),
      "safe",
      state(0, 1),
      { action: "retry", delayMs: 2125, rateLimited: true },
    ],
    [
      "429 without headers",
      status(429),
      "safe",
      state(5, 3),
      { action: "retry", delayMs: 2000, rateLimited: true },
    ],
    [
      "429 past the overall cap",
      status(429, 2000),
      "safe",
      state(0, 50),
      { action: "give-up", reason: "rate-limit" },
    ],
    [
      "429 on a submit",
      status(429, 1000),
      "submit",
      state(0, 1),
      { action: "retry", delayMs: 1125, rateLimited: true },
    ],
    ["500 on a submit", status(500), "submit", state(1), { action: "in-doubt" }],
    ["504 on a submit", status(504), "submit", state(1), { action: "in-doubt" }],
    ["timeout on a submit", { kind: "timeout" }, "submit", state(1), { action: "in-doubt" }],
    [
      "dropped connection on a submit",
      { kind: "network", sent: true },
      "submit",
      state(1),
      { action: "in-doubt" },
    ],
    [
      "unreadable 200 on a submit",
      { kind: "unreadable", status: 200 },
      "submit",
      state(1),
      { action: "in-doubt" },
    ],
    [
      "refused connection on a submit",
      { kind: "network", sent: false },
      "submit",
      state(1),
      { action: "retry", delayMs: 500, rateLimited: false },
    ],
    [
      "refused connection, 5th",
      { kind: "network", sent: false },
      "submit",
      state(5),
      { action: "give-up", reason: "attempts" },
    ],
    ["400", status(400), "safe", state(1), { action: "final" }],
    ["401", status(401), "submit", state(1), { action: "final" }],
    ["403", status(403), "safe", state(1), { action: "final" }],
    ["404", status(404), "safe", state(1), { action: "final" }],
  ])("%s", (_name, failure, mode, current, expected) => {
    expect(decideRetry(failure, mode, current, DEFAULT_RETRY_POLICY, half)).toEqual(expected);
  });
});
