// Pure: every row either becomes an order request ready to confirm, or an outcome decided before any request
// (INVALID, DUPLICATE). A row that fails a local check is never sent.
import type { OrderRequest } from "../api/wire-types.js";
import type { CanonicalRow } from "../input/canonical-row.js";
import type { ReferenceData } from "../orders/reference-data.js";
import { resolveRow } from "../orders/resolve-row.js";
import type { RowOutcome } from "../results/row-outcome.js";
import { describeRowProblems } from "./describe-row-problems.js";
import { vendorNamed } from "./load-reference-data.js";

export interface PreparedRow {
  kind: "ready";
  row: CanonicalRow;
  request: OrderRequest;
  serviceNumber: string;
  employee?: string;
  device?: string;
  plan: string;
}

export type Preparation = PreparedRow | { kind: "decided"; outcome: RowOutcome };

export interface PrepareOptions {
  tenant: string;
  /** Carriers whose catalog could not be loaded: their rows fail with the reason instead of a guess. */
  vendorFailures?: ReadonlyMap<string, string>;
  /** External order numbers already on record for a service number (stable across reruns). */
  knownExternalOrderNumber?: (serviceNumber: string) => string | undefined;
}

export function prepareRow(row: CanonicalRow, ref: ReferenceData, options: PrepareOptions): Preparation {
  const earlier = row.previous;
  if (earlier?.orderId && (earlier.status === "SUBMITTED" || earlier.status === "SKIPPED")) {
    // A results file fed back in: a line that was submitted is never sent again, even without the state store.
    const message = `already submitted as order ${earlier.orderId} (from the results file given as input)`;
    const orderStatus = {
      ...(earlier.orderStatus ? { orderStatus: earlier.orderStatus } : {}),
      ...(earlier.externalOrderNumber ? { externalOrderNumber: earlier.externalOrderNumber } : {}),
    };
    return {
      kind: "decided",
      outcome: {
        status: "SKIPPED",
        orderId: earlier.orderId,
        ...orderStatus,
        message,
        row,
        ...serviceOf(row),
      },
    };
  }
  const duplicate = row.problems.find((problem) => problem.code === "DUPLICATE");
  if (duplicate) {
    return {
      kind: "decided",
      outcome: { status: "DUPLICATE", code: "DUPLICATE", message: duplicate.message, row, ...serviceOf(row) },
    };
  }
  const vendorId = vendorNamed(row.values.new_carrier, ref.vendors);
  const vendorFailure = vendorId !== undefined ? options.vendorFailures?.get(vendorId) : undefined;
  if (vendorFailure) {
    return {
      kind: "decided",
      outcome: {
        status: "FAILED",
        code: "CATALOG_UNAVAILABLE",
        message: vendorFailure,
        row,
        ...serviceOf(row),
      },
    };
  }
  const resolved = resolveRow(row, ref, { tenant: options.tenant });
  if (!resolved.ok) {
    const { code, message } = describeRowProblems(resolved.problems);
    return { kind: "decided", outcome: { status: "INVALID", code, message, row, ...serviceOf(row) } };
  }
  const serviceNumber = serviceNumberOf(resolved.request);
  const known = options.knownExternalOrderNumber?.(serviceNumber);
  // A rerun sends the external order number already on record, so reconciliation can always find the order.
  const request =
    known && !row.values.external_order_number
      ? { ...resolved.request, externalOrderNumber: known }
      : resolved.request;
  return {
    kind: "ready",
    row,
    request,
    serviceNumber,
    plan: resolved.plan,
    ...(resolved.employee !== undefined ? { employee: resolved.employee } : {}),
    ...(resolved.device !== undefined ? { device: resolved.device } : {}),
  };
}

/** The service number the order carries (SERVICE_NUMBER property, set from the service asset). */
export function serviceNumberOf(request: OrderRequest): string {
  for (const group of request.properties) {
    for (const field of group.fields) {
      if (field.id === "SERVICE_NUMBER" && field.type === "TEXT") return field.text;
    }
  }
  return "";
}

const serviceOf = (row: CanonicalRow): { serviceNumber?: string } =>
  row.values.service_number ? { serviceNumber: row.values.service_number } : {};
