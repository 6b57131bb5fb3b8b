// Between the row_state table (snake_case, NULLs) and RowState (plain data, absent instead of null). Pure.
import type { RowState, SubmitRecord, SubmitStart, SubmitState } from "./row-state.js";

/** One row_state record as better-sqlite3 returns it (schema version 2, src/state/migrations.ts). */
export interface RowRecord {
  row_key: string;
  external_order_number: string;
  request_fingerprint: string | null;
  source_file: string | null;
  source_line: number | null;
  confirmed_at: string | null;
  confirmed_fingerprint: string | null;
  submit_state: SubmitState | null;
  submit_started_at: string | null;
  submit_fingerprint: string | null;
  submit_t0: string | null;
  service_id: string | null;
  service_number: string | null;
  employee: string | null;
  submit_attempts: number;
  releases: number;
  outcome_code: string | null;
  outcome_message: string | null;
  outcome_at: string | null;
  order_id: string | null;
  submitted_at: string | null;
  order_status: string | null;
  order_status_updated: string | null;
  updated_at: string;
  previous_order_id: string | null;
  one_time_cost: number | null;
  monthly_cost: number | null;
  currency: string | null;
}

const text = (value: string | null): string => value ?? "";

const toSubmitRecord = (r: RowRecord): SubmitRecord | undefined => {
  if (r.submit_state === null) return undefined;
  const start: SubmitStart = {
    startedAt: text(r.submit_started_at),
    fingerprint: text(r.submit_fingerprint),
    t0: text(r.submit_t0),
    serviceId: text(r.service_id),
    serviceNumber: text(r.service_number),
    ...(r.employee === null ? {} : { employee: r.employee }),
  };
  const at = text(r.outcome_at);
  const message = text(r.outcome_message);
  switch (r.submit_state) {
    case "started":
      return { ...start, state: "started" };
    case "submitted":
      return { ...start, state: "submitted", orderId: text(r.order_id), submittedAt: text(r.submitted_at) };
    case "rejected":
    case "failed":
      return { ...start, state: r.submit_state, code: text(r.outcome_code), message, at };
    case "in-doubt":
      return {
        ...start,
        state: "in-doubt",
        message,
        at,
        ...(r.outcome_code === null ? {} : { code: r.outcome_code }),
      };
    case "released":
      return { ...start, state: "released", message, at };
  }
};

export const toRowState = (r: RowRecord): RowState => {
  const submit = toSubmitRecord(r);
  const costs = {
    ...(r.one_time_cost === null ? {} : { oneTime: r.one_time_cost }),
    ...(r.monthly_cost === null ? {} : { monthly: r.monthly_cost }),
    ...(r.currency === null ? {} : { currency: r.currency }),
  };
  return {
    key: r.row_key,
    externalOrderNumber: r.external_order_number,
    ...(r.request_fingerprint === null ? {} : { fingerprint: r.request_fingerprint }),
    ...(r.source_file === null ? {} : { source: { file: r.source_file, line: r.source_line ?? 0 } }),
    ...(r.confirmed_at === null || r.confirmed_fingerprint === null
      ? {}
      : { confirmed: { at: r.confirmed_at, fingerprint: r.confirmed_fingerprint } }),
    ...(submit === undefined ? {} : { submit }),
    submitAttempts: r.submit_attempts,
    releases: r.releases,
    ...(r.order_id === null ? {} : { orderId: r.order_id }),
    ...(r.order_status === null
      ? {}
      : { orderStatus: { status: r.order_status, updated: text(r.order_status_updated) } }),
    ...(r.previous_order_id === null ? {} : { previousOrderId: r.previous_order_id }),
    ...(Object.keys(costs).length === 0 ? {} : { costs }),
    updatedAt: r.updated_at,
  };
};
