import { describe, expect, it } from "vitest";
import type { Order } from "../../src/api/wire-types.js";
import { indexStandingPorts } from "../../src/runner/find-standing-ports.js";

const order = (orderId: string, status: string, extra: Partial<Order> = {}): Order => ({
  orderId,
  status,
  serviceNumber: "5123440000",
  transactionType: "PORT_NUMBER",
  ...extra,
});

describe("indexStandingPorts", () => {
  it.each<[string, Order[], Record<string, string[]>]>([
    ["an open port stands", [order("1", "IN_PROGRESS")], { "5123440000": ["1"] }],
    ["a completed port stands (the line has moved)", [order("1", "COMPLETED")], { "5123440000": ["1"] }],
    ["a rejected or cancelled one does not", [order("1", "REJECTED"), order("2", "CANCELLED")], {}],
    ["another transaction type does not", [order("1", "IN_PROGRESS", { transactionType: "UPGRADE" })], {}],
    [
      "numbers compare as digits, NANP 1 dropped",
      [order("1", "ORDER_SUBMITTED", { serviceNumber: "+1 (512) 344-0000" })],
      { "5123440000": ["1"] },
    ],
    [
      "an order listed twice (overlapping pages) counts once",
      [order("1", "SHIPPED"), order("1", "SHIPPED")],
      {
        "5123440000": ["1"],
      },
    ],
    ["an unknown status stands (CONTRACT.md §11.2)", [order("1", "ON_HOLD")], { "5123440000": ["1"] }],
  ])("%s", (_, orders, expected) => {
    const index = indexStandingPorts(orders);
    expect(
      Object.fromEntries([...index].map(([number, found]) => [number, found.map((o) => o.orderId)])),
    ).toEqual(expected);
  });
});
