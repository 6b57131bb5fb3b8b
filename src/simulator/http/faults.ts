// Injected faults (CONTRACT.md §5 "injected server/gateway fault", §11.3, F14), decided by seeded dice so a
// test run is reproducible.
import { createRandom } from "../seed/create-random.js";
import { flatError } from "./errors.js";
import type { FaultSettings } from "./knobs.js";
import type { SimResponse } from "./route-types.js";

export interface FaultDice {
  /** Destroy the connection without an answer? */
  drop(): boolean;
  /** A 500 or 503 instead of the route's answer, or undefined. */
  serverError(): SimResponse | undefined;
  /** After a successful submit: drop the connection, answer 500/504 instead, or (undefined) answer normally. */
  commitThenFail(): "drop" | SimResponse | undefined;
}

/** A gateway's 5xx comes as JSON, as an HTML page or empty (F14). */
function gatewayError(status: 503 | 504, variant: number): SimResponse {
  const reason = status === 503 ? "Service Unavailable" : "Gateway Timeout";
  if (variant === 0) return { status, body: { error: reason } };
  if (variant === 1) {
    const html = `<html><head><title>${status} ${reason}</title></head><body><h1>${reason}</h1></body></html>`;
    return { status, body: html, headers: { "Content-Type": "text/html; charset=utf-8" } };
  }
  return { status };
}

export function createFaultDice(settings: FaultSettings, errorId: () => string): FaultDice {
  const random = createRandom(settings.faultSeed);
  const roll = (p: number): boolean => (p <= 0 ? false : p >= 1 ? true : random.next() < p);
  const internal = (): SimResponse =>
    flatError(500, "500-Internal-error", "An internal error occurred. Try again later.", errorId());
  return {
    drop: () => roll(settings.dropRate),
    serverError: () => {
      if (!roll(settings.serverErrorRate)) return undefined;
      return random.chance(0.5) ? internal() : gatewayError(503, random.int(0, 2));
    },
    commitThenFail: () => {
      if (!roll(settings.commitThenFailRate)) return undefined;
      const pick = random.int(0, 2);
      return pick === 0 ? "drop" : pick === 1 ? internal() : gatewayError(504, random.int(0, 2));
    },
  };
}
