// Per-call outcomes as data (STYLE.md rule 2). Row-scoped and shared calls return these; whole-run failures
// throw ApiError instead (CONTRACT.md §5 "what each status means").
import type { Order, OrderConfirmation, ValidationItem } from "./wire-types.js";

/** A row or shared failure: the row (or every row depending on it) fails with this message. */
export interface CallFailure {
  kind: "failed";
  message: string;
  status?: number;
  /** The flat error's `errorCode`, or the gateway's `error`, when the body had one. */
  errorCode?: string;
}

export type LookupResult<T> = { kind: "ok"; value: T } | CallFailure;

/** The API validated the order and said no: every item, as sent (§5 rule 1, or a flat 400 as one item). */
export interface Rejection {
  kind: "rejected";
  items: ValidationItem[];
  status: number;
}

export type ConfirmResult = { kind: "ok"; confirmation: OrderConfirmation } | Rejection | CallFailure;

/** `in-doubt`: the submit may have created an order; reconcile before anything else (§11.3). */
export type SubmitResult =
  | { kind: "ok"; order: Order }
  | Rejection
  | CallFailure
  | { kind: "in-doubt"; message: string; status?: number };

/** The per-call option for row calls: X-TNGO-CONTEXT-COMPANYEMPLOYEEID (D13). Blank means none. */
export interface CallOptions {
  employee?: string | undefined;
}
