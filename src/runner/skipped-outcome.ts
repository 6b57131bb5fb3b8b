// Pure: what a rerun does with a line the state store already knows. Submitted (by this sheet or any other of
// the tenant) → SKIPPED with its orderId; changed details are reported, never resubmitted. A submit still in
// doubt stays IN_DOUBT. Rejected, failed or released lines are tried again (undefined).
import type { RowOutcome } from "../results/row-outcome.js";
import { endedWithoutPort } from "../state/order-statuses.js";
import type { RowState } from "../state/row-state.js";
import type { TrackedOrder } from "../state/tracked-order.js";
import type { PreparedRow } from "./prepare-rows.js";

export function skippedOutcome(
  state: RowState,
  prepared: PreparedRow,
  fingerprint: string,
  order?: TrackedOrder,
): RowOutcome | undefined {
  const base = {
    row: prepared.row,
    serviceNumber: prepared.serviceNumber,
    externalOrderNumber: state.externalOrderNumber,
  };
  const submit = state.submit;
  if (submit?.state === "submitted" && endedWithoutPort(state.orderStatus?.status)) {
    // The order ended without a port: a changed row is tried again as a new order (the store links it to this
    // one); an unchanged row would meet the same refusal, so it waits for a person.
    if (submit.fingerprint !== fingerprint) return undefined;
    const status = state.orderStatus?.status ?? "";
    const reason = order?.reason === undefined ? "" : `: ${order.reason}`;
    return {
      ...base,
      status: "REJECTED",
      code: status === "CANCELLED" ? "ORDER_CANCELLED" : "ORDER_REJECTED",
      message: `order ${submit.orderId} ended ${status}${reason}; fix the row and run again (an unchanged row is not submitted again)`,
    };
  }
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
    const code = submit.state === "in-doubt" ? (submit.code ?? "IN_DOUBT") : "IN_DOUBT";
    return { ...base, status: "IN_DOUBT", code, message };
  }
  return undefined;
}
