// Small migration sheets for the security tests: rows the simulator's hand-written lines accept
// (src/simulator/seed/seed-special-services.ts), each field overridable, written as CSV with proper quoting.
import { writeFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";

export const COLUMNS = [
  "service_number",
  "new_carrier",
  "carrier_account_number",
  "name_on_invoice",
  "current_carrier",
  "pin",
  "contact_number",
  "device",
  "plan",
  "country",
  "postal_code",
  "ship_to_name",
  "ship_to_line1",
  "ship_to_line2",
  "ship_to_city",
  "ship_to_state",
  "ship_to_postal_code",
  "expedite",
  "prop.ORDER_REASON",
] as const;

export type SheetRow = Partial<Record<(typeof COLUMNS)[number], string>> & Record<string, string>;

/** A line of tenant ACME porting from AT&T to Verizon, shipped to Austin (fixtures/example.csv line 28). */
export const verizonRow = (serviceNumber: string, fields: SheetRow = {}): SheetRow => ({
  service_number: serviceNumber,
  new_carrier: "Verizon Wireless",
  carrier_account_number: "287301945612",
  name_on_invoice: "Acme Corporation",
  current_carrier: "AT&T Mobility",
  pin: "7391",
  contact_number: "2035550188",
  device: "Apple iPhone 5 (16GB) - Black",
  plan: "Nationwide for Business Talk Share Plan",
  country: "United States",
  postal_code: "78701",
  ship_to_name: "Barbara Davis",
  ship_to_line1: "500 W 2nd St",
  ship_to_line2: "Suite 1900",
  ship_to_city: "Austin",
  ship_to_state: "TX",
  ship_to_postal_code: "78701",
  expedite: "no",
  ...fields,
});

/** The same, to T-Mobile, which also needs ORDER_REASON (fixtures/example.csv line 29). */
export const tmobileRow = (serviceNumber: string, fields: SheetRow = {}): SheetRow =>
  verizonRow(serviceNumber, {
    new_carrier: "T-Mobile",
    device: "",
    plan: "Magenta for Business",
    ship_to_name: "Lisa Young",
    "prop.ORDER_REASON": "Cost savings",
    ...fields,
  });

/** Writes `rows` under `columns` (COLUMNS, or more: a column not listed is not written). */
export function writeSheet(
  file: string,
  rows: readonly SheetRow[],
  columns: readonly string[] = COLUMNS,
): void {
  const records = rows.map((row) => columns.map((column) => row[column] ?? ""));
  writeFileSync(file, stringify([[...columns], ...records]), { mode: 0o644 });
}
