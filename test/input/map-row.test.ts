import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import type { CanonicalRow } from "../../src/input/canonical-row.js";
import { mapHeader } from "../../src/input/map-header.js";
import { createRowMapper } from "../../src/input/map-row.js";
import { good, mapping, mapRow, now, record } from "./map-row-sheet.js";

describe("createRowMapper", () => {
  it("maps a clean row without changes or problems", () => {
    const row = mapRow(record());
    expect(row).toEqual<CanonicalRow>({
      line: 2,
      index: 0,
      values: {
        service_number: "5123440000",
        new_carrier: "Verizon Wireless",
        carrier_account_number: "123456789",
        name_on_invoice: "Peter Edwards",
        pin: "4821",
        pin_issued: "2024-05-03",
        contact_number: "2035559360",
        plan: "Nationwide for Business Talk Share Plan",
        country: "United States",
        postal_code: "06477",
        ship_to_state: "CT",
        ship_to_postal_code: "06477",
        expedite: "true",
      },
      properties: { PREFERRED_PORT_DATE: "2024-06-01" },
      raw: good,
      sourceColumn: {
        service_number: "Mobile #",
        new_carrier: "Carrier",
        carrier_account_number: "Acct No.",
        name_on_invoice: "Name on Bill",
        pin: "Transfer PIN",
        pin_issued: "PIN Date",
        contact_number: "Contact #",
        plan: "Plan",
        country: "Country",
        postal_code: "Zip",
        ship_to_state: "State",
        ship_to_postal_code: "Ship To Zip",
        expedite: "Rush",
        "prop.PREFERRED_PORT_DATE": "prop.PREFERRED_PORT_DATE",
      },
      normalisations: [],
      problems: [],
    });
  });

  it("trims values without recording it, leaves names and account numbers alone, and drops empty values", () => {
    const row = mapRow(
      record({ "Name on Bill": "  peter  EDWARDS ", "Acct No.": " 0012-3456 ", "Contact #": "  " }),
    );
    expect(row.values.name_on_invoice).toBe("peter  EDWARDS");
    expect(row.values.carrier_account_number).toBe("0012-3456");
    expect("contact_number" in row.values).toBe(false);
    expect(row.raw["Name on Bill"]).toBe("  peter  EDWARDS ");
    expect(row.normalisations).toEqual([]);
  });

  it("records every normalisation with the user's header", () => {
    const row = mapRow(
      record({
        "Mobile #": "(512) 344-0000",
        "Contact #": "+1 203 555 9360",
        Country: "USA",
        Zip: "6477-1234",
        State: "Connecticut",
        "Ship To Zip": "6477",
        Rush: "Y",
      }),
    );
    expect(row.problems).toEqual([]);
    expect(row.normalisations).toEqual([
      {
        column: "Country",
        from: "USA",
        to: "United States",
        reason: "wrote the country as the API names it",
      },
      {
        column: "Mobile #",
        from: "(512) 344-0000",
        to: "5123440000",
        reason: "kept the 10 digits of the North American number",
      },
      {
        column: "Contact #",
        from: "+1 203 555 9360",
        to: "2035559360",
        reason: "kept the 10 digits of the North American number",
      },
      {
        column: "Zip",
        from: "6477-1234",
        to: "06477",
        reason:
          "restored the leading zeros Excel dropped; kept the 5-digit ZIP of the ZIP+4 (the order's postal code is 5 digits)",
      },
      {
        column: "Ship To Zip",
        from: "6477",
        to: "06477",
        reason: "restored the leading zeros Excel dropped",
      },
      { column: "State", from: "Connecticut", to: "CT", reason: "wrote the state as its 2-letter code" },
    ]);
  });

  it("checks Canadian postal codes and provinces when the country is Canada", () => {
    const row = mapRow(
      record({ Country: "Canada", Zip: "k1a0b1", State: "Ontario", "Ship To Zip": "06477" }),
    );
    expect(row.values).toMatchObject({ postal_code: "K1A 0B1", ship_to_state: "ON" });
    expect(row.problems).toEqual([
      {
        code: "POSTAL_CODE_FORMAT",
        column: "Ship To Zip",
        message: 'Ship To Zip: "06477" is not a Canadian postal code such as K1A 0B1',
      },
    ]);
  });

  it("uses mapping constants with their own name in messages", () => {
    const withConstants = mapHeader(["Line", "Plan"], {
      file: "ports.csv",
      mapping: {
        file: "map.json",
        columns: { service_number: "Line" },
        constants: { new_carrier: "Verizon Wireless", expedite: "perhaps" },
      },
    });
    const row = createRowMapper(withConstants, { now })({
      line: 2,
      index: 0,
      fields: ["5123440000", "Basic"],
      header: ["Line", "Plan"],
    });
    expect(row.values).toEqual({
      service_number: "5123440000",
      plan: "Basic",
      new_carrier: "Verizon Wireless",
      expedite: "perhaps",
    });
    expect(row.sourceColumn.new_carrier).toBe('mapping constant "new_carrier"');
    expect(row.problems).toEqual([
      {
        code: "EXPEDITE_FORMAT",
        column: 'mapping constant "expedite"',
        message:
          'mapping constant "expedite": "perhaps" is not yes or no; expected yes/no, true/false, y/n or 1/0',
      },
    ]);
  });

  it.each<[object, UsageError]>([
    [{ now, pinMaxAgeDays: -1 }, new UsageError("Expected `pinMaxAgeDays` to be a number >= 0, got -1")],
    [
      { now, pinMaxAgeDays: Number.NaN },
      new UsageError("Expected `pinMaxAgeDays` to be a number >= 0, got NaN"),
    ],
    [{ now: new Date("nope") }, new UsageError("Expected `now` to be a valid Date, got Invalid Date")],
  ])("checks its options once: %o", (options, error) => {
    expect(() => createRowMapper(mapping, options as never)).toThrow(error);
  });

  it("applies pinMaxAgeDays", () => {
    const strict = createRowMapper(mapping, { now, pinMaxAgeDays: 0 });
    expect(strict(record({ "PIN Date": "2024-05-03" })).problems.map(({ code }) => code)).toEqual([
      "PIN_EXPIRED",
    ]);
  });
});
