import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { checkMapping } from "../../src/input/check-mapping.js";

const header = ["Line", "Go To", "Acct", "Package", "Ship ZIP", "Port On"];
const file = "map.json";

const problemsOf = (text: string): string => {
  try {
    checkMapping(text, file, header);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("expected a ConfigError");
};

describe("checkMapping", () => {
  it("returns columns by the sheet's spelling and constants", () => {
    const text = JSON.stringify({
      columns: { service_number: "Line", plan: " package ", "prop.PREFERRED_PORT_DATE": "Port On" },
      constants: { new_carrier: "Verizon Wireless", "PROP.ORDER_REASON": "9" },
    });
    expect(checkMapping(`\uFEFF${text}`, file, header)).toEqual({
      file,
      columns: { service_number: "Line", plan: "Package", "prop.PREFERRED_PORT_DATE": "Port On" },
      constants: { new_carrier: "Verizon Wireless", "prop.ORDER_REASON": "9" },
    });
  });

  it("accepts an empty mapping", () => {
    expect(checkMapping("{}", file, header)).toEqual({ file, columns: {}, constants: {} });
  });

  it("reports every problem at once", () => {
    const text = JSON.stringify({
      colums: {},
      columns: { servce_number: "Line", plan: "Rate Plan", new_carrier: 5, pin: "Acct" },
      constants: { expedite: true, country: "USA", pin: "4821", "prop.": "x" },
    });
    expect(problemsOf(text)).toBe(
      [
        "map.json: the mapping file has 7 problems:",
        '  - "colums" is not a mapping section; did you mean "columns"?',
        '  - columns.servce_number: "servce_number" is not a canonical column or prop.<PROPERTY_ID>; did you mean "service_number"?',
        '  - columns.plan: the sheet has no column "Rate Plan"; closest: "Port On"',
        "  - columns.new_carrier: expected a string, got 5",
        '  - constants.expedite: expected a string, got true (write "true")',
        '  - constants.prop.: "prop." is not a canonical column or prop.<PROPERTY_ID>; did you mean "pin"?',
        "  - pin is given both a column and a constant; keep one",
      ].join("\n"),
    );
  });

  it.each<[string, string]>([
    [
      '{\n  "columns": {\n    "pin": PIN\n  }\n}',
      'invalid JSON at line 3, column 12: Unexpected token \'P\', ..."   "pin": PIN\n  }\n}" is not valid JSON',
    ],
    [
      '{"columns": {"plan": "Package",}}',
      "invalid JSON at line 1, column 32: Expected double-quoted property name",
    ],
    ["", "invalid JSON at line 1, column 1: Unexpected end of JSON input"],
    ["[]", 'expected an object with "columns" and/or "constants", got an array'],
    ['{"columns": []}', "columns: expected an object, got an array"],
    ['{"constants": null}', "constants: expected an object, got null"],
  ])("%j is refused", (text, problem) => {
    expect(problemsOf(text)).toBe(`map.json: the mapping file has 1 problem:\n  - ${problem}`);
  });
});
