// The SQL of the store, prepared once per connection. Column names in dynamic UPDATEs come only from RowRecord's
// keys (typed), never from data, so the generated SQL cannot be injected into.
import type Database from "better-sqlite3";
import type { RowRecord } from "./map-row-record.js";
import type { StateEvent, StateEventKind, SubmitState } from "./row-state.js";

export type RowFields = Partial<Omit<RowRecord, "row_key">>;

interface EventRecord {
  id: number;
  row_key: string;
  at: string;
  kind: StateEventKind;
  detail: string;
}

export interface StateStatements {
  getRecord(key: string): RowRecord | undefined;
  getRecordByOrderId(orderId: string): RowRecord | undefined;
  recordsInStates(states: readonly SubmitState[]): RowRecord[];
  allRecords(): RowRecord[];
  insertRow(key: string, externalOrderNumber: string, at: string): void;
  updateRow(key: string, fields: RowFields): void;
  appendEvent(key: string, at: string, kind: StateEventKind, detail: Record<string, unknown>): void;
  hasEvent(key: string, kind: StateEventKind): boolean;
  events(key: string): StateEvent[];
}

export const prepareStatements = (db: Database.Database): StateStatements => {
  const getRecord = db.prepare<[string], RowRecord>("SELECT * FROM row_state WHERE row_key = ?");
  const getByOrderId = db.prepare<[string], RowRecord>("SELECT * FROM row_state WHERE order_id = ?");
  // json_each keeps one statement for any set of states; submit_started_at orders rows as they were submitted.
  const inStates = db.prepare<[string], RowRecord>(
    `SELECT * FROM row_state WHERE submit_state IN (SELECT value FROM json_each(?))
     ORDER BY submit_started_at, row_key`,
  );
  const all = db.prepare<[], RowRecord>("SELECT * FROM row_state ORDER BY source_file, source_line, row_key");
  const insert = db.prepare<[string, string, string]>(
    "INSERT INTO row_state (row_key, external_order_number, updated_at) VALUES (?, ?, ?)",
  );
  const append = db.prepare<[string, string, string, string]>(
    "INSERT INTO row_event (row_key, at, kind, detail) VALUES (?, ?, ?, ?)",
  );
  const hasEvent = db.prepare<[string, string], number>(
    "SELECT 1 FROM row_event WHERE row_key = ? AND kind = ? LIMIT 1",
  );
  const events = db.prepare<[string], EventRecord>("SELECT * FROM row_event WHERE row_key = ? ORDER BY id");
  const updates = new Map<string, Database.Statement<[Record<string, unknown>]>>();

  return {
    getRecord: (key) => getRecord.get(key),
    getRecordByOrderId: (orderId) => getByOrderId.get(orderId),
    recordsInStates: (states) => inStates.all(JSON.stringify(states)),
    allRecords: () => all.all(),
    insertRow: (key, externalOrderNumber, at) => void insert.run(key, externalOrderNumber, at),
    updateRow: (key, fields) => {
      const columns = Object.keys(fields).sort();
      const sql = `UPDATE row_state SET ${columns.map((c) => `${c} = @${c}`).join(", ")} WHERE row_key = @row_key`;
      let statement = updates.get(sql);
      if (statement === undefined) {
        statement = db.prepare<[Record<string, unknown>]>(sql);
        updates.set(sql, statement);
      }
      statement.run({ ...fields, row_key: key });
    },
    appendEvent: (key, at, kind, detail) => void append.run(key, at, kind, JSON.stringify(detail)),
    hasEvent: (key, kind) => hasEvent.get(key, kind) !== undefined,
    events: (key) =>
      events.all(key).map((e) => ({
        id: e.id,
        key: e.row_key,
        at: e.at,
        kind: e.kind,
        detail: JSON.parse(e.detail) as Record<string, unknown>,
      })),
  };
};
