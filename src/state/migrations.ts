// The state file's schema, versioned with PRAGMA user_version. Migrations are forward-only: a file written by a
// newer bulkport is refused rather than guessed at, because a misread journal could lead to a second submit.
import type Database from "better-sqlite3";
import { ConfigError } from "../errors.js";

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

// There is deliberately no column for a request body or any of its fields: only fingerprints are kept, so no
// PIN or carrier account number can be written here (test/state/schema.test.ts checks the column names).
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "row state, row events, file metadata",
    sql: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE row_state (
        row_key TEXT PRIMARY KEY,
        external_order_number TEXT NOT NULL,
        request_fingerprint TEXT,
        source_file TEXT,
        source_line INTEGER,
        confirmed_at TEXT,
        confirmed_fingerprint TEXT,
        submit_state TEXT CHECK (submit_state IN ('started', 'submitted', 'rejected', 'failed', 'in-doubt', 'released')),
        submit_started_at TEXT,
        submit_fingerprint TEXT,
        submit_t0 TEXT,
        service_id TEXT,
        service_number TEXT,
        employee TEXT,
        submit_attempts INTEGER NOT NULL DEFAULT 0,
        releases INTEGER NOT NULL DEFAULT 0,
        outcome_code TEXT,
        outcome_message TEXT,
        outcome_at TEXT,
        order_id TEXT,
        submitted_at TEXT,
        order_status TEXT,
        order_status_updated TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX row_state_order_id ON row_state (order_id) WHERE order_id IS NOT NULL;
      CREATE INDEX row_state_submit_state ON row_state (submit_state);
      CREATE TABLE row_event (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        row_key TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;
      CREATE INDEX row_event_row_key ON row_event (row_key, id);
    `,
  },
  {
    version: 2,
    description:
      "orders as placed (linked when a fixed row is resubmitted), their status history, status checks, costs",
    // ADD COLUMN keeps every v1 row as it was. order_record is filled from the v1 rows that hold an order, so a
    // file written before this version tracks its orders too.
    sql: `
      ALTER TABLE row_state ADD COLUMN previous_order_id TEXT;
      ALTER TABLE row_state ADD COLUMN one_time_cost REAL;
      ALTER TABLE row_state ADD COLUMN monthly_cost REAL;
      ALTER TABLE row_state ADD COLUMN currency TEXT;
      CREATE TABLE order_record (
        order_id TEXT PRIMARY KEY,
        row_key TEXT NOT NULL,
        external_order_number TEXT NOT NULL,
        service_number TEXT,
        submit_fingerprint TEXT,
        submitted_at TEXT NOT NULL,
        previous_order_id TEXT,
        replaced_by TEXT,
        status TEXT,
        seen_updated TEXT,
        status_changed_at TEXT,
        reason TEXT,
        history_count INTEGER NOT NULL DEFAULT 0,
        one_time_cost REAL,
        monthly_cost REAL,
        currency TEXT
      ) STRICT;
      CREATE INDEX order_record_row_key ON order_record (row_key, submitted_at);
      CREATE TABLE order_history (
        order_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        status TEXT NOT NULL,
        date TEXT NOT NULL,
        comment TEXT,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (order_id, seq)
      ) STRICT;
      CREATE TABLE status_check (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        since TEXT,
        watermark TEXT,
        listed INTEGER NOT NULL,
        changed INTEGER NOT NULL,
        failures INTEGER NOT NULL
      ) STRICT;
      INSERT INTO order_record
        (order_id, row_key, external_order_number, service_number, submit_fingerprint, submitted_at, status,
         status_changed_at)
      SELECT order_id, row_key, external_order_number, service_number, submit_fingerprint,
        COALESCE(submitted_at, updated_at), order_status, order_status_updated
      FROM row_state WHERE order_id IS NOT NULL;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((latest, m) => Math.max(latest, m.version), 0);

const readVersion = (db: Database.Database): number => db.pragma("user_version", { simple: true }) as number;

/**
 * Brings the file to the latest schema in one IMMEDIATE transaction, so two processes opening a new file at the
 * same moment cannot both run a migration (the second waits on busy_timeout, then sees the new version).
 */
export const migrate = (db: Database.Database, file: string): void => {
  db.transaction(() => {
    const current = readVersion(db);
    if (current > LATEST_SCHEMA_VERSION) {
      throw new ConfigError(
        `The state file ${file} has schema version ${current}; this bulkport knows versions up to ${LATEST_SCHEMA_VERSION}. Use a newer bulkport.`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
};
