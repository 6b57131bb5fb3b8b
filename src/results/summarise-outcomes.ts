// The end-of-run summary for stderr: how many rows ended in each status, and what the confirmed and submitted
// orders cost (per currency: a sheet may mix US and Canadian lines). Pure; the CLI prints formatSummary's text.
import type { RowOutcome, RowStatus } from "./row-outcome.js";

const STATUSES: readonly RowStatus[] = [
  "SUBMITTED",
  "CONFIRMED",
  "SKIPPED",
  "INVALID",
  "REJECTED",
  "FAILED",
  "DUPLICATE",
  "IN_DOUBT",
];

export interface CostTotal {
  /** ISO currency code; "" when the API gave none. */
  currency: string;
  oneTime: number;
  monthly: number;
}

export interface OutcomeSummary {
  total: number;
  byStatus: Record<RowStatus, number>;
  /** Totals of CONFIRMED and SUBMITTED rows, one entry per currency in order of first appearance. */
  costs: CostTotal[];
}

const cents = (amount: number | undefined): number => Math.round((amount ?? 0) * 100);

export const summariseOutcomes = (outcomes: Iterable<RowOutcome>): OutcomeSummary => {
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<RowStatus, number>;
  // Sums in whole cents, so 0.1 + 0.2 stays 0.30.
  const totals = new Map<string, { oneTime: number; monthly: number }>();
  let total = 0;
  for (const outcome of outcomes) {
    total += 1;
    byStatus[outcome.status] += 1;
    const confirmed = outcome.confirmed;
    if (confirmed === undefined || (outcome.status !== "CONFIRMED" && outcome.status !== "SUBMITTED"))
      continue;
    const currency = confirmed.currency ?? "";
    const sum = totals.get(currency) ?? { oneTime: 0, monthly: 0 };
    totals.set(currency, {
      oneTime: sum.oneTime + cents(confirmed.oneTimeCost),
      monthly: sum.monthly + cents(confirmed.monthlyCost),
    });
  }
  const costs = [...totals].map(([currency, sum]) => ({
    currency,
    oneTime: sum.oneTime / 100,
    monthly: sum.monthly / 100,
  }));
  return { total, byStatus, costs };
};

const amount = (value: number, currency: string): string =>
  `${value.toFixed(2)}${currency === "" ? "" : ` ${currency}`}`;

/** A few readable lines for stderr, ending with a newline. */
export const formatSummary = (summary: OutcomeSummary, path: string): string => {
  const counts = STATUSES.filter((status) => summary.byStatus[status] > 0).map(
    (status) => `${summary.byStatus[status]} ${status}`,
  );
  const lines = [
    `Results written to ${path}`,
    `${summary.total} ${summary.total === 1 ? "row" : "rows"}${counts.length === 0 ? "" : `: ${counts.join(", ")}`}`,
    ...summary.costs.map(
      (cost) =>
        `Confirmed and submitted orders cost ${amount(cost.oneTime, cost.currency)} one-time and ` +
        `${amount(cost.monthly, cost.currency)} monthly`,
    ),
  ];
  const failed = summary.byStatus.INVALID + summary.byStatus.REJECTED + summary.byStatus.FAILED;
  if (failed + summary.byStatus.DUPLICATE > 0)
    lines.push("See error_code and error_message in the results file.");
  if (summary.byStatus.IN_DOUBT > 0) {
    lines.push(
      `${summary.byStatus.IN_DOUBT} IN_DOUBT: an order may exist; rerun to reconcile, do not resubmit by hand.`,
    );
  }
  return `${lines.join("\n")}\n`;
};
