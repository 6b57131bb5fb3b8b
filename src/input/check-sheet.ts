// Pure checks across the rows of one sheet, after every row is mapped: a number listed twice is ported once
// (CONTRACT.md §1: reject duplicate service numbers before any call; the API does not deduplicate, §12), and
// the lines of one carrier account must give the carrier the same name on invoice and PIN, or the port fails.
import type { CanonicalColumn, CanonicalRow, RowProblem } from "./canonical-row.js";
import { problemAt, quote } from "./field-outcome.js";

const columnOf = (row: CanonicalRow, column: CanonicalColumn): string => row.sourceColumn[column] ?? column;

function duplicates(rows: readonly CanonicalRow[]): Map<number, RowProblem[]> {
  const found = new Map<number, RowProblem[]>();
  const first = new Map<string, number>();
  for (const [position, row] of rows.entries()) {
    const number = row.values.service_number;
    const id = row.values.service_id;
    // A service number counts once normalised to 10 digits; a refused one is reported by its own problem.
    const keys: [string, CanonicalColumn, string][] = [];
    if (number !== undefined && /^\d{10}$/.test(number))
      keys.push([`number:${number}`, "service_number", `service number ${number}`]);
    if (id !== undefined) keys.push([`id:${id}`, "service_id", `service id ${id}`]);
    for (const [key, column, what] of keys) {
      const line = first.get(key);
      if (line === undefined) {
        first.set(key, row.line);
        continue;
      }
      const problem = problemAt(
        "DUPLICATE",
        columnOf(row, column),
        `${what} is already on line ${line}; each number is ported once per run`,
      );
      found.set(position, [...(found.get(position) ?? []), problem]);
      break;
    }
  }
  return found;
}

const lineList = (lines: readonly number[]): string =>
  lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)}`;

function mismatches(rows: readonly CanonicalRow[]): Map<number, RowProblem[]> {
  const found = new Map<number, RowProblem[]>();
  const groups = new Map<string, number[]>();
  for (const [position, row] of rows.entries()) {
    const account = row.values.carrier_account_number;
    if (account !== undefined) groups.set(account, [...(groups.get(account) ?? []), position]);
  }
  const add = (position: number, problem: RowProblem) =>
    found.set(position, [...(found.get(position) ?? []), problem]);
  for (const positions of groups.values()) {
    for (const column of ["name_on_invoice", "pin"] as const) {
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
        const detail =
          column === "pin"
            ? `the PIN differs from ${lineList(others.map(([, line]) => line))} (same carrier account number); use the one PIN the carrier issued for the account`
            : `${quote(value)} differs from ${others.map(([other, line]) => `${quote(other)} on line ${line}`).join(" and ")} (same carrier account number); write the name exactly as on the carrier's invoice`;
        add(position, problemAt("ACCOUNT_MISMATCH", columnOf(row, column), detail));
      }
    }
  }
  return found;
}

/** The rows with the sheet-level problems added (new row objects where problems were added; input unchanged). */
export function checkSheet(rows: readonly CanonicalRow[]): CanonicalRow[] {
  const duplicated = duplicates(rows);
  const mismatched = mismatches(rows);
  return rows.map((row, position) => {
    const added = [...(duplicated.get(position) ?? []), ...(mismatched.get(position) ?? [])];
    return added.length === 0 ? row : { ...row, problems: [...row.problems, ...added] };
  });
}
