// Caps against hostile or broken input, checked on the decoded text before the CSV parser buffers it, so memory
// stays bounded: csv-parse would otherwise hold a whole oversized field, or a line of a million empty fields,
// before any check could run. NUL characters mean a binary file or UTF-16 without a byte order mark.

export interface ReadLimits {
  /** Longest value, in characters. @default 1_048_576 (1 MB) */
  maxFieldChars: number;
  /** Most values in one row. @default 10_000 */
  maxColumns: number;
  /** Longest row, in characters (a row may span lines inside quotes). @default 16_777_216 (16 MB) */
  maxRowChars: number;
}

export const READ_LIMITS: ReadLimits = {
  maxFieldChars: 1_048_576,
  maxColumns: 10_000,
  maxRowChars: 16_777_216,
};

export interface LimitViolation {
  kind: "nul" | "field" | "columns" | "row";
  /** 1-based physical line of the offending character. */
  line: number;
  /** 1-based field index within its row. */
  column: number;
}

export interface LimitScanner {
  /** Scan the next piece of text; the first violation found, if any. */
  push(text: string): LimitViolation | undefined;
  /** Where the scan stands: the line and field of the next character. */
  position(): { line: number; column: number };
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Tracks quotes the way RFC 4180 does (`""` inside quotes leaves and re-enters them) to count fields. */
export function createLimitScanner(delimiter: string, limits: ReadLimits = READ_LIMITS): LimitScanner {
  const separator = delimiter.charCodeAt(0);
  let line = 1;
  let column = 1;
  let fieldChars = 0;
  let rowChars = 0;
  let quoted = false;
  let afterCr = false;

  const violation = (kind: LimitViolation["kind"]): LimitViolation => ({ kind, line, column });

  const push = (text: string): LimitViolation | undefined => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0) return violation("nul");
      const wasCr = afterCr;
      afterCr = code === CR;
      if (code === CR || code === LF) {
        if (!(code === LF && wasCr)) line += 1;
        if (!quoted) {
          column = 1;
          fieldChars = 0;
          rowChars = 0;
          continue;
        }
      } else if (code === QUOTE) {
        quoted = !quoted;
      } else if (code === separator && !quoted) {
        column += 1;
        fieldChars = 0;
        rowChars += 1;
        if (column > limits.maxColumns) return violation("columns");
        continue;
      }
      fieldChars += 1;
      rowChars += 1;
      if (fieldChars > limits.maxFieldChars) return violation("field");
      if (rowChars > limits.maxRowChars) return violation("row");
    }
    return undefined;
  };

  return { push, position: () => ({ line, column }) };
}
