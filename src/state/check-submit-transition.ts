// Which state changes the store allows, as pure functions of the current row. The store is the second line of
// defence against a duplicate order (CONTRACT.md §12: the API does not deduplicate): even a runner bug cannot
// start a second submit while the first one is submitted, unresolved or in doubt.
import { endedWithoutPort } from "./order-statuses.js";
import type { BeginSubmitInput, BeginSubmitRefusal, RowState, SubmitState } from "./row-state.js";

export type BeginSubmitCheck = { ok: true } | { ok: false; reason: BeginSubmitRefusal; message: string };

/**
 * A submit may start only for a row confirmed with the same fingerprint and external order number (§1: a submit
 * follows a successful confirm), and whose earlier submit, if any, was rejected, failed or released, or created
 * an order that ended REJECTED or CANCELLED before the row's request changed.
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
    case "submitted": {
      // A row whose order ended without a port (REJECTED, CANCELLED) may place a new order, but only once the
      // row was changed: the same request would meet the same refusal (src/state/order-statuses.ts).
      const ended = endedWithoutPort(row.orderStatus?.status) ? row.orderStatus?.status : undefined;
      if (ended !== undefined && submit.fingerprint !== input.fingerprint) break;
      return {
        ok: false,
        reason: "already-submitted",
        message:
          ended === undefined
            ? `order ${submit.orderId} was already submitted at ${submit.submittedAt}`
            : `order ${submit.orderId} ended ${ended} and the row is unchanged since; fix the row to submit a new order`,
      };
    }
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
