// What the store remembers about one row, as plain data. CONTRACT.md §11.3: a submit is journalled as started
// before the POST, then gets exactly one outcome; "started" or "in-doubt" rows are reconciled before anything
// else is submitted. The store never sees request bodies, only fingerprints, so no PIN can end up in it.
import type { OrderCosts } from "./tracked-order.js";

/** Where a row came from, for messages and audits. */
export interface SourceRef {
  file: string;
  line: number;
}

/** Written by `beginSubmit`, durably, before the POST. `t0` = started − 5 min, the reconciliation window start. */
export interface SubmitStart {
  startedAt: string;
  fingerprint: string;
  t0: string;
  serviceId: string;
  /** As sent in SERVICE_NUMBER; reconciliation matches it against `GET /orders` items (§11.3 step 3). */
  serviceNumber: string;
  /** The context employee of the submit: reconciliation must page `GET /orders` with the same header. */
  employee?: string;
}

export type SubmitRecord =
  | (SubmitStart & { state: "started" })
  | (SubmitStart & { state: "submitted"; orderId: string; submittedAt: string })
  | (SubmitStart & { state: "rejected"; code: string; message: string; at: string })
  | (SubmitStart & { state: "failed"; code: string; message: string; at: string })
  | (SubmitStart & {
      state: "in-doubt";
      message: string;
      at: string;
      /** e.g. MULTIPLE_ORDERS */ code?: string;
    })
  | (SubmitStart & { state: "released"; message: string; at: string });

export type SubmitState = SubmitRecord["state"];

export interface RowState {
  key: string;
  /** Stable per key: once stored, every later confirm and submit of the row uses it (CONTRACT.md §12). */
  externalOrderNumber: string;
  /** The fingerprint of the latest request recorded (confirm or submit). */
  fingerprint?: string;
  source?: SourceRef;
  confirmed?: { at: string; fingerprint: string };
  submit?: SubmitRecord;
  /** How many times `beginSubmit` was allowed for this row. */
  submitAttempts: number;
  /** How many in-doubt submits were released for resubmission (§11.3 step 4 allows one). */
  releases: number;
  orderId?: string;
  orderStatus?: { status: string; updated: string };
  /** The row's earlier order that ended REJECTED or CANCELLED, when the fixed row was submitted again. */
  previousOrderId?: string;
  /** The latest confirmation's cost summary, when the runner recorded it. */
  costs?: OrderCosts;
  updatedAt: string;
}

export interface ConfirmedInput {
  externalOrderNumber: string;
  fingerprint: string;
  source: SourceRef;
  /** The confirmation's cost summary (CONTRACT.md §10); the order placed from it keeps a copy for reports. */
  costs?: OrderCosts;
}

export interface BeginSubmitInput {
  externalOrderNumber: string;
  fingerprint: string;
  serviceId: string;
  serviceNumber: string;
  employee?: string;
}

export type BeginSubmitRefusal =
  | "already-submitted"
  | "submit-in-progress"
  | "in-doubt"
  | "not-confirmed"
  | "external-order-number-mismatch";

/** A refusal is data: the runner turns it into the row's outcome (SKIPPED, IN_DOUBT, ...). */
export type BeginSubmitResult =
  | { ok: true; row: RowState }
  | { ok: false; reason: BeginSubmitRefusal; message: string; row: RowState | undefined };

/** How reconciliation (§11.3 step 3–4) ended for a `started` or `in-doubt` row. */
export type InDoubtResolution =
  | { kind: "found"; orderId: string; submittedAt: string; orderStatus?: string }
  | { kind: "not-found"; message: string }
  | { kind: "ambiguous"; orderIds: readonly string[]; message: string }
  | { kind: "release"; message: string };

export type StateEventKind =
  | "confirmed"
  | "submit-started"
  | "submitted"
  | "rejected"
  | "failed"
  | "in-doubt"
  | "reconciled-not-found"
  | "reconciled-ambiguous"
  | "released"
  | "release-refused"
  | "order-status";

/** One line of a row's append-only history. */
export interface StateEvent {
  id: number;
  key: string;
  at: string;
  kind: StateEventKind;
  detail: Readonly<Record<string, unknown>>;
}

export const isAwaitingReconciliation = (row: RowState): boolean =>
  row.submit?.state === "started" || row.submit?.state === "in-doubt";
