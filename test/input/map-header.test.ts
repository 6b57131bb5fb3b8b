import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import type { MappingSpec } from "../../src/input/check-mapping.js";
import { displayNames, mapHeader } from "../../src/input/map-header.js";

const file = "ports.csv";

describe("displayNames", () => {
  it("names empty headers by position and numbers repeated ones", () => {
    expect(displayNames(["Plan", "", "Notes", "Notes", " Notes "])).toEqual([
      "Plan",
      "(column 2)",
      "Notes",
      "Notes (2)",
      "Notes (3)",
    ]);
  });
});

describe("mapHeader", () => {
  it("maps canonical names, aliases and prop.<ID> columns, and lists the rest", () => {
    const mapping = mapHeader(["Mobile #", "Carrier", "Rate Plan", "prop.ORDER_REASON", "Notes", "Zip"], {
      file,
    });
    expect(mapping).toEqual({
      names: ["Mobile #", "Carrier", "Rate Plan", "prop.ORDER_REASON", "Notes", "Zip"],
      columns: {
        service_number: { kind: "header", index: 0, name: "Mobile #" },
        new_carrier: { kind: "header", index: 1, name: "Carrier" },
        plan: { kind: "header", index: 2, name: "Rate Plan" },
        postal_code: { kind: "header", index: 5, name: "Zip" },
      },
      properties: { ORDER_REASON: { kind: "header", index: 3, name: "prop.ORDER_REASON" } },
      ignoredColumns: ["Notes"],
      inputIndexes: [0, 1, 2, 3, 4, 5],
    });
  });

  it("maps a single ZIP column to postal_code only; ship-to zip to ship_to_postal_code", () => {
    const one = mapHeader(["MDN", "Carrier", "Plan", "ZIP Code"], { file });
    expect(Object.keys(one.columns)).toEqual(["service_number", "new_carrier", "plan", "postal_code"]);
    const both = mapHeader(["MDN", "Carrier", "Plan", "Zip", "Ship To Zip"], { file });
    expect(both.columns.ship_to_postal_code).toEqual({ kind: "header", index: 4, name: "Ship To Zip" });
  });

  it("prefers the canonical name over an alias of the same column", () => {
    const mapping = mapHeader(["Phone", "service_number", "new_carrier", "plan"], { file });
    expect(mapping.columns.service_number).toEqual({ kind: "header", index: 1, name: "service_number" });
    expect(mapping.ignoredColumns).toEqual(["Phone"]);
  });

  it("accepts service_id instead of service_number", () => {
    const mapping = mapHeader(["Service ID", "Carrier", "Plan"], { file });
    expect(mapping.columns.service_id).toEqual({ kind: "header", index: 0, name: "Service ID" });
  });

  it("stops when two headers mean the same column", () => {
    expect(() =>
      mapHeader(["Phone", "Mobile Number", "Carrier", "Plan", "Zip", "ZIP Code"], { file, headerLine: 3 }),
    ).toThrow(
      new InputError(
        file,
        'columns "Phone" and "Mobile Number" all mean service_number; columns "Zip" and "ZIP Code" all mean postal_code; rename all but one, or name the right one in a mapping file (--mapping)',
        { line: 3 },
      ),
    );
  });

  it("names every missing required column with the closest header", () => {
    expect(() => mapHeader(["Phone", "Carier", "Notes"], { file })).toThrow(
      new InputError(
        file,
        'the sheet has no column for new_carrier (closest header: "Carier"), no column for plan (closest header: "Notes"); rename the header, add the column, or map it in a mapping file (--mapping)',
        { line: 1 },
      ),
    );
    expect(() => mapHeader(["Numbr", "Carrier", "Plan"], { file })).toThrow(
      new InputError(
        file,
        'the sheet has no column for service_number or service_id (closest header: "Numbr"); rename the header, add the column, or map it in a mapping file (--mapping)',
        { line: 1 },
      ),
    );
  });

  it("lets a mapping file's columns and constants win over aliases", () => {
    const spec: MappingSpec = {
      file: "map.json",
      columns: { service_number: "Line", "prop.PREFERRED_PORT_DATE": "Port On", plan: "Carrier" },
      constants: { new_carrier: "Verizon Wireless", country: "USA" },
    };
    const mapping = mapHeader(["Line", "Carrier", "Port On", "Phone", "Country"], { file, mapping: spec });
    expect(mapping).toEqual({
      names: ["Line", "Carrier", "Port On", "Phone", "Country"],
      columns: {
        service_number: { kind: "header", index: 0, name: "Line" },
        plan: { kind: "header", index: 1, name: "Carrier" },
        new_carrier: { kind: "constant", value: "Verizon Wireless", name: 'mapping constant "new_carrier"' },
        country: { kind: "constant", value: "USA", name: 'mapping constant "country"' },
      },
      properties: { PREFERRED_PORT_DATE: { kind: "header", index: 2, name: "Port On" } },
      ignoredColumns: ["Phone", "Country"],
      inputIndexes: [0, 1, 2, 3, 4],
    });
  });
});
