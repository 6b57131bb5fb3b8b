// The state store's order tracking (schema version 2): every order placed with its costs, status history
// recorded once, the row's order status kept in step, and a rejected row that changed placing a new order
// linked to the old one, while an unchanged one cannot.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/state/migrations.js";
import { openStateStore, type StateStore } from "../../src/state/open-state-store.js";
import {
  CONFIRMED,
  createClock,
  KEY,
  openTestStore,
  removeTempDirs,
  SUBMIT,
  T,
  tempStateFile,
} from "../state/store-fixtures.js";

afterAll(removeTempDirs);

const COSTS = { oneTime: 199.99, monthly: 141.68, currency: "USD" };
const item = (status: string, date: string, comment?: string) => ({
  status,
  date,
  ...(comment === undefined ? {} : { comment }),
});
const SUBMITTED_ITEM = item("ORDER_SUBMITTED", "2025-03-01T10:00:00Z", "Order submitted.");
const IN_PROGRESS_ITEM = item(
  "IN_PROGRESS",
  "2025-03-02T09:00:00Z",
  "Port request sent to Verizon Wireless.",
);
const REJECTED_ITEM = item("REJECTED", "2025-03-03T09:00:00Z", "Carrier rejected the port: PIN incorrect");

/** A store whose row KEY has order 1000 (ORDER_SUBMITTED), confirmed with COSTS. */
const submittedStore = (): StateStore => {
  const store = openTestStore(undefined, createClock());
  store.recordConfirmed(KEY, { ...CONFIRMED, costs: COSTS });
  if (!store.beginSubmit(KEY, SUBMIT).ok) throw new Error("fixture: beginSubmit refused");
  store.recordSubmitted(KEY, { orderId: "1000", orderStatus: "ORDER_SUBMITTED", submittedAt: T });
  return store;
};

const rejectedStore = (): StateStore => {
  const store = submittedStore();
  store.recordOrderUpdate("1000", {
    status: "REJECTED",
    updated: REJECTED_ITEM.date,
    history: [SUBMITTED_ITEM, IN_PROGRESS_ITEM, REJECTED_ITEM],
    at: T,
  });
  return store;
};

describe("the order tracker", () => {
  it("records each order placed with the row's source and the confirmation's costs", () => {
    const store = submittedStore();
    expect(store.trackedOrders()).toEqual([
      {
        orderId: "1000",
        key: KEY,
        externalOrderNumber: "BP-7Q2K",
        serviceNumber: "5123440000",
        source: { file: "march.csv", line: 2 },
        submittedAt: T,
        status: "ORDER_SUBMITTED",
        statusChangedAt: T,
        historyCount: 0,
        costs: COSTS,
      },
    ]);
    expect(store.getRow(KEY)?.costs).toEqual(COSTS);
    store.close();
  });

  it("records history items once and reports each transition once", () => {
    const store = submittedStore();
    const first = store.recordOrderUpdate("1000", {
      status: "IN_PROGRESS",
      updated: IN_PROGRESS_ITEM.date,
      history: [SUBMITTED_ITEM, IN_PROGRESS_ITEM],
      at: T,
    });
    expect(first?.changes).toEqual([
      {
        orderId: "1000",
        key: KEY,
        from: "ORDER_SUBMITTED",
        to: "IN_PROGRESS",
        at: IN_PROGRESS_ITEM.date,
        comment: IN_PROGRESS_ITEM.comment,
      },
    ]);
    const again = store.recordOrderUpdate("1000", {
      status: "IN_PROGRESS",
      updated: IN_PROGRESS_ITEM.date,
      history: [SUBMITTED_ITEM, IN_PROGRESS_ITEM],
      at: T,
    });
    expect(again?.changes).toEqual([]);
    expect(store.orderHistory("1000").map((h) => [h.seq, h.status])).toEqual([
      [0, "ORDER_SUBMITTED"],
      [1, "IN_PROGRESS"],
    ]);
    expect(store.getRow(KEY)?.orderStatus).toEqual({ status: "IN_PROGRESS", updated: IN_PROGRESS_ITEM.date });
    expect(store.eventsFor(KEY).filter((e) => e.kind === "order-status")).toHaveLength(1);
    store.close();
  });

  it("keeps the reason of a rejection and counts the order as no longer open", () => {
    const store = rejectedStore();
    expect(store.getOrder("1000")).toMatchObject({
      status: "REJECTED",
      statusChangedAt: REJECTED_ITEM.date,
      reason: "Carrier rejected the port: PIN incorrect",
      seenUpdated: REJECTED_ITEM.date,
      historyCount: 3,
    });
    expect(store.openOrders()).toEqual([]);
    store.close();
  });

  it("ignores an answer older than one already seen", () => {
    const store = rejectedStore();
    const stale = store.recordOrderUpdate("1000", {
      status: "IN_PROGRESS",
      updated: IN_PROGRESS_ITEM.date,
      at: T,
    });
    expect(stale?.changes).toEqual([]);
    expect(store.getOrder("1000")?.status).toBe("REJECTED");
    store.close();
  });

  it("takes a status change from the listing when no history was read", () => {
    const store = submittedStore();
    const result = store.recordOrderUpdate("1000", {
      status: "SHIPPED",
      updated: "2025-03-05T08:00:00Z",
      at: T,
    });
    expect(result?.changes.map((c) => [c.from, c.to, c.at])).toEqual([
      ["ORDER_SUBMITTED", "SHIPPED", "2025-03-05T08:00:00Z"],
    ]);
    expect(store.recordOrderUpdate("nope", { status: "SHIPPED", at: T })).toBeUndefined();
    store.close();
  });

  it("keeps the status checks, the last one first", () => {
    const store = submittedStore();
    const check = { startedAt: T, finishedAt: T, since: T, watermark: T, listed: 3, changed: 1, failures: 0 };
    store.recordStatusCheck(check);
    store.recordStatusCheck({ ...check, listed: 4 });
    expect(store.lastStatusCheck()).toEqual({ id: 2, ...check, listed: 4 });
    store.close();
  });
});

