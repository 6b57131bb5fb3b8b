// What every store operation shares: the prepared statements, the clock, the tenant check, and `change`, the
// one way a row's state moves (update row_state and append to row_event, inside the caller's transaction).
import type Database from "better-sqlite3";
import { toRowState } from "./map-row-record.js";
import { prepareOrderStatements, type OrderStatements } from "./order-statements.js";
import type { RowState, StateEventKind } from "./row-state.js";
import { prepareStatements, type RowFields, type StateStatements } from "./state-statements.js";

export interface StoreContext {
  sql: StateStatements;
  /** The order tables (schema version 2): orders as placed, their history, status checks. */
  orders: OrderStatements;
  now: () => Date;
  /**
   * Runs `fn` in an IMMEDIATE transaction: the write lock is taken first, so reads inside it stay true. The commit
   * is fsynced (synchronous FULL): the submit journal uses this.
   */
  inTransaction: <T>(fn: () => T) => T;
  /**
   * The same, committed with synchronous NORMAL: it survives a crash of the process, and a power cut may lose it.
   * For records whose loss only costs a repeated call (a confirmation, an order status), never for the submit
   * journal. It saves one fsync per row, which blocks the event loop (~2 ms each).
   */
  inLightTransaction: <T>(fn: () => T) => T;
  /** Throws unless `key` belongs to the store's tenant (a runner bug, not a row outcome). */
  checkKey: (key: string) => void;
  read: (key: string) => RowState | undefined;
  change: (key: string, at: string, fields: RowFields, kind: StateEventKind, detail: object) => RowState;
}

export const createStoreContext = (
  db: Database.Database,
  options: { tenant: string; now: () => Date },
): StoreContext => {
  const sql = prepareStatements(db);
  const prefix = `${options.tenant}:`;
  const read = (key: string): RowState | undefined => {
    const record = sql.getRecord(key);
    return record === undefined ? undefined : toRowState(record);
  };
  return {
    sql,
    orders: prepareOrderStatements(db),
    now: options.now,
    inTransaction: (fn) => db.transaction(fn).immediate(),
    inLightTransaction: (fn) => {
      db.pragma("synchronous = NORMAL");
      try {
        return db.transaction(fn).immediate();
      } finally {
        db.pragma("synchronous = FULL");
      }
    },
    checkKey: (key) => {
      if (!key.startsWith(prefix))
        throw new Error(`Row key ${key} does not belong to tenant ${options.tenant}`);
    },
    read,
    change: (key, at, fields, kind, detail) => {
      sql.updateRow(key, { ...fields, updated_at: at });
      sql.appendEvent(key, at, kind, { ...detail });
      const row = read(key);
      if (row === undefined) throw new Error(`Row ${key} vanished inside its own transaction`);
      return row;
    },
  };
};
