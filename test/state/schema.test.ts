import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from "../../src/state/migrations.js";
import { openTestStore, removeTempDirs, tempStateFile } from "./store-fixtures.js";

afterAll(removeTempDirs);

const columns = (db: Database.Database, table: string): string[] =>
  db
    .prepare<[string], { name: string }>("SELECT name FROM pragma_table_info(?) ORDER BY cid")
    .all(table)
    .map((c) => c.name);

describe("the state file's schema", () => {
  const file = tempStateFile();
  openTestStore(file).close();
  const db = new Database(file, { readonly: true });
  afterAll(() => db.close());

  it("has exactly these tables and columns, none of which can hold a PIN or a request body", () => {
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all()
      .map((t) => t.name);
    const schema = Object.fromEntries(tables.map((table) => [table, columns(db, table)]));
    expect(schema).toEqual({
      meta: ["key", "value"],
      row_event: ["id", "row_key", "at", "kind", "detail"],
      row_state: [
        "row_key",
        "external_order_number",
        "request_fingerprint",
        "source_file",
        "source_line",
        "confirmed_at",
        "confirmed_fingerprint",
        "submit_state",
        "submit_started_at",
        "submit_fingerprint",
        "submit_t0",
        "service_id",
        "service_number",
        "employee",
        "submit_attempts",
        "releases",
        "outcome_code",
        "outcome_message",
        "outcome_at",
        "order_id",
        "submitted_at",
        "order_status",
        "order_status_updated",
        "updated_at",
        "previous_order_id",
        "one_time_cost",
        "monthly_cost",
        "currency",
      ],
      order_record: [
        "order_id",
        "row_key",
        "external_order_number",
        "service_number",
        "submit_fingerprint",
        "submitted_at",
        "previous_order_id",
        "replaced_by",
        "status",
        "seen_updated",
        "status_changed_at",
        "reason",
        "history_count",
        "one_time_cost",
        "monthly_cost",
        "currency",
      ],
      order_history: ["order_id", "seq", "status", "date", "comment", "recorded_at"],
      status_check: [
        "id",
        "started_at",
        "finished_at",
        "since",
        "watermark",
        "listed",
        "changed",
        "failures",
      ],
    });
    const all = Object.values(schema).flat().join(" ");
    expect(all).not.toMatch(/pin|password|account|body|request_json|properties/i);
  });

  it("rejects a submit state outside the journal's states", () => {
    const writable = new Database(file);
    expect(() =>
      writable
        .prepare(
          "INSERT INTO row_state (row_key, external_order_number, updated_at, submit_state) VALUES ('k', 'e', 't', 'SUBMITTING')",
        )
        .run(),
    ).toThrow("CHECK constraint failed");
    writable.close();
  });

  it("numbers migrations 1, 2, ... without gaps", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1),
    );
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});
