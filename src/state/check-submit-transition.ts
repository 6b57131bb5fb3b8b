// Which state changes the store allows, as pure functions of the current row. The store is the second line of
// defence against a duplicate order (CONTRACT.md §12: the API does not deduplicate): even a runner bug cannot
// start a second submit while the first one is submitted, unresolved or in doubt.
import type { BeginSubmitInput, BeginSubmitRefusal, RowState, SubmitState } from "./row-state.js";

export type BeginSubmitCheck = { ok: true } | { ok: false; reason: BeginSubmitRefusal; message: string };

/**
 * A submit may start only for a row confirmed with the same fingerprint and external order number (§1: a submit
 * follows a successful confirm), and whose earlier submit, if any, was rejected, failed or released.
 */
export const checkBeginSubmit = (row: RowState | undefined, input: BeginSubmitInput): BeginSubmitCheck => {
  if (row === undefined || row.confirmed === undefined) {
    return { ok: false, reason: "not-confirmed", message: "the row has no recorded confirmation" };
  }
  if (row.externalOrderNumber !== input.externalOrderNumber) {
    return {
      ok: false,
      reason: "external-order-number-mismatch",
      message: `the row's external order number is ${row.externalOrderNumber}, not ${input.externalOrderNumber}`,
    };
  }
  const submit = row.submit;
  switch (submit?.state) {
    case "submitted":
      return {
        ok: false,
        reason: "already-submitted",
        message: `order ${submit.orderId} was already submitted at ${submit.submittedAt}`,
      };
    case "started":
      return {
        ok: false,
        reason: "submit-in-progress",
        message: `a submit started at ${submit.startedAt} has no recorded outcome; reconcile it first (CONTRACT.md §11.3)`,
      };
    case "in-doubt":
      return { ok: false, reason: "in-doubt", message: `the submit is in doubt: ${submit.message}` };
    default:
      break;
  }
  if (row.confirmed.fingerprint !== input.fingerprint) {
    return {
      ok: false,
      reason: "not-confirmed",
      message: "the request to submit differs from the one confirmed (fingerprints differ)",
    };
  }
  return { ok: true };
};

export type OutcomeAction =
  "recordSubmitted" | "recordRejected" | "recordFailed" | "recordInDoubt" | "resolveInDoubt";

/** The submit states each outcome may follow. Anything else is a bug in the caller. */
export const OUTCOME_SOURCES: Readonly<Record<OutcomeAction, readonly SubmitState[]>> = {
  recordSubmitted: ["started", "in-doubt"],
  recordRejected: ["started"],
  recordFailed: ["started"],
  recordInDoubt: ["started", "in-doubt"],
  resolveInDoubt: ["started", "in-doubt"],
};

/** Throws (a programming error, not a row outcome) when `action` may not follow the row's submit state. */
export const assertOutcomeAllowed = (
  key: string,
  row: RowState | undefined,
  action: OutcomeAction,
): RowState => {
  const state = row?.submit?.state;
  if (row === undefined || state === undefined || !OUTCOME_SOURCES[action].includes(state)) {
    throw new Error(
      `${action}(${key}) is not allowed: the row's submit state is ${state ?? "none"}, expected ${OUTCOME_SOURCES[action].join(" or ")}`,
    );
  }
  return row;
};
