// Phase two for one confirmed row. The submit is not idempotent (CONTRACT.md §12), so the protocol is:
// record "submit started" durably, POST, record the outcome. Anything unclear in between is IN_DOUBT and is
// settled by reconciliation, never by a blind retry.
import { describeApiErrors } from "../orders/describe-api-errors.js";
import { requestFingerprint } from "../orders/request-fingerprint.js";
import type { RowOutcome } from "../results/row-outcome.js";
import { failpoint } from "../state/failpoints.js";
import { rowKey } from "../state/row-key.js";
import { callOptions } from "./confirm-row.js";
import type { JobDeps } from "./job-ports.js";
import type { PreparedRow } from "./prepare-rows.js";
import { reconcileRow, type ReconcileOptions } from "./reconcile-row.js";

export interface SubmitRowOptions {
  tenant: string;
  reconcile: ReconcileOptions;
}

export async function submitRow(
  prepared: PreparedRow,
  confirmed: Extract<RowOutcome, { status: "CONFIRMED" }>,
  deps: JobDeps,
  options: SubmitRowOptions,
): Promise<RowOutcome> {
  const { row, request, serviceNumber } = prepared;
  const key = rowKey(options.tenant, "PORT_NUMBER", serviceNumber);
  const base = { row, serviceNumber, externalOrderNumber: request.externalOrderNumber, ...pick(confirmed) };
  const started = deps.store.beginSubmit(key, {
    externalOrderNumber: request.externalOrderNumber,
    fingerprint: requestFingerprint(request),
    serviceId: request.serviceId,
    serviceNumber,
    ...callOptions(prepared),
  });
  if (!started.ok) {
    // An earlier run already owns this line's submit: never send a second one.
    const submit = started.row?.submit;
    if (submit?.state === "submitted") {
      return {
        ...base,
        status: "SKIPPED",
        orderId: submit.orderId,
        submittedAt: submit.submittedAt,
        message: started.message,
      };
    }
    return { ...base, status: "IN_DOUBT", code: "SUBMIT_REFUSED", message: started.message };
  }
  failpoint("after-submit-started");
  const result = await deps.client.submitOrder(request, callOptions(prepared));
  failpoint("after-submit-answer");
  const now = deps.clock.now().toISOString();
  switch (result.kind) {
    case "ok": {
      deps.store.recordSubmitted(key, {
        orderId: result.order.orderId,
        orderStatus: result.order.status,
        submittedAt: now,
      });
      return {
        ...base,
        status: "SUBMITTED",
        orderId: result.order.orderId,
        orderStatus: result.order.status,
        submittedAt: now,
      };
    }
    case "rejected": {
      const { code, message } = describeApiErrors(result.items, row);
      deps.store.recordRejected(key, { code, message });
      return { ...base, status: "REJECTED", code, message };
    }
    case "failed": {
      const message = `the submit was refused before the order was created: ${result.message}`;
      deps.store.recordFailed(key, { code: "SUBMIT_FAILED", message });
      return { ...base, status: "FAILED", code: "SUBMIT_FAILED", message };
    }
    case "in-doubt": {
      deps.store.recordInDoubt(key, { message: result.message });
      deps.logger.warn(
        { row: row.line, phase: "submit" },
        `submit in doubt (${result.message}); reconciling`,
      );
      const settled = await reconcileRow(key, deps, options.reconcile);
      if (settled.status !== "RELEASED") return { ...base, ...settled };
      // Not found, and the user allowed one more submit: the next run sends it (never a loop within this run).
      const message = `${result.message}; no order was found for it, so it is released and the next run submits it again`;
      return { ...base, status: "IN_DOUBT", code: "IN_DOUBT_RELEASED", message };
    }
  }
}

const pick = (confirmed: Extract<RowOutcome, { status: "CONFIRMED" }>) =>
  confirmed.confirmed ? { confirmed: confirmed.confirmed } : {};
