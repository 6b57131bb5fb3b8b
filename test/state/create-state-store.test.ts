import { afterAll, describe, expect, it } from "vitest";
import { CONFIRMED, KEY, openTestStore, OTHER_KEY, removeTempDirs, startedStore } from "./store-fixtures.js";

afterAll(removeTempDirs);

describe("recordConfirmed", () => {
  it("keeps the first external order number of a row", () => {
    const store = openTestStore();
    store.recordConfirmed(KEY, CONFIRMED);
    expect(() => store.recordConfirmed(KEY, { ...CONFIRMED, externalOrderNumber: "BP-NEW" })).toThrow(
      `recordConfirmed(${KEY}): the row's external order number is BP-7Q2K, not BP-NEW`,
    );
    expect(store.externalOrderNumberFor(KEY)).toBe("BP-7Q2K");
    store.close();
  });
});

describe("recordOrderStatus", () => {
  it("moves forward, ignores older news, and keeps history only of status changes", () => {
    const store = startedStore();
    store.recordSubmitted(KEY, {
      orderId: "1001",
      orderStatus: "ORDER_SUBMITTED",
      submittedAt: "2025-03-01T10:00:00Z",
    });
    expect(store.recordOrderStatus("1001", "IN_PROGRESS", "2025-03-01T11:00:00Z")).toBe(true);
    expect(store.recordOrderStatus("1001", "ORDER_SUBMITTED", "2025-03-01T10:30:00Z")).toBe(true);
    expect(store.recordOrderStatus("1001", "IN_PROGRESS", "2025-03-01T12:00:00Z")).toBe(true);
    expect(store.recordOrderStatus("9999", "COMPLETED", "2025-03-01T12:00:00Z")).toBe(false);
    expect(store.getRow(KEY)?.orderStatus).toEqual({
      status: "IN_PROGRESS",
      updated: "2025-03-01T12:00:00Z",
    });
    expect(
      store
        .eventsFor(KEY)
        .filter((e) => e.kind === "order-status")
        .map((e) => e.detail),
    ).toEqual([
      {
        orderId: "1001",
        status: "IN_PROGRESS",
        updated: "2025-03-01T11:00:00Z",
        previous: "ORDER_SUBMITTED",
      },
    ]);
    store.close();
  });
});

describe("listRows", () => {
  it("returns every row in sheet order", () => {
    const store = openTestStore();
    store.recordConfirmed(KEY, { ...CONFIRMED, source: { file: "march.csv", line: 9 } });
    store.recordConfirmed(OTHER_KEY, {
      ...CONFIRMED,
      externalOrderNumber: "BP-OTHER",
      source: { file: "march.csv", line: 3 },
    });
    expect(store.listRows().map((r) => r.key)).toEqual([OTHER_KEY, KEY]);
    store.close();
  });
});
