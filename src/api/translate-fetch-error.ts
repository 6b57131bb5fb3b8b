// ky 1.x and Node's fetch signal transport failures with generic errors: a plain `TypeError` ("fetch failed",
// or "terminated" when the connection drops mid-body), ky's `TimeoutError`, or the abort reason of our own
// per-attempt timer. They are translated here, at the api/ boundary (STYLE.md rule 3), into attempt failures.
import { TimeoutError } from "ky";
import type { AttemptFailure } from "../runner/retry-policy.js";

// Connection errors that prove the request never reached the server, so even a submit may be repeated.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

const codeOf = (value: unknown): string | undefined => {
  if (typeof value !== "object" || value === null) return undefined;
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string") return code;
  // Node reports a refused dual-stack connect as an AggregateError whose members carry the code.
  const errors = (value as { errors?: unknown }).errors;
  return Array.isArray(errors) ? codeOf(errors[0]) : undefined;
};

export interface TranslatedFailure {
  failure: Extract<AttemptFailure, { kind: "timeout" | "network" }>;
  /** For logs and messages, e.g. "ECONNRESET" or "timeout after 30000 ms". */
  detail: string;
}

/**
 * Translates a transport error into an attempt failure, or returns undefined when it is not one (a bug, which
 * the caller rethrows). `timedOut` says whether our own per-attempt timer fired.
 */
export function translateFetchError(
  error: unknown,
  timedOut: boolean,
  timeoutMs: number,
): TranslatedFailure | undefined {
  const isAbort = error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
  if (error instanceof TimeoutError || (timedOut && (isAbort || error instanceof TypeError))) {
    return { failure: { kind: "timeout" }, detail: `timeout after ${timeoutMs} ms` };
  }
  if (error instanceof TypeError) {
    const code = codeOf(error.cause) ?? codeOf(error);
    const sent = code === undefined || !NOT_SENT_CODES.has(code);
    return { failure: { kind: "network", sent }, detail: code ?? error.message };
  }
  return undefined;
}
