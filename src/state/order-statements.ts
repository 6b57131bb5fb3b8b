// The SQL of the order tables (schema version 2, src/state/migrations.ts), prepared once per connection, and the
// mapping from their records to plain data (absent instead of null).
import type Database from "better-sqlite3";
import type { OrderHistoryEntry, StatusCheck, TrackedOrder } from "./tracked-order.js";

export interface OrderRecord {
  order_id: string;
  row_key: string;
  external_order_number: string;
  service_number: string | null;
  submit_fingerprint: string | null;
  submitted_at: string;
  previous_order_id: string | null;
  replaced_by: string | null;
  status: string | null;
  seen_updated: string | null;
  status_changed_at: string | null;
  reason: string | null;
  history_count: number;
  one_time_cost: number | null;
  monthly_cost: number | null;
  currency: string | null;
}

/** An order joined with its row's source (sheet and line). */
type JoinedRecord = OrderRecord & { source_file: string | null; source_line: number | null };

export type NewOrderRecord = Omit<OrderRecord, "replaced_by" | "seen_updated" | "reason" | "history_count">;

export type OrderFields = Partial<
  Pick<OrderRecord, "status" | "seen_updated" | "status_changed_at" | "reason" | "history_count">
>;

interface HistoryRecord {
  order_id: string;
  seq: number;
  status: string;
  date: string;
  comment: string | null;
  recorded_at: string;
}

interface CheckRecord {
  id: number;
  started_at: string;
  finished_at: string;
  since: string | null;
  watermark: string | null;
  listed: number;
  changed: number;
  failures: number;
}

export interface OrderStatements {
  getOrder(orderId: string): TrackedOrder | undefined;
  /** Every order in sheet order (file, line), then oldest first. */
  allOrders(): TrackedOrder[];
  ordersOfRow(key: string): TrackedOrder[];
  insertOrder(order: NewOrderRecord): void;
  setReplacedBy(orderId: string, replacedBy: string): void;
  updateOrder(orderId: string, fields: OrderFields): void;
  insertHistory(entry: OrderHistoryEntry): void;
  history(orderId: string): OrderHistoryEntry[];
  allHistory(): OrderHistoryEntry[];
  insertCheck(check: Omit<StatusCheck, "id">): number;
  lastCheck(): StatusCheck | undefined;
}

const JOINED = `SELECT o.*, r.source_file, r.source_line FROM order_record o
  LEFT JOIN row_state r ON r.row_key = o.row_key`;

const toTrackedOrder = (r: JoinedRecord): TrackedOrder => {
  const costs = {
    ...(r.one_time_cost === null ? {} : { oneTime: r.one_time_cost }),
    ...(r.monthly_cost === null ? {} : { monthly: r.monthly_cost }),
    ...(r.currency === null ? {} : { currency: r.currency }),
  };
  return {
    orderId: r.order_id,
    key: r.row_key,
    externalOrderNumber: r.external_order_number,
    ...(r.service_number === null ? {} : { serviceNumber: r.service_number }),
    ...(r.source_file === null ? {} : { source: { file: r.source_file, line: r.source_line ?? 0 } }),
    submittedAt: r.submitted_at,
    ...(r.previous_order_id === null ? {} : { previousOrderId: r.previous_order_id }),
    ...(r.replaced_by === null ? {} : { replacedBy: r.replaced_by }),
    ...(r.status === null ? {} : { status: r.status }),
    ...(r.status_changed_at === null ? {} : { statusChangedAt: r.status_changed_at }),
    ...(r.reason === null ? {} : { reason: r.reason }),
    ...(r.seen_updated === null ? {} : { seenUpdated: r.seen_updated }),
    historyCount: r.history_count,
    ...(Object.keys(costs).length === 0 ? {} : { costs }),
  };
};

const toHistoryEntry = (h: HistoryRecord): OrderHistoryEntry => ({
  orderId: h.order_id,
  seq: h.seq,
  status: h.status,
  date: h.date,
  ...(h.comment === null ? {} : { comment: h.comment }),
  recordedAt: h.recorded_at,
});

const toCheck = (c: CheckRecord): StatusCheck => ({
  id: c.id,
  startedAt: c.started_at,
  finishedAt: c.finished_at,
  ...(c.since === null ? {} : { since: c.since }),
  ...(c.watermark === null ? {} : { watermark: c.watermark }),
  listed: c.listed,
  changed: c.changed,
  failures: c.failures,
});

