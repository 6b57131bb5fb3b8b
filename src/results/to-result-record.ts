// One RowOutcome → one results CSV record (strings, in the layout's column order). Secrets stay out of the file:
// the PIN column is written empty and the carrier account number keeps only its last 4 characters, also where
// an API message quotes them. Every cell from the input or the API is escaped against formula injection; the
// tool's own numbers are not.
import type { CanonicalRow } from "../input/canonical-row.js";
import type { RowOutcome } from "./row-outcome.js";
import { RESULT_COLUMNS, type ResultColumn, type ResultLayout } from "./result-columns.js";
import { escapeFormula } from "./escape-formula.js";
import { maskAccountNumber } from "../logging/mask-account-number.js";

const UNESCAPED: ReadonlySet<ResultColumn> = new Set(["row", "one_time_cost", "monthly_cost"]);

// One masking rule for logs and results (pure, so results/ may use it).
export { maskAccountNumber } from "../logging/mask-account-number.js";

// API values are typed by what the contract promises, not checked field by field (read-envelope.ts ignores what
// it does not use): a value of another type must neither crash the writer nor reach an unescaped column.
const text = (value: unknown): string =>
  typeof value === "string"
    ? value
    : typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : "";

const money = (amount: unknown): string =>
  typeof amount === "number" && Number.isFinite(amount) ? amount.toFixed(2) : "";

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `message` with every whole-word `secret` (not part of a longer number or name) replaced by `replacement`. */
const replaceWord = (message: string, secret: string, replacement: string): string =>
  message.replace(
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(secret)}(?![\\p{L}\\p{N}])`, "gu"),
    () => replacement,
  );

/**
 * An API message may quote what was sent (CONTRACT.md §9 rule 19 messages name the value: "value '…' does not
 * match"): the row's PIN and full account number are taken out of it.
 */
const withoutSecrets = (message: string, row: CanonicalRow): string => {
  let result = message;
  for (const pin of [row.values.pin, row.properties.PIN_PASSWORD]) {
    if (pin) result = replaceWord(result, pin, "[PIN]");
  }
  for (const account of [row.values.carrier_account_number, row.properties.CARRIER_ACCT_NUMBER]) {
    if (account) result = replaceWord(result, account, maskAccountNumber(account));
  }
  return result;
};

const fixedCells = (outcome: RowOutcome): Record<ResultColumn, string> => {
  const confirmed = outcome.confirmed;
  const hasOrder = outcome.status === "SUBMITTED" || outcome.status === "SKIPPED";
  return {
    row: String(outcome.row.line),
    status: outcome.status,
    order_id: hasOrder ? text(outcome.orderId) : "",
    order_status: hasOrder ? text(outcome.orderStatus) : "",
    external_order_number: outcome.externalOrderNumber ?? "",
    service_number: outcome.serviceNumber ?? "",
    error_code: "code" in outcome ? outcome.code : "",
    // SKIPPED and CONFIRMED rows may carry a note (e.g. why a row was skipped); it goes in the message column.
    error_message: "message" in outcome ? withoutSecrets(text(outcome.message), outcome.row) : "",
    device: text(confirmed?.device),
    plan: text(confirmed?.plan),
    one_time_cost: money(confirmed?.oneTimeCost),
    monthly_cost: money(confirmed?.monthlyCost),
    currency: text(confirmed?.currency),
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