describe("resubmitting a row whose order ended without a port", () => {
  it.each([
    ["IN_PROGRESS", "fp-2", "order 1000 was already submitted at 2025-03-01T10:00:00.000Z"],
    [
      "REJECTED",
      "fp-1",
      "order 1000 ended REJECTED and the row is unchanged since; fix the row to submit a new order",
    ],
  ])("is refused while the order is %s and the fingerprint is %s", (status, fingerprint, message) => {
    const store = submittedStore();
    store.recordOrderUpdate("1000", { status, updated: "2025-03-02T00:00:00Z", at: T });
    store.recordConfirmed(KEY, { ...CONFIRMED, fingerprint });
    const begun = store.beginSubmit(KEY, { ...SUBMIT, fingerprint });
    expect(begun).toMatchObject({ ok: false, reason: "already-submitted", message });
    store.close();
  });

  it("is refused for a changed row that was not confirmed as changed", () => {
    const store = rejectedStore();
    expect(store.beginSubmit(KEY, { ...SUBMIT, fingerprint: "fp-2" })).toMatchObject({
      ok: false,
      reason: "not-confirmed",
    });
    store.close();
  });

  it.each(["REJECTED", "CANCELLED"])(
    "places a new order linked to the %s one once the row changed",
    (status) => {
      const store = submittedStore();
      store.recordOrderUpdate("1000", { status, updated: "2025-03-02T00:00:00Z", at: T });
      store.recordConfirmed(KEY, { ...CONFIRMED, fingerprint: "fp-2", costs: { ...COSTS, oneTime: 0 } });
      const begun = store.beginSubmit(KEY, { ...SUBMIT, fingerprint: "fp-2" });
      expect(begun.ok).toBe(true);
      expect(begun.row).toMatchObject({ previousOrderId: "1000", submit: { state: "started" } });
      expect(begun.row?.orderId).toBeUndefined();
      store.recordSubmitted(KEY, { orderId: "1002", orderStatus: "ORDER_SUBMITTED", submittedAt: T });
      expect(
        store
          .ordersFor(KEY)
          .map((o) => [o.orderId, o.status, o.previousOrderId, o.replacedBy, o.costs?.oneTime]),
      ).toEqual([
        ["1000", status, undefined, "1002", 199.99],
        ["1002", "ORDER_SUBMITTED", "1000", undefined, 0],
      ]);
      expect(store.getRow(KEY)).toMatchObject({
        orderId: "1002",
        orderStatus: { status: "ORDER_SUBMITTED" },
      });
      expect(store.beginSubmit(KEY, { ...SUBMIT, fingerprint: "fp-2" })).toMatchObject({ ok: false });
      store.close();
    },
  );
});

describe("schema version 2 on a version 1 file", () => {
  it("tracks the orders the file already held", () => {
    const file = tempStateFile();
    openTestStore(file).close(); // creates the directory and a current file; rebuilt as version 1 below
    const db = new Database(file);
    db.exec("DROP TABLE meta; DROP TABLE row_state; DROP TABLE row_event;");
    db.exec("DROP TABLE order_record; DROP TABLE order_history; DROP TABLE status_check;");
    db.exec(MIGRATIONS[0]?.sql ?? "");
    db.pragma("user_version = 1");
    db.prepare("INSERT INTO meta (key, value) VALUES ('tenant', 'ACME')").run();
    db.prepare(
      `INSERT INTO row_state (row_key, external_order_number, submit_state, service_number, submit_fingerprint,
         order_id, submitted_at, order_status, order_status_updated, updated_at)
       VALUES (?, 'BP-7Q2K', 'submitted', '5123440000', 'fp-1', '1000', ?, 'IN_PROGRESS', ?, ?)`,
    ).run(KEY, T, T, T);
    db.close();

    const store = openStateStore({ file, tenant: "ACME" });
    expect(store.trackedOrders().map((o) => [o.orderId, o.key, o.status, o.submittedAt])).toEqual([
      ["1000", KEY, "IN_PROGRESS", T],
    ]);
    store.close();
  });
});
