// `bulkport template`: the canonical header and one example row, from the contract's example data set (tenant
// ACME: service 5123440000 of Peter Edwards, AT&T Mobility -> Verizon Wireless; port-order-request.json).
import { CANONICAL_COLUMNS, type CanonicalColumn } from "./canonical-row.js";

const EXAMPLE: Readonly<Record<CanonicalColumn, string>> = {
  service_number: "5123440000",
  service_id: "",
  new_carrier: "Verizon Wireless",
  carrier_account_number: "123456789",
  name_on_invoice: "Peter Edwards",
  current_carrier: "AT&T Mobility",
  pin: "4821",
  pin_issued: "",
  contact_number: "2035559360",
  device: "Apple iPhone 5 (16GB) - Black",
  plan: "Nationwide for Business Talk Share Plan",
  optional_features: "Visual Voice Mail;Wireless Phone Protection (Advanced Devices)",
  country: "United States",
  postal_code: "06477",
  ship_to_name: "Peter Edwards",
  ship_to_line1: "35 Executive Blvd",
  ship_to_line2: "",
  ship_to_city: "Orange",
  ship_to_state: "CT",
  ship_to_postal_code: "06477",
  expedite: "yes",
  employee: "peter.edwards.acme",
  external_order_number: "",
};

/** RFC 4180 quoting, only where needed. */
const field = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** The canonical header line and one example line, each ending in "\n". */
export function templateCsv(): string {
  const header = CANONICAL_COLUMNS.join(",");
  const example = CANONICAL_COLUMNS.map((column) => field(EXAMPLE[column])).join(",");
  return `${header}\n${example}\n`;
}
