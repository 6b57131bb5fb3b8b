// The results CSV's columns: the tool's fixed columns first, then the input's own columns in input order, so the
// user can sort and filter the result next to the data they gave.
import { escapeFormula } from "./escape-formula.js";

export const RESULT_COLUMNS = [
  "row",
  "status",
  "order_id",
  "order_status",
  "external_order_number",
  "service_number",
  "error_code",
  "error_message",
  "device",
  "plan",
  "one_time_cost",
  "monthly_cost",
  "currency",
  "confirmed_at",
  "submitted_at",
] as const;

export type ResultColumn = (typeof RESULT_COLUMNS)[number];

export interface ResultLayout {
  /** The full header: RESULT_COLUMNS, then the input's columns under their (possibly prefixed) names. */
  header: string[];
  /** The input's own headers, in input order (keys of CanonicalRow.raw). */
  inputColumns: string[];
}

/**
 * An input header that collides with a result column, or with an earlier name, gets the prefix `input_` (again,
 * until it is unique). Names compare case-insensitively: "Status" beside "status" would confuse a reader.
 */
export const createResultLayout = (inputHeader: readonly string[]): ResultLayout => {
  const taken = new Set<string>(RESULT_COLUMNS);
  const renamed = inputHeader.map((name) => {
    let unique = name;
    while (taken.has(unique.toLowerCase())) unique = `input_${unique}`;
    taken.add(unique.toLowerCase());
    return unique;
  });
  // Headers come from the input too: a header that starts a formula is neutralised like any cell.
  return { header: [...RESULT_COLUMNS, ...renamed.map(escapeFormula)], inputColumns: [...inputHeader] };
};
