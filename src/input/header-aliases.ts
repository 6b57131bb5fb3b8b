// The headers people actually put on migration sheets, per canonical column. Headers are compared by
// `headerKey`: case, spaces, punctuation, accents and "#" do not count ("Wireless #" = "wireless").
//
// ZIP codes: a bare "Zip" is the order's postal_code (the zone where the line is used, CONTRACT.md §9 rule 9), a
// ship-to zip is ship_to_postal_code. A sheet with a single ZIP column means it for both; the intake maps only
// what is there, and the order builder falls back from one to the other (src/orders/resolve-place.ts).
import { CANONICAL_COLUMNS, type CanonicalColumn } from "./canonical-row.js";

/** Lowercase letters and digits only, accents dropped: the form headers are compared in. */
export const headerKey = (header: string): string =>
  header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

const ALIASES: Readonly<Record<CanonicalColumn, readonly string[]>> = {
  service_number: [
    "Mobile Number",
    "Mobile",
    "Mobile Phone",
    "Mobile #",
    "Wireless Number",
    "Wireless #",
    "Wireless Phone Number",
    "Phone",
    "Phone Number",
    "Cell",
    "Cell Number",
    "Cell Phone",
    "MDN",
    "MSISDN",
    "CTN",
    "TN",
    "Service Number",
    "Service #",
    "Line Number",
    "Number to Port",
    "Port Number",
    "Telephone Number",
  ],
  service_id: ["Service ID", "Service Asset ID", "Tangoe Service ID", "Asset ID"],
  new_carrier: ["Carrier", "New Carrier", "To Carrier", "Port To", "Target Carrier", "New Vendor"],
  carrier_account_number: [
    "Account Number",
    "Account",
    "Acct No.",
    "Acct Number",
    "Account No.",
    "BAN",
    "Billing Account Number",
    "Carrier Account",
    "Carrier Account Number",
  ],
  name_on_invoice: ["Name on Bill", "Name on Invoice", "Name on Account", "Account Name", "Billing Name"],
  current_carrier: [
    "Old Carrier",
    "Current Carrier",
    "From Carrier",
    "Losing Carrier",
    "Previous Carrier",
    "Existing Carrier",
  ],
  pin: [
    "PIN",
    "Transfer PIN",
    "Port PIN",
    "Port Out PIN",
    "Number Transfer PIN",
    "Account PIN",
    "Passcode",
    "PIN Password",
    "Security PIN",
  ],
  pin_issued: [
    "PIN Issued",
    "PIN Date",
    "PIN Issued Date",
    "PIN Issued On",
    "Transfer PIN Date",
    "PIN Created",
  ],
  contact_number: ["Contact Number", "Contact Phone", "Contact Phone Number", "Contact #", "Callback Number"],
  device: ["Device", "Device Model", "Handset", "Phone Model", "New Device"],
  plan: ["Plan", "Rate Plan", "Plan Name", "Service Plan", "New Plan", "Price Plan"],
  optional_features: ["Optional Features", "Features", "Add-ons", "Feature Codes"],
  country: ["Country", "Country Name"],
  postal_code: ["Zip", "ZIP Code", "Zipcode", "Postal Code", "Postcode", "Service Zip", "Usage Zip"],
  ship_to_name: ["Ship To Name", "Shipping Name", "Recipient", "Recipient Name", "Attention", "Attn"],
  ship_to_line1: [
    "Address",
    "Street",
    "Street Address",
    "Address 1",
    "Address Line 1",
    "Ship To Address",
    "Ship To Address 1",
    "Ship To Line 1",
    "Ship To Street",
    "Shipping Address",
  ],
  ship_to_line2: [
    "Address 2",
    "Address Line 2",
    "Ship To Address 2",
    "Ship To Line 2",
    "Suite",
    "Apt",
    "Unit",
  ],
  ship_to_city: ["City", "Town", "Ship To City", "Shipping City"],
  ship_to_state: [
    "State",
    "Province",
    "State/Province",
    "Ship To State",
    "Ship To Province",
    "Shipping State",
  ],
  ship_to_postal_code: [
    "Ship To Zip",
    "Ship To Zip Code",
    "Ship To Postal Code",
    "Shipping Zip",
    "Shipping Postal Code",
  ],
  expedite: ["Expedite", "Expedited", "Rush", "Expedite Shipping"],
  employee: ["Employee", "Employee ID", "Company Employee ID", "Emp ID", "Employee Number"],
  external_order_number: [
    "External Order Number",
    "External Order #",
    "Order Reference",
    "Reference",
    "PO Number",
    "Ticket",
    "Ticket Number",
  ],
};

const byKey = new Map<string, CanonicalColumn>();
for (const column of CANONICAL_COLUMNS) {
  for (const alias of ALIASES[column]) {
    const key = headerKey(alias);
    const taken = byKey.get(key);
    // A key shared by two columns would make the table depend on its own order: fail at load, in tests.
    if (taken !== undefined && taken !== column) throw new Error(`alias "${alias}" is listed twice`);
    byKey.set(key, column);
  }
}
const canonicalByKey = new Map(CANONICAL_COLUMNS.map((column) => [headerKey(column), column] as const));

/** How a header names a canonical column: by its own name ("service_number") or by an alias ("Mobile #"). */
export type HeaderMatch = { column: CanonicalColumn; by: "name" | "alias" };

export function matchHeader(header: string): HeaderMatch | undefined {
  const key = headerKey(header);
  const named = canonicalByKey.get(key);
  if (named !== undefined) return { column: named, by: "name" };
  const aliased = byKey.get(key);
  return aliased === undefined ? undefined : { column: aliased, by: "alias" };
}

/** The canonical name and every alias of a column (for "closest header" suggestions). */
export const namesOf = (column: CanonicalColumn): readonly string[] => [column, ...ALIASES[column]];

/** `prop.<PROPERTY_ID>` headers pass an order property through; the prefix is case-insensitive. */
export function propertyIdOf(header: string): string | undefined {
  const match = /^prop\.(.+)$/i.exec(header.trim());
  const id = match?.[1]?.trim();
  return id === undefined || id === "" ? undefined : id;
}
