// The boundary between reading a sheet (src/input) and turning a row into an order (src/orders): a row with its
// line number, its values under canonical column names, and every change normalisation made to them.

/** The canonical input columns (issue "end to end job"; `bulkport template` prints them in this order). */
export const CANONICAL_COLUMNS = [
  "service_number",
  "service_id",
  "new_carrier",
  "carrier_account_number",
  "name_on_invoice",
  "current_carrier",
  "pin",
  "pin_issued",
  "contact_number",
  "device",
  "plan",
  "optional_features",
  "country",
  "postal_code",
  "ship_to_name",
  "ship_to_line1",
  "ship_to_line2",
  "ship_to_city",
  "ship_to_state",
  "ship_to_postal_code",
  "expedite",
  "employee",
  "external_order_number",
] as const;

export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

/** A change normalisation made to a value, shown to the user (e.g. ZIP "6477" -> "06477"). */
export interface Normalisation {
  column: string;
  from: string;
  to: string;
  reason: string;
}

/** A problem found in one row before any request. `column` is the user's header when known. */
export interface RowProblem {
  code: string; // e.g. "REQUIRED", "PHONE_FORMAT", "DUPLICATE"; closed lists in src/input/row-problem-codes.ts and src/orders/resolve-problem-codes.ts
  column?: string;
  message: string; // says what to fix, in the user's terms
}

export interface CanonicalRow {
  /** The 1-based physical line of the row's first character in the input file. */
  line: number;
  /** 0-based index among the data rows, in input order. */
  index: number;
  /** Values by canonical column; a column absent from the sheet is absent here. Trimmed. */
  values: Partial<Record<CanonicalColumn, string>>;
  /** `prop.<PROPERTY_ID>` columns, by property id. */
  properties: Record<string, string>;
  /** The row as it was in the file: header -> raw value (for the results CSV). */
  raw: Record<string, string>;
  /** Which user header fed each canonical column or property (for messages). */
  sourceColumn: Partial<Record<string, string>>;
  normalisations: Normalisation[];
  problems: RowProblem[];
  /** The row's earlier outcome, when the sheet is a results file fed back in. */
  previous?: { status: string; orderId?: string; orderStatus?: string; externalOrderNumber?: string };
}
