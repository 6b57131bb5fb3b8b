// Phone numbers (service_number, contact_number) as 10 NANP digits, the form the API's services carry
// (CONTRACT.md §8.6 "Client index", F25). Numbers Excel turned into scientific notation are refused, never guessed:
// "5.12344E+09" has lost its last digits.
import { normalised, quote, refuse, type FieldOutcome } from "./field-outcome.js";

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;
// Spaces, dots, parentheses and dashes (including the Unicode dashes word processors put in).
const PUNCTUATION = /[\s.()\-\u2010-\u2015]/g;

export function normalizePhone(value: string, column: string): FieldOutcome {
  if (SCIENTIFIC.test(value)) {
    return refuse(
      "PHONE_SCIENTIFIC",
      column,
      `${quote(value)}: digits were lost by Excel; format the column as text and re-export`,
    );
  }
  const compact = value.replace(PUNCTUATION, "");
  const national = compact.startsWith("+1")
    ? compact.slice(2)
    : /^1\d{10}$/.test(compact)
      ? compact.slice(1)
      : compact;
  if (/^[2-9]\d{9}$/.test(national)) {
    return normalised(value, national, "kept the 10 digits of the North American number");
  }
  const why = /^[01]\d{9}$/.test(national) ? " (an area code never starts with 0 or 1)" : "";
  return refuse(
    "PHONE_FORMAT",
    column,
    `${quote(value)} is not a 10-digit North American number such as 512-344-0000${why}`,
  );
}
