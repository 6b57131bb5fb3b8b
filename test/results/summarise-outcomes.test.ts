import { describe, expect, it } from "vitest";
import type { RowOutcome } from "../../src/results/row-outcome.js";
import { formatSummary, summariseOutcomes } from "../../src/results/summarise-outcomes.js";
import { confirmed, sheetRow } from "./outcome-fixture.js";

const row = sheetRow();
const cad = { ...confirmed, oneTimeCost: 0.1, monthlyCost: 0.2, currency: "CAD" };
const outcomes: RowOutcome[] = [
  { row, status: "SUBMITTED", orderId: "7001", submittedAt: "2016-04-26T14:05:00Z", confirmed },
  { row, status: "SUBMITTED", orderId: "7003", submittedAt: "2016-04-26T14:05:01Z", confirmed: cad },
  { row, status: "CONFIRMED", confirmed: cad },
  { row, status: "CONFIRMED", confirmed },
  // Not counted in the costs: it may not exist.
  { row, status: "IN_DOUBT", code: "SUBMIT_TIMEOUT", message: "timed out", confirmed },
  { row, status: "INVALID", code: "REQUIRED", message: "Plan: Give the new plan's name or id" },
  { row, status: "REJECTED", code: "400-Plan-Id-error", message: "x" },
];

describe("summariseOutcomes", () => {
  it("counts per status and totals CONFIRMED and SUBMITTED costs per currency, in exact cents", () => {
    expect(summariseOutcomes(outcomes)).toEqual({
      total: 7,
      byStatus: {
        SUBMITTED: 2,
        CONFIRMED: 2,
        SKIPPED: 0,
        INVALID: 1,
        REJECTED: 1,
        FAILED: 0,
        DUPLICATE: 0,
        IN_DOUBT: 1,
      },
      costs: [
        { currency: "USD", oneTime: 399.98, monthly: 283.36 },
        { currency: "CAD", oneTime: 0.2, monthly: 0.4 },
      ],
    });
  });

  it("formats a few readable lines", () => {
    expect(formatSummary(summariseOutcomes(outcomes), "out/results.csv")).toBe(
      [
        "Results written to out/results.csv",
        "7 rows: 2 SUBMITTED, 2 CONFIRMED, 1 INVALID, 1 REJECTED, 1 IN_DOUBT",
        "Confirmed and submitted orders cost 399.98 USD one-time and 283.36 USD monthly",
        "Confirmed and submitted orders cost 0.20 CAD one-time and 0.40 CAD monthly",
        "See error_code and error_message in the results file.",
        "1 IN_DOUBT: an order may exist; rerun to reconcile, do not resubmit by hand.",
        "",
      ].join("\n"),
    );
  });

  it("formats an empty run", () => {
    expect(formatSummary(summariseOutcomes([]), "r.csv")).toBe("Results written to r.csv\n0 rows\n");
  });
});
