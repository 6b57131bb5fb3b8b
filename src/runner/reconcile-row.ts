// Settles a row whose submit was started but whose outcome is unknown (CONTRACT.md §11.3 steps 3–5):
// found once → SUBMITTED with that orderId; found several times → IN_DOUBT for a person, listing every orderId;
// not found after the window → IN_DOUBT, or released for one resubmission when the user asked for that.
import type { JobDeps } from "./job-ports.js";
import { findSubmittedOrders } from "./find-submitted-order.js";

export interface ReconcileOptions {
  /** How many times GET /orders is scanned before giving up (F28: 3). */
  attempts: number;
  /** Wait between scans, for orders that become visible late (F28: 20 s). */
  delayMs: number;
  /** Release a not-found row for one more submit (--resubmit-in-doubt). @default false */
  resubmitInDoubt: boolean;
  signal?: AbortSignal;
}

export type Settlement =
  | { status: "SUBMITTED"; orderId: string; orderStatus?: string; submittedAt: string }
  | { status: "IN_DOUBT"; code: string; message: string }
  | { status: "RELEASED" };

export async function reconcileRow(
  key: string,
  deps: JobDeps,
  options: ReconcileOptions,
): Promise<Settlement> {
  const state = deps.store.getRow(key);
  const submit = state?.submit;
  if (!state || !submit) {
    return { status: "IN_DOUBT", code: "IN_DOUBT", message: "no submit on record for this line" };
  }
  const since = new Date(submit.t0);
  const query = {
    externalOrderNumber: state.externalOrderNumber,
    serviceNumber: submit.serviceNumber,
    since,
    ...(submit.employee !== undefined ? { employee: submit.employee } : {}),
  };
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    const found = await findSubmittedOrders(deps.client, query);
    if (found.length === 1 && found[0]) {
      const order = found[0];
      const submittedAt = order.dateSubmitted ?? submit.startedAt;
      deps.store.resolveInDoubt(key, {
        kind: "found",
        orderId: order.orderId,
        orderStatus: order.status,
        submittedAt,
      });
      return { status: "SUBMITTED", orderId: order.orderId, orderStatus: order.status, submittedAt };
    }
    if (found.length > 1) {
      const ids = found.map((order) => order.orderId).join(", ");
      const message = `several orders carry external order number ${state.externalOrderNumber} (${ids}); a person must cancel the extra ones with the carrier`;
      deps.store.resolveInDoubt(key, {
        kind: "ambiguous",
        orderIds: found.map((order) => order.orderId),
        message,
      });
      return { status: "IN_DOUBT", code: "MULTIPLE_ORDERS", message };
    }
    if (attempt < options.attempts && !options.signal?.aborted)
      await deps.clock.sleep(options.delayMs, options.signal);
  }
  const checked = `checked GET /orders updated since ${since.toISOString()} ${options.attempts} time(s): no order with external order number ${state.externalOrderNumber} for ${submit.serviceNumber}`;
  if (options.resubmitInDoubt) {
    deps.store.resolveInDoubt(key, { kind: "release", message: checked });
    return { status: "RELEASED" };
  }
  const message = `the submit's outcome is unknown: ${checked}. If the carrier has no port for this line, run again with --resubmit-in-doubt`;
  deps.store.resolveInDoubt(key, { kind: "not-found", message });
  return { status: "IN_DOUBT", code: "IN_DOUBT", message };
}
