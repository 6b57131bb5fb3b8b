// What to tell the user when a sheet cannot be read at all: one sentence per cause, saying what to fix.
import type { SheetEncoding } from "./detect-encoding.js";
import type { LimitViolation, ReadLimits } from "./scan-limits.js";

const count = (value: number): string => value.toLocaleString("en-US");

/** The message for a csv-parse error code (adaltas/node-csv's closed list). */
export function describeCsvError(code: string, fallback: string): string {
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return 'a quoted value that starts in this row is never closed; add the closing quote (")';
    case "CSV_INVALID_CLOSING_QUOTE":
      return 'a quoted value is followed by more text before the next delimiter; write a quote inside a value as two quotes ("")';
    case "INVALID_OPENING_QUOTE":
      return 'a quote appears in the middle of a value; put the whole value in quotes and write the quote inside it as two quotes ("")';
    default:
      return `the file cannot be parsed as CSV (${fallback})`;
  }
}

export function describeLimitViolation(violation: LimitViolation, limits: ReadLimits): string {
  switch (violation.kind) {
    case "nul":
      return 'the file contains a NUL character, so it is not a text CSV; if it is a "Unicode text" export without a byte order mark, save it again as "CSV UTF-8"';
    case "field":
      return `a value is longer than ${count(limits.maxFieldChars)} characters; check for a missing closing quote`;
    case "columns":
      return `a row has more than ${count(limits.maxColumns)} values; check the delimiter`;
    case "row":
      return `a row is longer than ${count(limits.maxRowChars)} characters; check for a missing closing quote`;
  }
}

const ENCODING_NAMES: Record<SheetEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  "windows-1252": "Windows-1252",
};

export function describeDecodeFailure(encoding: SheetEncoding): string {
  const how =
    encoding === "utf-8"
      ? "it starts with a UTF-8 byte order mark"
      : "it starts with a UTF-16 byte order mark";
  return `the file is damaged here: it is not valid ${ENCODING_NAMES[encoding]} (${how}); save it again as "CSV UTF-8"`;
}
