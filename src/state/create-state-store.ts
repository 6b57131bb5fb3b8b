// The store's operations over an open, migrated connection (src/state/open-state-store.ts opens it). Reads,
// confirmations and order statuses live here; the submit journal in create-submit-journal.ts; orders as placed,
// their history and status checks in create-order-tracker.ts.
import type Database from "better-sqlite3";
import { createOrderTracker, type OrderTracker } from "./create-order-tracker.js";
import { createSubmitJournal, type SubmitJournal } from "./create-submit-journal.js";
import { toRowState } from "./map-row-record.js";
import type { ConfirmedInput, RowState, StateEvent } from "./row-state.js";
import { createStoreContext } from "./store-context.js";

export interface StateStore extends SubmitJournal, OrderTracker {
  readonly file: string;
  getRow(key: string): RowState | undefined;
  /** The row's stored external order number, if any. The runner reuses it (CONTRACT.md §12: stable per row). */
  externalOrderNumberFor(key: string): string | undefined;
  /**
   * Records a successful confirm. The first call for a key stores its external order number for good; a later
   * call with a different one throws (a runner bug: reconciliation matches on that number, §11.3).
   */
  recordConfirmed(key: string, input: ConfirmedInput): RowState;
  /**
   * Runs several store writes as one fsynced commit (each keeps its own savepoint: one that throws is rolled back
   * alone). Group commit: one fsync for many rows' journal records, each still durable before its POST.
   */
  inOneCommit<T>(fn: () => T): T;
  /** Returns false when no row holds `orderId`. An `updated` older than the stored one changes nothing. */
  recordOrderStatus(orderId: string, status: string, updated: string): boolean;
  /** Rows with a submitted order, oldest submit first. */
  submittedRows(): RowState[];
  /** Every row, in sheet order (file, line). */
  listRows(): RowState[];
  /** The row's history, oldest first. */
  eventsFor(key: string): StateEvent[];
  close(): void;
}

export const createStateStore = (
  db: Database.Database,
  options: { file: string; tenant: string; now: () => Date },
): StateStore => {
  const ctx = createStoreContext(db, options);
  const { sql } = ctx;

  return {
    ...createSubmitJournal(ctx),
    ...createOrderTracker(ctx),
    file: options.file,
    getRow: (key) => ctx.read(key),
    inOneCommit: (fn) => ctx.inTransaction(fn),
    externalOrderNumberFor: (key) => ctx.read(key)?.externalOrderNumber,

    recordConfirmed: (key, input) =>
      ctx.inLightTransaction(() => {
        ctx.checkKey(key);
        const at = ctx.now().toISOString();
        const existing = ctx.read(key);
        if (existing === undefined) sql.insertRow(key, input.externalOrderNumber, at);
        else if (existing.externalOrderNumber !== input.externalOrderNumber) {
          throw new Error(
            `recordConfirmed(${key}): the row's external order number is ${existing.externalOrderNumber}, not ${input.externalOrderNumber}`,
          );
        }
        const { file, line } = input.source;
        const fields = {
          request_fingerprint: input.fingerprint,
          source_file: file,
          source_line: line,
          confirmed_at: at,
          confirmed_fingerprint: input.fingerprint,
          ...(input.costs === undefined
            ? {}
            : {
                one_time_cost: input.costs.oneTime ?? null,
                monthly_cost: input.costs.monthly ?? null,
                currency: input.costs.currency ?? null,
              }),
        };
        const detail = {
          externalOrderNumber: input.externalOrderNumber,
          fingerprint: input.fingerprint,
          file,
          line,
        };
        return ctx.change(key, at, fields, "confirmed", detail);
      }),

    recordOrderStatus: (orderId, status, updated) =>
      ctx.inLightTransaction(() => {
        const record = sql.getRecordByOrderId(orderId);
        if (record === undefined) return false;
        const stored = record.order_status_updated;
        if (stored !== null && Date.parse(updated) < Date.parse(stored)) return true;
        const at = ctx.now().toISOString();
        const fields = { order_status: status, order_status_updated: updated };
        // Only a change of status is history worth keeping; a newer `updated` alone just moves the watermark.
        if (record.order_status === status) sql.updateRow(record.row_key, { ...fields, updated_at: at });
        else {
          const detail = { orderId, status, updated, previous: record.order_status };
          ctx.change(record.row_key, at, fields, "order-status", detail);
        }
        return true;
      }),

    submittedRows: () => sql.recordsInStates(["submitted"]).map(toRowState),
    listRows: () => sql.allRecords().map(toRowState),
    eventsFor: (key) => sql.events(key),
    close: () => db.close(),
  };
};
