// Pure checks across the rows of one sheet held in memory, after every row is mapped (bulkport run): a number
// listed twice is ported once, and the lines of one carrier account must agree on the name on invoice and PIN.
// The messages are built in build-sheet-problems.ts; a streamed sheet gets the same ones from sheet-check-index.ts.
import type { CanonicalRow, RowProblem } from "./canonical-row.js";
import {
  ACCOUNT_COLUMNS,
  columnOf,
  duplicateProblem,
  isComparableNumber,
  nameMismatchProblem,
  pinMismatchProblem,
  withProblems,
  type DuplicateColumn,
} from "./build-sheet-problems.js";

const addTo = (found: Map<number, RowProblem[]>, position: number, problem: RowProblem): void => {
  const problems = found.get(position);
  if (problems === undefined) found.set(position, [problem]);
  else problems.push(problem);
};

function duplicates(rows: readonly CanonicalRow[]): Map<number, RowProblem[]> {
  const found = new Map<number, RowProblem[]>();
  const first = new Map<string, number>();
  for (const [position, row] of rows.entries()) {
    const number = row.values.service_number;
    const id = row.values.service_id;
    const keys: [string, DuplicateColumn][] = [];
    if (number !== undefined && isComparableNumber(number)) keys.push([`number:${number}`, "service_number"]);
    if (id !== undefined) keys.push([`id:${id}`, "service_id"]);
    for (const [key, column] of keys) {
      const line = first.get(key);
      if (line === undefined) {
        first.set(key, row.line);
        continue;
      }
      addTo(found, position, duplicateProblem(row, column, line));
      break;
    }
  }
  return found;
}

function mismatches(rows: readonly CanonicalRow[]): Map<number, RowProblem[]> {
  const found = new Map<number, RowProblem[]>();
  const groups = new Map<string, number[]>();
  for (const [position, row] of rows.entries()) {
    const account = row.values.carrier_account_number;
    if (account === undefined) continue;
    // Appended in place: copying the group for each row was quadratic in the lines of one account (issue 6).
    const group = groups.get(account);
    if (group === undefined) groups.set(account, [position]);
    else group.push(position);
  }
  for (const positions of groups.values()) {
    for (const column of ACCOUNT_COLUMNS) {
      // Each distinct value with the first line that has it; empty values are not compared.
      const variants = new Map<string, number>();
      for (const position of positions) {
        const row = rows[position];
        const value = row?.values[column];
        if (row !== undefined && value !== undefined && !variants.has(value)) variants.set(value, row.line);
      }
      if (variants.size < 2) continue;
      for (const position of positions) {
        const row = rows[position];
        const value = row?.values[column];
        if (row === undefined || value === undefined) continue;
        const others = [...variants].filter(([other]) => other !== value);
        const problem =
          column === "pin"
            ? pinMismatchProblem(
                columnOf(row, column),
                others.map(([, line]) => line),
              )
            : nameMismatchProblem(columnOf(row, column), value, others);
        addTo(found, position, problem);
      }
    }
  }
  return found;
}

/** The rows with the sheet-level problems added (new row objects where problems were added; input unchanged). */
export function checkSheet(rows: readonly CanonicalRow[]): CanonicalRow[] {
  const duplicated = duplicates(rows);
  const mismatched = mismatches(rows);
  return rows.map((row, position) =>
    withProblems(row, [...(duplicated.get(position) ?? []), ...(mismatched.get(position) ?? [])]),
  );
}
