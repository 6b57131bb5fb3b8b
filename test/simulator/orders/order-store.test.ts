// The order store: ids (F27), the lifecycle (§11.1, F28), the test hook, the visibility delay and the data file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildOrderSnapshot } from "../../../src/simulator/orders/build-order.js";
import { createOrderStore } from "../../../src/simulator/orders/order-store.js";
import type { NewOrder, OrderStoreOptions } from "../../../src/simulator/orders/order-store.js";
import { validateOrderRequest } from "../../../src/simulator/orders/validate-order-request.js";
import { exampleOrderRequest, smallFixture, validationContext } from "./order-test-helpers.js";

const fixture = smallFixture();
const T0 = new Date("2016-04-26T14:45:20Z");

function newOrder(overrides: Partial<NewOrder> = {}): NewOrder {
  const request = exampleOrderRequest();
  const result = validateOrderRequest(request, validationContext(fixture));
  if (!result.ok) throw new Error("the example request must be valid");
  const peter = fixture.employees.find((e) => e.id === "28673732")!;
  return {
    tenant: "ACME",
    serviceId: "34415733",
    serviceNumber: "5123440000",
    vendorId: "98",
    externalOrderNumber: "MM11234",
    request,
    snapshot: buildOrderSnapshot(result.order, { accountHolder: peter, requestedBy: peter }),
    approvalRequired: false,
    ...overrides,
  };
}

function manualStore(options: Partial<OrderStoreOptions> = {}) {
  let clock = T0.getTime();
  const store = createOrderStore({
    fixture,
    now: () => new Date(clock),
    lifecycle: "manual",
    orderVisibilityDelayMs: 0,
    ...options,
  });
  return { store, tick: (ms: number) => (clock += ms) };
}

describe("createOrderStore: submit", () => {
  it("hands out orderIds from fixture.firstOrderId stepping by 2, segment = orderId + 1 (F27)", () => {
    const { store } = manualStore();
    const ids = [store.submit(newOrder()), store.submit(newOrder())].map((o) => [o.orderId, o.segmentId]);
    expect(ids).toEqual([
      ["8711260", "8711261"],
      ["8711262", "8711263"],
    ]);
  });

  it("starts ORDER_SUBMITTED with one history item, dated now", () => {
    const { store } = manualStore();
    const order = store.submit(newOrder());
    expect([order.status, order.dateSubmitted, order.updated]).toEqual([
      "ORDER_SUBMITTED",
      "2016-04-26T14:45:20Z",
      "2016-04-26T14:45:20Z",
    ]);
    expect(order.history).toEqual([
      { status: "ORDER_SUBMITTED", date: "2016-04-26T14:45:20Z", comment: "Order submitted." },
    ]);
    expect(store.all()).toEqual([order]);
  });

  it("keeps a port open until COMPLETED, REJECTED or CANCELLED (rule 7, F28)", () => {
    const { store } = manualStore();
    const order = store.submit(newOrder());
    expect(store.openPortFor("34415733")).toBe("8711260");
    store.setStatus(order.orderId, "REJECTED");
    expect(store.openPortFor("34415733")).toBe(undefined);
  });

  it("hides an order from GET routes during the visibility delay", () => {
    const { store, tick } = manualStore({ orderVisibilityDelayMs: 5000 });
    const order = store.submit(newOrder());
    tick(4999);
    expect(store.isVisible(order)).toBe(false);
    tick(1);
    expect(store.isVisible(order)).toBe(true);
  });
});

