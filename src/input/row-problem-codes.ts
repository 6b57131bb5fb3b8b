// The closed list of problems the intake finds in a row without asking the API: damage done by spreadsheets,
// values in the wrong shape, and disagreements between rows of one sheet. Problems that need the API's reference
// data (carriers, plans, properties, address formats) are in src/orders/resolve-problem-codes.ts.

export const ROW_PROBLEM_CODES = {
  REQUIRED: "The row has no service number or service id, no new carrier, or no plan.",
  COLUMN_COUNT:
    "The row has more or fewer values than the header has columns (a delimiter is missing or extra).",
  EXCEL_ERROR: "A cell shows a spreadsheet error such as #N/A or #REF! instead of a value.",
  ENCODING_DAMAGE:
    "A value contains U+FFFD: characters were lost when the file was converted between encodings.",
  PHONE_SCIENTIFIC:
    "A phone number was turned into scientific notation (5.12344E+09) by Excel; digits are lost.",
  PHONE_FORMAT: "A phone number is not 10 North American (NANP) digits, with or without a leading 1 or +1.",
  POSTAL_CODE_FORMAT:
    "A postal code is not a US ZIP (or ZIP+4) or a Canadian postal code, as the country needs.",
  STATE_UNKNOWN: "The ship-to state or province is not one of the country's (US: 50 states and DC; Canada).",
  EXPEDITE_FORMAT: "expedite is not yes/no, true/false, y/n or 1/0.",
  PIN_LENGTH: "The transfer PIN is not 4 to 10 characters long (CONTRACT.md §8.10 PIN_PASSWORD 4-10).",
  ACCOUNT_IS_PHONE: "The carrier account number is the service's own phone number.",
  ACCOUNT_MASKED:
    "The carrier account number is masked (a results file fed back in); the full number is needed.",
  DATE_FORMAT: "pin_issued is not a date, or lies in the future.",
  PIN_EXPIRED: "pin_issued is older than the allowed PIN age (default 3 days).",
  DUPLICATE:
    "The service number (or service id) already appears on an earlier row (CONTRACT.md §1 row rules).",
  ACCOUNT_MISMATCH: "Rows with one carrier account number disagree on the name on invoice or the PIN.",
} as const satisfies Record<string, string>;

export type RowProblemCode = keyof typeof ROW_PROBLEM_CODES;