export const prepareOrderStatements = (db: Database.Database): OrderStatements => {
  const get = db.prepare<[string], JoinedRecord>(`${JOINED} WHERE o.order_id = ?`);
  const all = db.prepare<[], JoinedRecord>(
    `${JOINED} ORDER BY r.source_file, r.source_line, o.row_key, o.submitted_at, o.order_id`,
  );
  const ofRow = db.prepare<[string], JoinedRecord>(
    `${JOINED} WHERE o.row_key = ? ORDER BY o.submitted_at, o.order_id`,
  );
  // A second answer for one order (reconciliation finding what a submit created) must not fail the journal.
  const insert = db.prepare<[NewOrderRecord]>(
    `INSERT INTO order_record (order_id, row_key, external_order_number, service_number, submit_fingerprint,
       submitted_at, previous_order_id, status, status_changed_at, one_time_cost, monthly_cost, currency)
     VALUES (@order_id, @row_key, @external_order_number, @service_number, @submit_fingerprint, @submitted_at,
       @previous_order_id, @status, @status_changed_at, @one_time_cost, @monthly_cost, @currency)
     ON CONFLICT (order_id) DO NOTHING`,
  );
  const replaced = db.prepare<[string, string]>("UPDATE order_record SET replaced_by = ? WHERE order_id = ?");
  const update = db.prepare<[Required<OrderFields> & { order_id: string }]>(
    `UPDATE order_record SET status = @status, seen_updated = @seen_updated,
       status_changed_at = @status_changed_at, reason = @reason, history_count = @history_count
     WHERE order_id = @order_id`,
  );
  const insertHistory = db.prepare<[HistoryRecord]>(
    `INSERT OR IGNORE INTO order_history (order_id, seq, status, date, comment, recorded_at)
     VALUES (@order_id, @seq, @status, @date, @comment, @recorded_at)`,
  );
  const history = db.prepare<[string], HistoryRecord>(
    "SELECT * FROM order_history WHERE order_id = ? ORDER BY seq",
  );
  const allHistory = db.prepare<[], HistoryRecord>(
    "SELECT * FROM order_history ORDER BY date, order_id, seq",
  );
  const insertCheck = db.prepare<[Omit<CheckRecord, "id">]>(
    `INSERT INTO status_check (started_at, finished_at, since, watermark, listed, changed, failures)
     VALUES (@started_at, @finished_at, @since, @watermark, @listed, @changed, @failures)`,
  );
  const lastCheck = db.prepare<[], CheckRecord>("SELECT * FROM status_check ORDER BY id DESC LIMIT 1");

  const read = (orderId: string): TrackedOrder | undefined => {
    const record = get.get(orderId);
    return record === undefined ? undefined : toTrackedOrder(record);
  };

  return {
    getOrder: read,
    allOrders: () => all.all().map(toTrackedOrder),
    ordersOfRow: (key) => ofRow.all(key).map(toTrackedOrder),
    insertOrder: (order) => void insert.run(order),
    setReplacedBy: (orderId, replacedBy) => void replaced.run(replacedBy, orderId),
    updateOrder: (orderId, fields) => {
      const current = get.get(orderId);
      if (current === undefined) throw new Error(`updateOrder(${orderId}): no such order`);
      const { status, seen_updated, status_changed_at, reason, history_count } = { ...current, ...fields };
      update.run({ order_id: orderId, status, seen_updated, status_changed_at, reason, history_count });
    },
    insertHistory: (e) =>
      void insertHistory.run({
        order_id: e.orderId,
        seq: e.seq,
        status: e.status,
        date: e.date,
        comment: e.comment ?? null,
        recorded_at: e.recordedAt,
      }),
    history: (orderId) => history.all(orderId).map(toHistoryEntry),
    allHistory: () => allHistory.all().map(toHistoryEntry),
    insertCheck: (c) =>
      Number(
        insertCheck.run({
          started_at: c.startedAt,
          finished_at: c.finishedAt,
          since: c.since ?? null,
          watermark: c.watermark ?? null,
          listed: c.listed,
          changed: c.changed,
          failures: c.failures,
        }).lastInsertRowid,
      ),
    lastCheck: () => {
      const record = lastCheck.get();
      return record === undefined ? undefined : toCheck(record);
    },
  };
};
