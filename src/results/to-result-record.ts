// One RowOutcome → one results CSV record (strings, in the layout's column order). Secrets stay out of the file:
// the PIN column is written empty and the carrier account number keeps only its last 4 characters. Every cell
// from the input or the API is escaped against formula injection; the tool's own numbers are not.
import type { RowOutcome } from "./row-outcome.js";
import { RESULT_COLUMNS, type ResultColumn, type ResultLayout } from "./result-columns.js";
import { escapeFormula } from "./escape-formula.js";

const UNESCAPED: ReadonlySet<ResultColumn> = new Set(["row", "one_time_cost", "monthly_cost"]);

const money = (amount: number | undefined): string => (amount === undefined ? "" : amount.toFixed(2));

/** `*****6789`: the last 4 characters, the rest as `*`; 4 characters or fewer are masked entirely. */
export const maskAccountNumber = (value: string): string => {
  const chars = [...value];
  return chars.length <= 4
    ? "*".repeat(chars.length)
    : "*".repeat(chars.length - 4) + chars.slice(-4).join("");
};

const fixedCells = (outcome: RowOutcome): Record<ResultColumn, string> => {
  const confirmed = outcome.confirmed;
  const hasOrder = outcome.status === "SUBMITTED" || outcome.status === "SKIPPED";
  return {
    row: String(outcome.row.line),
    status: outcome.status,
    order_id: hasOrder ? outcome.orderId : "",
    order_status: hasOrder ? (outcome.orderStatus ?? "") : "",
    external_order_number: outcome.externalOrderNumber ?? "",
    service_number: outcome.serviceNumber ?? "",
    error_code: "code" in outcome ? outcome.code : "",
    // SKIPPED and CONFIRMED rows may carry a note (e.g. why a row was skipped); it goes in the message column.
    error_message: "message" in outcome ? (outcome.message ?? "") : "",
    device: confirmed?.device ?? "",
    plan: confirmed?.plan ?? "",
    one_time_cost: money(confirmed?.oneTimeCost),
    monthly_cost: money(confirmed?.monthlyCost),
    currency: confirmed?.currency ?? "",
    confirmed_at: confirmed?.confirmedAt ?? "",
    submitted_at: hasOrder ? (outcome.submittedAt ?? "") : "",
  };
};

/** The input's cells, with the PIN blanked and the account number masked (by the columns that fed them). */
const inputCells = (outcome: RowOutcome, layout: ResultLayout): string[] => {
  const { raw, sourceColumn } = outcome.row;
  const pinColumns = new Set([sourceColumn.pin, sourceColumn["prop.PIN_PASSWORD"]]);
  const accountColumns = new Set([
    sourceColumn.carrier_account_number,
    sourceColumn["prop.CARRIER_ACCT_NUMBER"],
  ]);
  return layout.inputColumns.map((column) => {
    const value = raw[column] ?? "";
    if (pinColumns.has(column)) return "";
    return escapeFormula(accountColumns.has(column) ? maskAccountNumber(value) : value);
  });
};

export const toResultRecord = (outcome: RowOutcome, layout: ResultLayout): string[] => {
  const fixed = fixedCells(outcome);
  const cells = RESULT_COLUMNS.map((column) =>
    UNESCAPED.has(column) ? fixed[column] : escapeFormula(fixed[column]),
  );
  return [...cells, ...inputCells(outcome, layout)];
};
