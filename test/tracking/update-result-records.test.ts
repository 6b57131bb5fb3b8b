import { describe, expect, it } from "vitest";
import { RESULT_COLUMNS } from "../../src/results/result-columns.js";
import { STATUS_COLUMNS, updateResultRecords } from "../../src/tracking/update-result-records.js";

const HEADER = [...RESULT_COLUMNS, "service_number_in", "pin"];
const line = (row: string, orderId: string, status: string): string[] =>
  HEADER.map((column) =>
    column === "row"
      ? row
      : column === "order_id"
        ? orderId
        : column === "order_status"
          ? status
          : `${column}-${row}`,
  );

const ORDERS = new Map([
  [
    "1000",
    {
      status: "REJECTED",
      changedAt: "2025-03-03T09:00:00Z",
      reason: '=HYPERLINK("x")',
      previousOrderId: "998",
    },
  ],
  ["1002", { status: "IN_PROGRESS", changedAt: "2025-03-02T09:00:00Z" }],
]);

describe("updateResultRecords", () => {
  it("adds the status columns after order_status, refreshes the status, and escapes API text", () => {
    const update = updateResultRecords(
      [HEADER, line("2", "1000", "ORDER_SUBMITTED"), line("3", "", "")],
      (id) => ORDERS.get(id),
    );
    expect(update).toEqual({
      ok: true,
      updated: 1,
      records: [
        [...HEADER.slice(0, 4), ...STATUS_COLUMNS, ...HEADER.slice(4)],
        [
          ...line("2", "1000", "REJECTED").slice(0, 4),
          "2025-03-03T09:00:00Z",
          '\'=HYPERLINK("x")',
          "998",
          ...line("2", "1000", "").slice(4),
        ],
        [...line("3", "", "").slice(0, 4), "", "", "", ...line("3", "", "").slice(4)],
      ],
    });
  });

  it("refreshes the columns in place the second time, keeping lines it knows nothing about", () => {
    const first = updateResultRecords(
      [HEADER, line("2", "1002", "ORDER_SUBMITTED"), line("3", "4444", "SHIPPED")],
      (id) => ORDERS.get(id),
    );
    if (!first.ok) throw new Error(first.message);
    const later = new Map([["1002", { status: "COMPLETED", changedAt: "2025-03-09T09:00:00Z" }]]);
    const second = updateResultRecords(first.records, (id) => later.get(id));
    if (!second.ok) throw new Error(second.message);
    expect(second.records[0]).toEqual(first.records[0]);
    expect(second.records.map((r) => r.slice(2, 7))).toEqual([
      ["order_id", "order_status", ...STATUS_COLUMNS],
      ["1002", "COMPLETED", "2025-03-09T09:00:00Z", "", ""],
      ["4444", "SHIPPED", "", "", ""],
    ]);
  });

  it("finds an order id the results writer escaped", () => {
    const update = updateResultRecords([HEADER, line("2", "'-1000", "X")], (id) =>
      id === "-1000" ? { status: "SHIPPED" } : undefined,
    );
    expect(update.ok && update.records[1]?.[3]).toBe("SHIPPED");
  });

  it.each([[[["service_number", "status"]]], [[["row", "status", "order_status", "order_id"]]], [[]]])(
    "refuses a file that is not a results file: %j",
    (records) => {
      expect(updateResultRecords(records, () => undefined)).toEqual({
        ok: false,
        message:
          "not a bulkport results file: expected the header to start with row,status,order_id,order_status",
      });
    },
  );
});
