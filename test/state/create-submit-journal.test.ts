import { afterAll, describe, expect, it } from "vitest";
import {
  CONFIRMED,
  createClock,
  KEY,
  openTestStore,
  OTHER_KEY,
  removeTempDirs,
  STARTED_SUBMIT as started,
  startedStore,
  SUBMIT,
  T,
} from "./store-fixtures.js";

afterAll(removeTempDirs);

const MINUTE = 60_000;

describe("beginSubmit", () => {
  it("journals the submit with t0 = start - 5 min and counts the attempt", () => {
    const store = startedStore();
    expect(store.getRow(KEY)).toMatchObject({ submit: { ...started, state: "started" }, submitAttempts: 1 });
    expect(store.eventsFor(KEY).map((e) => [e.kind, e.detail])).toEqual([
      ["confirmed", { externalOrderNumber: "BP-7Q2K", fingerprint: "fp-1", file: "march.csv", line: 2 }],
      ["submit-started", { ...SUBMIT, employee: null, t0: "2025-03-01T09:55:00.000Z", attempt: 1 }],
    ]);
    store.close();
  });

  it("keeps the context employee of the submit for reconciliation", () => {
    const store = openTestStore();
    store.recordConfirmed(KEY, CONFIRMED);
    const begun = store.beginSubmit(KEY, { ...SUBMIT, employee: "28673732" });
    expect(begun.ok && begun.row.submit).toEqual({ ...started, employee: "28673732", state: "started" });
    store.close();
  });

  it.each([
    ["while started", () => undefined, "submit-in-progress"],
    [
      "after submitted",
      (s: ReturnType<typeof startedStore>) => s.recordSubmitted(KEY, { orderId: "1001", submittedAt: T }),
      "already-submitted",
    ],
    [
      "while in doubt",
      (s: ReturnType<typeof startedStore>) => s.recordInDoubt(KEY, { message: "504" }),
      "in-doubt",
    ],
  ] as const)("refuses a second submit %s, and changes nothing", (_name, setup, reason) => {
    const store = startedStore();
    setup(store);
    const before = [store.getRow(KEY), store.eventsFor(KEY)];
    const refused = store.beginSubmit(KEY, SUBMIT);
    expect(refused).toMatchObject({ ok: false, reason, row: before[0] });
    expect([store.getRow(KEY), store.eventsFor(KEY)]).toEqual(before);
    store.close();
  });

  it("refuses a row that was never confirmed", () => {
    const store = openTestStore();
    expect(store.beginSubmit(OTHER_KEY, SUBMIT)).toEqual({
      ok: false,
      reason: "not-confirmed",
      message: "the row has no recorded confirmation",
      row: undefined,
    });
    expect(store.getRow(OTHER_KEY)).toBeUndefined();
    store.close();
  });

  it.each([
    ["rejected", "recordRejected"],
    ["failed", "recordFailed"],
  ] as const)("allows a new submit after %s, clearing the old outcome", (state, record) => {
    const clock = createClock();
    const store = startedStore(clock);
    store[record](KEY, { code: "400-Plan-Id-error", message: "Plan 6568886494 does not exist" });
    expect(store.getRow(KEY)?.submit).toEqual({
      ...started,
      state,
      code: "400-Plan-Id-error",
      message: "Plan 6568886494 does not exist",
      at: T,
    });
    clock.advance(MINUTE);
    store.recordConfirmed(KEY, { ...CONFIRMED, fingerprint: "fp-2" });
    const again = store.beginSubmit(KEY, { ...SUBMIT, fingerprint: "fp-2" });
    expect(again.ok && again.row).toMatchObject({
      fingerprint: "fp-2",
      submitAttempts: 2,
      submit: { state: "started", startedAt: "2025-03-01T10:01:00.000Z", t0: "2025-03-01T09:56:00.000Z" },
    });
    store.close();
  });
});

describe("outcomes", () => {
  it("records a submitted order with its status, and lists it", () => {
    const store = startedStore();
    const row = store.recordSubmitted(KEY, {
      orderId: "1001",
      orderStatus: "ORDER_SUBMITTED",
      submittedAt: "2025-03-01T10:00:02Z",
    });
    expect(row).toMatchObject({
      orderId: "1001",
      orderStatus: { status: "ORDER_SUBMITTED", updated: "2025-03-01T10:00:02Z" },
      submit: { ...started, state: "submitted", orderId: "1001", submittedAt: "2025-03-01T10:00:02Z" },
    });
    expect(store.submittedRows()).toEqual([row]);
    expect(store.rowsNeedingReconciliation()).toEqual([]);
    store.close();
  });

  it("throws on an outcome for a row that has no open submit (a runner bug)", () => {
    const store = startedStore();
    store.recordSubmitted(KEY, { orderId: "1001", submittedAt: T });
    expect(() => store.recordFailed(KEY, { code: "X", message: "x" })).toThrow(
      `recordFailed(${KEY}) is not allowed: the row's submit state is submitted, expected started`,
    );
    store.close();
  });

  it("never lets one order id belong to two rows", () => {
    const store = startedStore();
    store.recordSubmitted(KEY, { orderId: "1001", submittedAt: T });
    store.recordConfirmed(OTHER_KEY, { ...CONFIRMED, externalOrderNumber: "BP-OTHER" });
    store.beginSubmit(OTHER_KEY, { ...SUBMIT, externalOrderNumber: "BP-OTHER", serviceNumber: "5123440001" });
    expect(() => store.recordSubmitted(OTHER_KEY, { orderId: "1001", submittedAt: T })).toThrow(
      "UNIQUE constraint failed: row_state.order_id",
    );
    expect(store.getRow(OTHER_KEY)?.submit?.state).toBe("started");
    store.close();
  });
});
