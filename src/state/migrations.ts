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
