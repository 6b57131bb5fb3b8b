// Postal codes by country. US ZIPs that Excel stored as numbers lose their leading zeros ("06477" -> "6477");
// they are restored. The order-level postal_code must be 5 digits (CONTRACT.md §9 rule 9, `^\d{5}$`), so a ZIP+4
// keeps its first part there; the ship-to POSTAL_CODE accepts ZIP+4 (`[0-9]{4,5}(-[0-9]{4})?`) and keeps it.
import { keep, normalised, quote, refuse, type FieldOutcome } from "./field-outcome.js";
import type { CountryKind } from "./normalize-region.js";

export interface PostalCodeContext {
  kind: CountryKind;
  /** postal_code (5-digit ZIP only) or ship_to_postal_code (ZIP+4 kept). */
  level: "order" | "ship-to";
}

function normalizeZip(value: string, column: string, level: PostalCodeContext["level"]): FieldOutcome {
  const match =
    /^(\d{3,5})$/.exec(value) ?? /^(\d{4,5})(\d{4})$/.exec(value) ?? /^(\d{3,5})-(\d{4})$/.exec(value);
  const [, zip = "", plus4] = match ?? [];
  if (match === null) {
    return refuse(
      "POSTAL_CODE_FORMAT",
      column,
      `${quote(value)} is not a US ZIP code; expected 5 digits such as 06477, or ZIP+4 such as 06477-1234`,
    );
  }
  const five = zip.padStart(5, "0");
  const reasons = five === zip ? [] : ["restored the leading zeros Excel dropped"];
  if (plus4 !== undefined && level === "order") {
    reasons.push("kept the 5-digit ZIP of the ZIP+4 (the order's postal code is 5 digits)");
    return normalised(value, five, reasons.join("; "));
  }
  const result = plus4 === undefined ? five : `${five}-${plus4}`;
  if (result !== value && plus4 !== undefined) reasons.push("wrote the ZIP+4 as 00000-0000");
  return normalised(value, result, reasons.join("; "));
}

function normalizeCanadian(value: string, column: string): FieldOutcome {
  const match = /^([A-Za-z]\d[A-Za-z])[\s-]?(\d[A-Za-z]\d)$/.exec(value);
  if (match === null) {
    return refuse(
      "POSTAL_CODE_FORMAT",
      column,
      `${quote(value)} is not a Canadian postal code such as K1A 0B1`,
    );
  }
  const [, area = "", unit = ""] = match;
  return normalised(value, `${area} ${unit}`.toUpperCase(), "wrote the postal code as A1A 1A1");
}

export function normalizePostalCode(value: string, column: string, context: PostalCodeContext): FieldOutcome {
  if (context.kind === "US") return normalizeZip(value, column, context.level);
  if (context.kind === "CA") return normalizeCanadian(value, column);
  return keep(value);
}
