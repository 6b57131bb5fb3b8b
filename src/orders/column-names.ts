// Problems and messages name the USER's column: the header that fed a canonical column or a property, else the
// canonical name. Order property ids map to canonical columns as in the contract's default set (§8.10).
import type { CanonicalColumn, CanonicalRow, RowProblem } from "../input/canonical-row.js";
import type { ResolveProblemCode } from "./resolve-problem-codes.js";

/** Order properties that canonical columns fill (the rest come from `prop.<ID>` columns). */
export const PROPERTY_COLUMNS: Readonly<Record<string, CanonicalColumn>> = {
  CARRIER_ACCT_NUMBER: "carrier_account_number",
  NAME_ON_INVOICE: "name_on_invoice",
  CONTACT_NUMBER: "contact_number",
  CURRENT_CARRIER: "current_carrier",
  PIN_PASSWORD: "pin",
  SERVICE_NUMBER: "service_number",
};

/** Properties whose values never appear in messages (logs and the results CSV redact them too). */
export const SECRET_PROPERTIES: ReadonlySet<string> = new Set(["PIN_PASSWORD", "CARRIER_ACCT_NUMBER"]);

/** Ship-to address parts that canonical columns fill (CONTRACT.md §8.4 part ids). */
export const ADDRESS_COLUMNS: Readonly<Record<string, CanonicalColumn>> = {
  LINE_1: "ship_to_line1",
  LINE_2: "ship_to_line2",
  CITY: "ship_to_city",
  STATE: "ship_to_state",
  POSTAL_CODE: "ship_to_postal_code",
};

type NamedRow = Pick<CanonicalRow, "sourceColumn">;

/** The user's header for a canonical column, else the canonical name. */
export const userColumn = (row: NamedRow, canonical: string): string =>
  row.sourceColumn[canonical] ?? canonical;

/** The user's header for an order property: its canonical column when it has one, else `prop.<ID>`. */
export const propertyColumn = (row: NamedRow, propertyId: string): string => {
  const canonical = PROPERTY_COLUMNS[propertyId];
  if (canonical !== undefined) return userColumn(row, canonical);
  return row.sourceColumn[`prop.${propertyId}`] ?? row.sourceColumn[propertyId] ?? `prop.${propertyId}`;
};

/** The user's header for a ship-to address part (LINE_3 has no canonical column). */
export const addressColumn = (row: NamedRow, partId: string): string => {
  const canonical = ADDRESS_COLUMNS[partId];
  return canonical === undefined
    ? `ship_to_${partId.toLowerCase().replace("_", "")}`
    : userColumn(row, canonical);
};

export const problem = (code: ResolveProblemCode, column: string, message: string): RowProblem => ({
  code,
  column,
  message,
});

/** A value as quoted in messages. */
export const quote = (value: string): string => JSON.stringify(value);
