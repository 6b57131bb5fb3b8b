import { describe, expect, it } from "vitest";
import { CANONICAL_COLUMNS } from "../../src/input/canonical-row.js";
import {
  headerKey,
  matchHeader,
  namesOf,
  propertyIdOf,
  type HeaderMatch,
} from "../../src/input/header-aliases.js";

describe("headerKey", () => {
  it.each<[string, string]>([
    ["Wireless #", "wireless"],
    ["Acct No.", "acctno"],
    [" Mobile  Number ", "mobilenumber"],
    ["service_number", "servicenumber"],
    ["Numéro", "numero"],
    ["ZIP-Code", "zipcode"],
  ])("%j -> %j", (header, key) => {
    expect(headerKey(header)).toBe(key);
  });
});

describe("matchHeader", () => {
  it.each<[string, HeaderMatch | undefined]>([
    ["service_number", { column: "service_number", by: "name" }],
    ["Service Number", { column: "service_number", by: "name" }],
    ["SERVICE-NUMBER", { column: "service_number", by: "name" }],
    ["Mobile Number", { column: "service_number", by: "alias" }],
    ["Wireless #", { column: "service_number", by: "alias" }],
    ["Phone", { column: "service_number", by: "alias" }],
    ["MDN", { column: "service_number", by: "alias" }],
    ["Service #", { column: "service_number", by: "alias" }],
    ["Acct No.", { column: "carrier_account_number", by: "alias" }],
    ["Account Number", { column: "carrier_account_number", by: "alias" }],
    ["BAN", { column: "carrier_account_number", by: "alias" }],
    ["Zip", { column: "postal_code", by: "alias" }],
    ["ZIP Code", { column: "postal_code", by: "alias" }],
    ["Ship To Zip", { column: "ship_to_postal_code", by: "alias" }],
    ["Ship-To ZIP Code", { column: "ship_to_postal_code", by: "alias" }],
    ["Transfer PIN", { column: "pin", by: "alias" }],
    ["Port PIN", { column: "pin", by: "alias" }],
    ["Passcode", { column: "pin", by: "alias" }],
    ["Carrier", { column: "new_carrier", by: "alias" }],
    ["New Carrier", { column: "new_carrier", by: "name" }],
    ["Old Carrier", { column: "current_carrier", by: "alias" }],
    ["Name on Bill", { column: "name_on_invoice", by: "alias" }],
    ["Address", { column: "ship_to_line1", by: "alias" }],
    ["Street", { column: "ship_to_line1", by: "alias" }],
    ["State", { column: "ship_to_state", by: "alias" }],
    ["City", { column: "ship_to_city", by: "alias" }],
    ["Contact Phone", { column: "contact_number", by: "alias" }],
    ["Rate Plan", { column: "plan", by: "alias" }],
    ["Rush", { column: "expedite", by: "alias" }],
    ["Employee ID", { column: "employee", by: "alias" }],
    ["Notes", undefined],
    ["Name", undefined],
    ["", undefined],
  ])("%j", (header, expected) => {
    expect(matchHeader(header)).toEqual(expected);
  });

  it("matches every canonical column by its own name", () => {
    for (const column of CANONICAL_COLUMNS) {
      expect(matchHeader(column)).toEqual({ column, by: "name" });
      expect(namesOf(column)[0]).toBe(column);
    }
  });
});

describe("propertyIdOf", () => {
  it.each<[string, string | undefined]>([
    ["prop.PREFERRED_PORT_DATE", "PREFERRED_PORT_DATE"],
    ["Prop.ORDER_REASON", "ORDER_REASON"],
    [" prop. X ", "X"],
    ["prop.", undefined],
    ["property.X", undefined],
    ["Plan", undefined],
  ])("%j", (header, id) => {
    expect(propertyIdOf(header)).toBe(id);
  });
});
