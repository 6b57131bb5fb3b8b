// Phase one for one row: POST /orders?confirm=true, then check the echo against what was sent.
import { checkConfirmation, summariseConfirmation } from "../orders/check-confirmation.js";
import { describeApiErrors } from "../orders/describe-api-errors.js";
import type { RowOutcome } from "../results/row-outcome.js";
import { describeRowProblems } from "./describe-row-problems.js";
import type { JobDeps } from "./job-ports.js";
import type { PreparedRow } from "./prepare-rows.js";

export async function confirmRow(prepared: PreparedRow, deps: JobDeps): Promise<RowOutcome> {
  const { row, request, serviceNumber } = prepared;
  const base = { row, serviceNumber, externalOrderNumber: request.externalOrderNumber };
  const result = await deps.client.confirmOrder(request, callOptions(prepared));
  switch (result.kind) {
    case "ok": {
      const mismatches = checkConfirmation(request, result.confirmation, row);
      const confirmed = summariseConfirmation(result.confirmation, deps.clock.now().toISOString());
      if (mismatches.length > 0) {
        const { code, message } = describeRowProblems(mismatches);
        return { ...base, confirmed, status: "REJECTED", code, message };
      }
      return { ...base, confirmed, status: "CONFIRMED" };
    }
    case "rejected": {
      const { code, message } = describeApiErrors(result.items, row);
      return { ...base, status: "REJECTED", code, message };
    }
    case "failed":
      return {
        ...base,
        status: "FAILED",
        code: "CONFIRM_FAILED",
        message: `could not confirm: ${result.message}`,
      };
  }
}

export const callOptions = (prepared: PreparedRow): { employee?: string } =>
  prepared.employee !== undefined ? { employee: prepared.employee } : {};