describe("createOrderStore: manual lifecycle", () => {
  it("walks an order to COMPLETED one advanceAll at a time, then stops", () => {
    const { store, tick } = manualStore();
    const order = store.submit(newOrder());
    const counts = [1, 2, 3, 4, 5].map(() => {
      tick(60_000);
      return store.advanceAll();
    });
    expect(counts).toEqual([1, 1, 1, 1, 0]);
    expect(order.history.map((h) => [h.status, h.date])).toEqual([
      ["ORDER_SUBMITTED", "2016-04-26T14:45:20Z"],
      ["IN_PROGRESS", "2016-04-26T14:46:20Z"],
      ["PORT_SCHEDULED", "2016-04-26T14:47:20Z"],
      ["SHIPPED", "2016-04-26T14:48:20Z"],
      ["COMPLETED", "2016-04-26T14:49:20Z"],
    ]);
    expect(order.updated).toBe("2016-04-26T14:49:20Z");
  });

  it("routes dearer orders through AWAITING_APPROVAL", () => {
    const { store } = manualStore();
    const order = store.submit(newOrder({ approvalRequired: true }));
    store.advanceAll();
    store.advanceAll();
    expect(order.history.map((h) => h.status)).toEqual([
      "ORDER_SUBMITTED",
      "AWAITING_APPROVAL",
      "IN_PROGRESS",
    ]);
  });

  it.each([
    ["34415742", "REJECTED", "Carrier rejected the port: account number does not match"],
    ["34415745", "CANCELLED", fixture.scriptedOutcomes.find((s) => s.serviceId === "34415745")?.comment],
  ])("ends service %s's scripted port %s with the comment in history", (serviceId, status, comment) => {
    const { store } = manualStore();
    const order = store.submit(newOrder({ serviceId }));
    for (let i = 0; i < 5; i++) store.advanceAll();
    expect(order.status).toBe(status);
    expect(order.history.at(-1)).toEqual({ status, date: "2016-04-26T14:45:20Z", comment });
    expect(order.history.map((h) => h.status)).toEqual(["ORDER_SUBMITTED", "IN_PROGRESS", status]);
  });

  it("setStatus sets any status with a history comment, and answers undefined for an unknown order", () => {
    const { store, tick } = manualStore();
    const order = store.submit(newOrder());
    tick(1000);
    expect(store.setStatus(order.orderId, "ON_HOLD")).toBe(order);
    store.setStatus(order.orderId, "CANCELLED", "Cancelled by the customer.");
    expect(order.history.slice(1)).toEqual([
      { status: "ON_HOLD", date: "2016-04-26T14:45:21Z", comment: "Status set to ON_HOLD." },
      { status: "CANCELLED", date: "2016-04-26T14:45:21Z", comment: "Cancelled by the customer." },
    ]);
    expect(store.setStatus("1", "COMPLETED")).toBe(undefined);
  });
});

describe("createOrderStore: timed lifecycle", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("moves each order one step per secondsPerStep, measured from its last change", () => {
    const store = createOrderStore({
      fixture,
      now: () => new Date(),
      lifecycle: { secondsPerStep: 2 },
      orderVisibilityDelayMs: 0,
    });
    const first = store.submit(newOrder());
    vi.advanceTimersByTime(1000);
    const second = store.submit(newOrder({ serviceId: "34415735" }));
    vi.advanceTimersByTime(999);
    expect([first.status, second.status]).toEqual(["ORDER_SUBMITTED", "ORDER_SUBMITTED"]);
    vi.advanceTimersByTime(1);
    expect([first.status, second.status]).toEqual(["IN_PROGRESS", "ORDER_SUBMITTED"]);
    vi.advanceTimersByTime(1000);
    expect([first.status, second.status]).toEqual(["IN_PROGRESS", "IN_PROGRESS"]);
    store.close();
    vi.advanceTimersByTime(60_000);
    expect([first.status, second.status]).toEqual(["IN_PROGRESS", "IN_PROGRESS"]);
  });
});

describe("createOrderStore: dataFile", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "bulkport-orders-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes every change atomically and reloads orders and the counter", () => {
    const dataFile = join(dir, "orders.json");
    const { store } = manualStore({ dataFile });
    store.submit(newOrder());
    store.advanceAll();
    const saved = JSON.parse(readFileSync(dataFile, "utf8")) as { nextOrderId: number; orders: unknown[] };
    expect(saved.nextOrderId).toBe(8711262);
    expect(saved.orders).toEqual(JSON.parse(JSON.stringify(store.all())));
    expect(readdirSync(dir)).toEqual(["orders.json"]);

    const { store: reloaded } = manualStore({ dataFile });
    expect(reloaded.all()).toEqual(saved.orders);
    expect(reloaded.openPortFor("34415733")).toBe("8711260");
    expect(reloaded.submit(newOrder({ serviceId: "34415735" })).orderId).toBe("8711262");
  });

  it.each([
    ["not JSON", "{", "Simulator data file FILE is not valid JSON."],
    ["not ours", '{"orders": {}}', "Simulator data file FILE does not hold {nextOrderId, orders}."],
  ])("refuses a data file that is %s", (_name, content, message) => {
    const dataFile = join(dir, "orders.json");
    writeFileSync(dataFile, content);
    expect(() => manualStore({ dataFile })).toThrow(message.replace("FILE", dataFile));
  });
});
