import { describe, expect, it } from "vitest";
import type { TrackedOrder } from "../../src/state/tracked-order.js";
import {
  countByStatus,
  currentOrders,
  endedOrders,
  totalCosts,
} from "../../src/tracking/summarise-orders.js";

const order = (
  orderId: string,
  status: string | undefined,
  more: Partial<TrackedOrder> = {},
): TrackedOrder => ({
  orderId,
  key: `ACME:PORT_NUMBER:${orderId}`,
  externalOrderNumber: `BP-${orderId}`,
  submittedAt: "2025-03-01T10:00:00Z",
  historyCount: 0,
  ...(status === undefined ? {} : { status }),
  ...more,
});

describe("order summaries", () => {
  it("counts each row's current order per status, in lifecycle order, unknown statuses last", () => {
    const orders = [
      order("1", "ZZ_CARRIER_HOLD"),
      order("2", "REJECTED", { replacedBy: "3" }),
      order("3", "IN_PROGRESS", { previousOrderId: "2" }),
      order("4", "REJECTED"),
      order("5", "AA_UNKNOWN"),
      order("6", undefined),
      order("7", "ORDER_SUBMITTED"),
    ];
    expect(countByStatus(currentOrders(orders))).toEqual([
      ["ORDER_SUBMITTED", 1],
      ["IN_PROGRESS", 1],
      ["REJECTED", 1],
      ["AA_UNKNOWN", 1],
      ["UNKNOWN", 1],
      ["ZZ_CARRIER_HOLD", 1],
    ]);
  });

  it("lists current orders that ended without a port, with the column the reason names", () => {
    const orders = [
      order("2", "REJECTED", { replacedBy: "3", reason: "PIN incorrect" }),
      order("4", "REJECTED", { reason: "Carrier rejected the port: PIN incorrect" }),
      order("5", "CANCELLED", { reason: "Cancelled at the customer's request" }),
      order("6", "COMPLETED"),
    ];
    expect(endedOrders(orders).map((e) => [e.order.orderId, e.column])).toEqual([
      ["4", "pin"],
      ["5", undefined],
    ]);
  });

  it("totals live orders per currency in whole cents, leaving out ended and replaced ones", () => {
    const usd = (oneTime: number, monthly: number) => ({ costs: { oneTime, monthly, currency: "USD" } });
    const orders = [
      order("1", "IN_PROGRESS", usd(0.1, 10.05)),
      order("2", "COMPLETED", usd(0.2, 20.1)),
      order("3", "REJECTED", usd(500, 500)),
      order("4", "REJECTED", { ...usd(700, 700), replacedBy: "5" }),
      order("5", "ORDER_SUBMITTED", { costs: { oneTime: 99.99, currency: "CAD" } }),
      order("6", "ORDER_SUBMITTED"),
    ];
    expect(totalCosts(orders)).toEqual([
      { currency: "USD", orders: 2, oneTime: 0.3, monthly: 30.15 },
      { currency: "CAD", orders: 1, oneTime: 99.99, monthly: 0 },
    ]);
  });
});
