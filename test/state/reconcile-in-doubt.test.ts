import { afterAll, describe, expect, it } from "vitest";
import {
  CONFIRMED,
  createClock,
  KEY,
  OTHER_KEY,
  removeTempDirs,
  STARTED_SUBMIT as started,
  startedStore,
  SUBMIT,
  T,
} from "./store-fixtures.js";

afterAll(removeTempDirs);

const MINUTE = 60_000;

describe("reconciliation", () => {
  it("lists started and in-doubt rows, oldest submit first", () => {
    const clock = createClock();
    const store = startedStore(clock);
    clock.advance(MINUTE);
    store.recordConfirmed(OTHER_KEY, { ...CONFIRMED, externalOrderNumber: "BP-OTHER" });
    store.beginSubmit(OTHER_KEY, { ...SUBMIT, externalOrderNumber: "BP-OTHER" });
    store.recordInDoubt(KEY, { message: "connection reset" });
    expect(store.rowsNeedingReconciliation().map((r) => [r.key, r.submit?.state])).toEqual([
      [KEY, "in-doubt"],
      [OTHER_KEY, "started"],
    ]);
    store.close();
  });

  it("turns a found order into a submitted row", () => {
    const store = startedStore();
    store.recordInDoubt(KEY, { message: "504" });
    const row = store.resolveInDoubt(KEY, {
      kind: "found",
      orderId: "1003",
      submittedAt: "2025-03-01T10:00:03Z",
    });
    expect(row.submit).toEqual({
      ...started,
      state: "submitted",
      orderId: "1003",
      submittedAt: "2025-03-01T10:00:03Z",
    });
    expect(store.eventsFor(KEY).at(-1)?.detail).toEqual({
      orderId: "1003",
      submittedAt: "2025-03-01T10:00:03Z",
      orderStatus: null,
      from: "in-doubt",
      via: "reconciliation",
    });
    store.close();
  });

  it.each([
    [{ kind: "not-found", message: "no order matched after 3 tries" } as const, "reconciled-not-found", {}],
    [
      { kind: "ambiguous", orderIds: ["1003", "1005"], message: "orders 1003, 1005 match" } as const,
      "reconciled-ambiguous",
      { code: "MULTIPLE_ORDERS" },
    ],
  ])("keeps the row in doubt when reconciliation ends %j", (resolution, kind, code) => {
    const store = startedStore();
    const row = store.resolveInDoubt(KEY, resolution);
    expect(row.submit).toEqual({
      ...started,
      state: "in-doubt",
      message: resolution.message,
      at: T,
      ...code,
    });
    expect(store.eventsFor(KEY).at(-1)).toMatchObject({ kind });
    expect(store.beginSubmit(KEY, SUBMIT)).toMatchObject({ ok: false, reason: "in-doubt" });
    store.close();
  });

  it("releases an in-doubt row for one resubmission only (CONTRACT.md §11.3 step 4)", () => {
    const store = startedStore();
    store.recordInDoubt(KEY, { message: "504" });
    const released = store.resolveInDoubt(KEY, { kind: "release", message: "--resubmit-in-doubt" });
    expect([released.submit?.state, released.releases]).toEqual(["released", 1]);
    expect(store.beginSubmit(KEY, SUBMIT).ok).toBe(true);
    store.recordInDoubt(KEY, { message: "504 again" });
    const refused = store.resolveInDoubt(KEY, { kind: "release", message: "--resubmit-in-doubt" });
    expect(refused.submit).toMatchObject({
      state: "in-doubt",
      message:
        "an in-doubt submit of this row was already resubmitted once (CONTRACT.md §11.3 step 4); --resubmit-in-doubt",
    });
    expect(store.beginSubmit(KEY, SUBMIT)).toMatchObject({ ok: false, reason: "in-doubt" });
    store.close();
  });

  it("never releases a row that several orders matched", () => {
    const store = startedStore();
    store.resolveInDoubt(KEY, { kind: "ambiguous", orderIds: ["1003", "1005"], message: "two orders" });
    const row = store.resolveInDoubt(KEY, { kind: "release", message: "--resubmit-in-doubt" });
    expect([row.submit?.state, row.releases]).toEqual(["in-doubt", 0]);
    expect(store.eventsFor(KEY).map((e) => e.kind)).toEqual([
      "confirmed",
      "submit-started",
      "reconciled-ambiguous",
      "release-refused",
    ]);
    store.close();
  });
});
