// Light transactions (confirmations, order statuses) skip the fsync; the submit journal never does.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../src/state/migrations.js";
import { configureConnection } from "../../src/state/open-state-store.js";
import { createStoreContext } from "../../src/state/store-context.js";

const FULL = 2;
const NORMAL = 1;
let dir: string | undefined;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

function openContext() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulkport-context-"));
  const db = new Database(path.join(dir, "state.sqlite"));
  configureConnection(db, 1000);
  migrate(db, "state.sqlite");
  return { db, ctx: createStoreContext(db, { tenant: "ACME", now: () => new Date() }) };
}

describe("createStoreContext", () => {
  it("commits a light transaction with synchronous NORMAL, then restores FULL for the journal", () => {
    const { db, ctx } = openContext();
    const seen = ctx.inLightTransaction(() => db.pragma("synchronous", { simple: true }));
    expect(seen).toBe(NORMAL);
    expect(db.pragma("synchronous", { simple: true })).toBe(FULL);
    expect(ctx.inTransaction(() => db.pragma("synchronous", { simple: true }))).toBe(FULL);
    db.close();
  });

  it("restores FULL even when the light transaction throws", () => {
    const { db, ctx } = openContext();
    expect(() =>
      ctx.inLightTransaction(() => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(db.pragma("synchronous", { simple: true })).toBe(FULL);
    db.close();
  });
});
