// What the store remembers about each order bulkport placed, after the submit: its status as the API last
// reported it, the status history (CONTRACT.md §8.15), and the link to the order it replaced when a row whose
// order was rejected or cancelled is fixed and submitted again. Plain data, no request bodies.
import type { SourceRef } from "./row-state.js";

/** The confirmation's cost summary (CONTRACT.md §10: ONETIME and MONTHLY totals in the plan's currency). */
export interface OrderCosts {
  oneTime?: number;
  monthly?: number;
  currency?: string;
}

export interface TrackedOrder {
  orderId: string;
  /** The row the order was placed for (src/state/row-key.ts). */
  key: string;
  externalOrderNumber: string;
  serviceNumber?: string;
  /** The sheet and line of the row, as last confirmed. */
  source?: SourceRef;
  submittedAt: string;
  /** The order of the same row that this one replaces (it ended REJECTED or CANCELLED). */
  previousOrderId?: string;
  /** The later order of the same row that replaced this one; absent for the row's current order. */
  replacedBy?: string;
  /** The status last reported by the API (or by the submit's answer). */
  status?: string;
  /** When the order entered `status`: the history item's date, else the API's `updated`. */
  statusChangedAt?: string;
  /** The history comment that ended the order REJECTED or CANCELLED. */
  reason?: string;
  /** The API's `updated` when bulkport last saw the order in a listing or history. */
  seenUpdated?: string;
  /** History items recorded so far (CONTRACT.md §8.15 lists them oldest first). */
  historyCount: number;
  costs?: OrderCosts;
}

/** One item of an order's history as recorded; `seq` is its 0-based place in the API's list. */
export interface OrderHistoryEntry {
  orderId: string;
  seq: number;
  status: string;
  date: string;
  comment?: string;
  /** When bulkport recorded it (the status check that read it). */
  recordedAt: string;
}

/** What one status check learnt about one order. */
export interface OrderUpdate {
  /** The status in the listing (CONTRACT.md §8.14). */
  status: string;
  /** The listing's `updated`, when it had one. */
  updated?: string;
  /** The whole history, oldest first, when it was read (§8.15); it wins over the listing, being read later. */
  history?: readonly { status: string; date: string; comment?: string }[];
  /** When bulkport learnt it. */
  at: string;
}

/** One change of status not reported before. */
export interface StatusTransition {
  orderId: string;
  key: string;
  from?: string;
  to: string;
  /** When it happened, per the API. */
  at: string;
  comment?: string;
}

export interface OrderUpdateResult {
  order: TrackedOrder;
  /** Transitions recorded by this update, oldest first; empty when nothing new was learnt. */
  changes: StatusTransition[];
}

/** One status check (`bulkport status`, or the refresh at the start of a run). */
export interface StatusCheck {
  id: number;
  startedAt: string;
  finishedAt: string;
  /** The `dateTimeUpdated` sent; absent when no order was open and nothing was asked. */
  since?: string;
  /** The latest `updated` seen so far, carried over when this check could not read everything. */
  watermark?: string;
  listed: number;
  changed: number;
  failures: number;
}
