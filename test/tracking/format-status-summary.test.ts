import { describe, expect, it } from "vitest";
import type { TrackedOrder } from "../../src/state/tracked-order.js";
import { formatStatusSummary, printable } from "../../src/tracking/format-status-summary.js";
import type { StatusRefresh } from "../../src/tracking/refresh-order-statuses.js";

const CHECK = {
  id: 2,
  startedAt: "2025-03-04T08:00:00.000Z",
  finishedAt: "2025-03-04T08:00:01.000Z",
  since: "2025-03-03T08:55:00.000Z",
  watermark: "2025-03-03T09:00:00.000Z",
  listed: 2,
  changed: 1,
  failures: 1,
};
const REJECTED: TrackedOrder = {
  orderId: "1002",
  key: "ACME:PORT_NUMBER:5123440007",
  externalOrderNumber: "BP-X",
  serviceNumber: "5123440007",
  source: { file: "march.csv", line: 4 },
  submittedAt: "2025-03-01T10:00:00Z",
  status: "REJECTED",
  reason: "PIN incorrect\u001b[2J",
  historyCount: 3,
};

describe("formatStatusSummary", () => {
  it("prints counts, changes, rejections with the column to fix, and failures, with control characters blanked", () => {
    const refresh: StatusRefresh = {
      check: CHECK,
      previous: { ...CHECK, id: 1, finishedAt: "2025-03-03T08:00:00.000Z" },
      open: 2,
      historiesRead: 2,
      changes: [
        {
          orderId: "1002",
          key: REJECTED.key,
          from: "IN_PROGRESS",
          to: "REJECTED",
          at: "2025-03-03T09:00:00Z",
          comment: "PIN incorrect",
        },
      ],
      newlyEnded: [REJECTED],
      failures: [{ orderId: "1004", message: "503 Service Unavailable" }],
    };
    expect(formatStatusSummary(refresh, [REJECTED], "/data/march.results.csv")).toBe(
      [
        "Checked 2 open orders: GET /orders updated since 2025-03-03T08:55:00.000Z listed 2 orders; 1 changed (2 histories read)",
        "Orders: 1 REJECTED",
        "Changes since the last check 2025-03-03T08:00:00.000Z:",
        "  order 1002 (line 4 of march.csv, 5123440007): IN_PROGRESS -> REJECTED at 2025-03-03T09:00:00Z: PIN incorrect",
        "Needs a person: 1 order ended without a port. Fix the row in the sheet and run again: a changed row is submitted as a new order, an unchanged one is not.",
        '  NEW order 1002 REJECTED (line 4 of march.csv, 5123440007): "PIN incorrect [2J" -> fix column pin',
        "Could not read the history of 1 order: 1004 (503 Service Unavailable); checked again next time",
        "Results updated: /data/march.results.csv",
        "",
      ].join("\n"),
    );
  });

  it("counts the changes per transition when there are too many to list", () => {
    const change = (to: string) => ({
      orderId: "1",
      key: "k",
      from: "ORDER_SUBMITTED",
      to,
      at: "2025-03-03T09:00:00Z",
    });
    const changes = [...Array.from({ length: 50 }, () => change("IN_PROGRESS")), change("AWAITING_APPROVAL")];
    const refresh: StatusRefresh = {
      check: CHECK,
      open: 51,
      historiesRead: 51,
      changes,
      newlyEnded: [],
      failures: [],
    };
    expect(formatStatusSummary(refresh, []).split("\n").slice(2, 5)).toEqual([
      "Changes since the first check: 51, too many to list one by one:",
      "  50 ORDER_SUBMITTED -> IN_PROGRESS",
      "  1 ORDER_SUBMITTED -> AWAITING_APPROVAL",
    ]);
  });

  it("says so when no order was open", () => {
    const refresh: StatusRefresh = { open: 0, historiesRead: 0, changes: [], newlyEnded: [], failures: [] };
    expect(formatStatusSummary(refresh, [])).toBe(
      "No open orders to check.\nOrders: none yet\nChanges since the first check: none\n",
    );
  });

  it.each([
    ["tab\there", "tab here"],
    ["bell\u0007", "bell "],
    ["csi\u009b31m", "csi 31m"],
    ["plain", "plain"],
  ])("printable(%j) is %j", (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});
