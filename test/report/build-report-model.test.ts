import { describe, expect, it } from "vitest";
import { buildReportModel, buildTimeline } from "../../src/report/build-report-model.js";
import type { RowState } from "../../src/state/row-state.js";
import type { OrderHistoryEntry, TrackedOrder } from "../../src/state/tracked-order.js";

const T = "2025-03-01T10:00:00.000Z";
const START = { startedAt: T, fingerprint: "fp", t0: T, serviceId: "1", serviceNumber: "" };

const row = (line: number, submit?: RowState["submit"], more: Partial<RowState> = {}): RowState => ({
  key: `ACME:PORT_NUMBER:${line}`,
  externalOrderNumber: `BP-${line}`,
  source: { file: "march.csv", line },
  confirmed: { at: T, fingerprint: "fp" },
  ...(submit === undefined ? {} : { submit: { ...submit, serviceNumber: `51234400${line}` } }),
  submitAttempts: submit === undefined ? 0 : 1,
  releases: 0,
  updatedAt: T,
  ...more,
});
const submitted = (orderId: string) => ({ ...START, state: "submitted" as const, orderId, submittedAt: T });
const order = (
  line: number,
  orderId: string,
  status: string,
  more: Partial<TrackedOrder> = {},
): TrackedOrder => ({
  orderId,
  key: `ACME:PORT_NUMBER:${line}`,
  externalOrderNumber: `BP-${line}`,
  serviceNumber: `51234400${line}`,
  source: { file: "march.csv", line },
  submittedAt: T,
  status,
  historyCount: 0,
  ...more,
});

const ROWS = [
  row(2, submitted("1000"), { orderId: "1000" }),
  row(3, { ...START, state: "in-doubt", message: "timed out", at: "2025-03-01T10:01:00.000Z" }),
  row(4, submitted("1004"), { orderId: "1004" }),
  row(5, { ...START, state: "rejected", code: "X", message: "PIN too short", at: T }),
  row(6),
  row(7, submitted("1008"), { orderId: "1008" }),
];
const ORDERS = [
  order(2, "1000", "IN_PROGRESS"),
  order(4, "1002", "REJECTED", { replacedBy: "1004", reason: "PIN incorrect" }),
  order(4, "1004", "ORDER_SUBMITTED", { previousOrderId: "1002" }),
  order(7, "1008", "REJECTED", { reason: "Carrier rejected the port: account number does not match" }),
];

describe("buildReportModel", () => {
  const model = buildReportModel({ tenant: "ACME", generatedAt: T, rows: ROWS, orders: ORDERS, history: [] });

  it("counts each row's current order per status, and the rows without one by stage", () => {
    expect(model.ordersByStatus).toEqual([
      ["ORDER_SUBMITTED", 1],
      ["IN_PROGRESS", 1],
      ["REJECTED", 1],
    ]);
    expect(model.rowsWithoutOrder).toEqual([
      ["CONFIRMED", 1],
      ["IN_DOUBT", 1],
      ["SUBMIT_REJECTED", 1],
    ]);
    expect([model.rowCount, model.orderCount, model.needAction, model.hiddenRows]).toEqual([6, 4, 3, 0]);
  });

  it("lists the rows that need action first: ended orders, then submits in doubt, then refused submits", () => {
    expect(model.rows.map((r) => [r.line, r.status, r.orderId, r.previousOrderId, r.action])).toEqual([
      [7, "REJECTED", "1008", undefined, "Fix column carrier_account_number, then run again"],
      [3, "IN_DOUBT", undefined, undefined, "Run again to settle the submit; do not resubmit by hand"],
      [5, "SUBMIT_REJECTED", undefined, undefined, "Fix the row as the reason says, then run again"],
      [2, "IN_PROGRESS", "1000", undefined, undefined],
      [4, "ORDER_SUBMITTED", "1004", "1002", undefined],
      [6, "CONFIRMED", undefined, undefined, undefined],
    ]);
  });

  it("lists at most maxQuietRows rows that need nothing, and says how many it left out", () => {
    const capped = buildReportModel({
      tenant: "ACME",
      generatedAt: T,
      rows: ROWS,
      orders: ORDERS,
      history: [],
      maxQuietRows: 1,
    });
    expect(capped.rows.map((r) => r.line)).toEqual([7, 3, 5, 2]);
    expect(capped.hiddenRows).toBe(2);
  });
});

describe("buildTimeline", () => {
  const entry = (orderId: string, seq: number, status: string, date: string): OrderHistoryEntry => ({
    orderId,
    seq,
    status,
    date,
    recordedAt: date,
  });

  it("counts changes per UTC day per status, counting the submit of an order whose history was never read", () => {
    const history = [
      entry("1000", 0, "ORDER_SUBMITTED", "2025-03-01T23:30:00Z"),
      entry("1000", 1, "IN_PROGRESS", "2025-03-02T00:10:00+01:00"),
      entry("1000", 2, "REJECTED", "2025-03-03T09:00:00Z"),
    ];
    const orders = [
      order(2, "1000", "REJECTED", { historyCount: 3 }),
      order(3, "1002", "ORDER_SUBMITTED", { submittedAt: "2025-03-03T08:00:00Z" }),
    ];
    expect(buildTimeline(orders, history)).toEqual([
      {
        day: "2025-03-01",
        counts: [
          ["ORDER_SUBMITTED", 1],
          ["IN_PROGRESS", 1],
        ],
      },
      {
        day: "2025-03-03",
        counts: [
          ["ORDER_SUBMITTED", 1],
          ["REJECTED", 1],
        ],
      },
    ]);
  });
});
