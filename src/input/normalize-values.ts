// Checks that apply to any value (spreadsheet error cells, encoding damage) and the expedite flag.
import type { RowProblem } from "./canonical-row.js";
import { keep, problemAt, quote, refuse, type FieldOutcome } from "./field-outcome.js";

const EXCEL_ERRORS = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** A problem when the value is a spreadsheet error or holds U+FFFD; such a value is not checked further. */
export function checkDamage(value: string, column: string): RowProblem | undefined {
  if (EXCEL_ERRORS.test(value)) {
    return problemAt(
      "EXCEL_ERROR",
      column,
      `shows the Excel error ${quote(value)} instead of a value; fix the formula and re-export`,
    );
  }
  if (value.includes("\uFFFD")) {
    return problemAt(
      "ENCODING_DAMAGE",
      column,
      `${quote(value)} contains "\uFFFD": characters were lost when the file was converted between encodings; fix the text and re-export as "CSV UTF-8"`,
    );
  }
  return undefined;
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

/** expedite as the API's boolean, written "true" or "false" (CONTRACT.md §9 rule 21). */
export function normalizeExpedite(value: string, column: string): FieldOutcome {
  const key = value.toLowerCase();
  // Accepted spellings are not recorded as changes: the user meant exactly this (validate would list every row).
  if (YES.has(key)) return keep("true");
  if (NO.has(key)) return keep("false");
  return refuse(
    "EXPEDITE_FORMAT",
    column,
    `${quote(value)} is not yes or no; expected yes/no, true/false, y/n or 1/0`,
  );
}
