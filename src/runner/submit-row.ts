// Phase two for one confirmed row. The submit is not idempotent (CONTRACT.md §12), so the protocol is:
// record "submit started" durably, POST, record the outcome. Anything unclear in between is IN_DOUBT and is
// settled by reconciliation, never by a blind retry.
import { describeApiErrors } from "../orders/describe-api-errors.js";
import { requestFingerprint } from "../orders/request-fingerprint.js";
import type { RowOutcome } from "../results/row-outcome.js";
import { failpoint } from "../state/failpoints.js";
import { rowKey } from "../state/row-key.js";
import { callOptions } from "./confirm-row.js";
import type { CommitBatcher } from "./create-commit-batcher.js";
import type { JobDeps } from "./job-ports.js";
import type { PreparedRow } from "./prepare-rows.js";

/** The code of a submit whose answer was unclear, until reconciliation settles it. */
export const SUBMIT_IN_DOUBT = "SUBMIT_IN_DOUBT";

export interface SubmitRowOptions {
  tenant: string;
  /** The run's group commit for journal records (create-commit-batcher.ts). */
  commits: CommitBatcher;
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
  // Durable before the POST: the group commit resolves only once the record is fsynced.
  const started = await options.commits.run(() =>
    deps.store.beginSubmit(key, {
      externalOrderNumber: request.externalOrderNumber,
      fingerprint: requestFingerprint(request),
      serviceId: request.serviceId,
      serviceNumber,
      ...callOptions(prepared),
    }),
  );
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
      await options.commits.run(() =>
        deps.store.recordSubmitted(key, {
          orderId: result.order.orderId,
          orderStatus: result.order.status,
          submittedAt: now,
        }),
      );
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
      await options.commits.run(() => deps.store.recordRejected(key, { code, message }));
      return { ...base, status: "REJECTED", code, message };
    }
    case "failed": {
      const message = `the submit was refused before the order was created: ${result.message}`;
      await options.commits.run(() => deps.store.recordFailed(key, { code: "SUBMIT_FAILED", message }));
      return { ...base, status: "FAILED", code: "SUBMIT_FAILED", message };
    }
    case "in-doubt": {
      // Never a second POST here: run-job settles every in-doubt submit of the phase together (reconcile-row.ts).
      await options.commits.run(() => deps.store.recordInDoubt(key, { message: result.message }));
      deps.logger.warn(
        { row: row.line, phase: "submit" },
        `submit in doubt (${result.message}); reconciling`,
      );
      return { ...base, status: "IN_DOUBT", code: SUBMIT_IN_DOUBT, message: result.message };
    }
  }
}

const pick = (confirmed: Extract<RowOutcome, { status: "CONFIRMED" }>) =>
  confirmed.confirmed ? { confirmed: confirmed.confirmed } : {};
