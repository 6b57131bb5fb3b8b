// The sheet-level problems, worded once for both ways of checking a sheet: `checkSheet` over rows held in memory
// (bulkport run) and the compact index of `sheet-check-index.ts` over a streamed sheet (bulkport validate).
// A number listed twice is ported once (CONTRACT.md §1: reject duplicate service numbers before any call; the
// API does not deduplicate, §12); the lines of one carrier account must give the same name on invoice and PIN.
import type { CanonicalColumn, CanonicalRow, RowProblem } from "./canonical-row.js";
import { problemAt, quote } from "./field-outcome.js";

/** The columns whose values make two rows the same line; compared in this order, the first match counts. */
export type DuplicateColumn = "service_number" | "service_id";

/** The columns that every row of one carrier account must agree on. */
export type AccountColumn = "name_on_invoice" | "pin";

export const ACCOUNT_COLUMNS: readonly AccountColumn[] = ["name_on_invoice", "pin"];

export const columnOf = (row: CanonicalRow, column: CanonicalColumn): string =>
  row.sourceColumn[column] ?? column;

/** A service number counts once normalised to 10 digits; a refused one is reported by its own problem. */
export const isComparableNumber = (value: string): boolean => /^\d{10}$/.test(value);

export function duplicateProblem(row: CanonicalRow, column: DuplicateColumn, firstLine: number): RowProblem {
  const what =
    column === "service_number"
      ? `service number ${row.values.service_number ?? ""}`
      : `service id ${row.values.service_id ?? ""}`;
  return problemAt(
    "DUPLICATE",
    columnOf(row, column),
    `${what} is already on line ${firstLine}; each number is ported once per run`,
  );
}

const lineList = (lines: readonly number[]): string =>
  lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)}`;

/**
 * `column`: the header of the name on invoice; `others`: each other name of the account with the first line that
 * has it, in order of first appearance.
 */
export function nameMismatchProblem(
  column: string,
  value: string,
  others: readonly (readonly [string, number])[],
): RowProblem {
  const differs = others.map(([other, line]) => `${quote(other)} on line ${line}`).join(" and ");
  return problemAt(
    "ACCOUNT_MISMATCH",
    column,
    `${quote(value)} differs from ${differs} (same carrier account number); write the name exactly as on the carrier's invoice`,
  );
}

/** `column`: the PIN's header; `otherLines`: the first line of each other PIN of the account. Shows no PIN. */
export function pinMismatchProblem(column: string, otherLines: readonly number[]): RowProblem {
  return problemAt(
    "ACCOUNT_MISMATCH",
    column,
    `the PIN differs from ${lineList(otherLines)} (same carrier account number); use the one PIN the carrier issued for the account`,
  );
}

/** The row with `added` after its own problems: a new object when there are any, else the row itself. */
export const withProblems = (row: CanonicalRow, added: readonly RowProblem[]): CanonicalRow =>
  added.length === 0 ? row : { ...row, problems: [...row.problems, ...added] };
