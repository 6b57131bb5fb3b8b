// Pure: what a rerun does with a line the state store already knows. Submitted (by this sheet or any other of
// the tenant) → SKIPPED with its orderId; changed details are reported, never resubmitted. A submit still in
// doubt stays IN_DOUBT. Rejected, failed or released lines are tried again (undefined).
import type { RowOutcome } from "../results/row-outcome.js";
import type { RowState } from "../state/row-state.js";
import type { PreparedRow } from "./prepare-rows.js";

export function skippedOutcome(
  state: RowState,
  prepared: PreparedRow,
  fingerprint: string,
): RowOutcome | undefined {
  const base = {
    row: prepared.row,
    serviceNumber: prepared.serviceNumber,
    externalOrderNumber: state.externalOrderNumber,
  };
  const submit = state.submit;
  if (submit?.state === "submitted") {
    const changed =
      submit.fingerprint !== fingerprint
        ? "; the row's details differ from what was submitted: the change was NOT sent (a submitted port cannot be amended through the API; contact the carrier)"
        : "";
    return {
      ...base,
      status: "SKIPPED",
      orderId: submit.orderId,
      ...(state.orderStatus ? { orderStatus: state.orderStatus.status } : {}),
      submittedAt: submit.submittedAt,
      message: `already submitted as order ${submit.orderId}${changed}`,
    };
  }
  if (submit?.state === "started" || submit?.state === "in-doubt") {
    const message =
      submit.state === "in-doubt" ? submit.message : "an earlier submit of this line has an unknown outcome";
    return { ...base, status: "IN_DOUBT", code: "IN_DOUBT", message };
  }
  return undefined;
}
