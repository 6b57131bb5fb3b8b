import { describe, expect, it } from "vitest";
import { mapHeader } from "../../src/input/map-header.js";
import { createRowMapper } from "../../src/input/map-row.js";
import { readResultsLayout } from "../../src/input/results-file.js";
import { RESULT_COLUMNS } from "../../src/results/result-columns.js";

// A results file as bulkport writes it: the tool's columns, then the input's, colliding ones prefixed `input_`.
const header = [
  ...RESULT_COLUMNS,
  "input_service_number",
  "new_carrier",
  "carrier_account_number",
  "input_plan",
  "input_input_plan",
  "Notes",
];

describe("readResultsLayout", () => {
  it("recognises a results file and restores the input's own column names", () => {
    expect(readResultsLayout(header)).toEqual({
      status: 1,
      orderId: 2,
      orderStatus: 3,
      externalOrderNumber: 4,
      inputColumns: [
        { index: 15, name: "service_number" },
        { index: 16, name: "new_carrier" },
        { index: 17, name: "carrier_account_number" },
        { index: 18, name: "plan" },
        { index: 19, name: "input_plan" },
        { index: 20, name: "Notes" },
      ],
    });
  });

  it.each([
    ["an ordinary sheet", ["service_number", "new_carrier", "plan"]],
    ["the tool's columns out of order", ["status", "row", ...RESULT_COLUMNS.slice(2), "plan"]],
  ])("returns undefined for %s", (_, names) => {
    expect(readResultsLayout(names)).toBeUndefined();
  });
});

describe("a results file fed back in", () => {
  const mapping = mapHeader(header, { file: "sheet.results.csv" });
  const fields = (status: string, orderId: string, account: string): string[] => {
    const values: string[] = RESULT_COLUMNS.map(() => "");
    values[1] = status;
    values[2] = orderId;
    values[3] = orderId ? "IN_PROGRESS" : "";
    values[4] = "BP-ABC";
    return [...values, "5123440000", "Verizon Wireless", account, "Nationwide", "x", "call first"];
  };
  const mapRow = createRowMapper(mapping, { now: new Date("2026-11-30T00:00:00Z") });

  it("maps the input's columns, not the tool's, and warns about nothing the tool wrote", () => {
    expect(mapping.columns.service_number).toEqual({ kind: "header", index: 15, name: "service_number" });
    expect(mapping.columns.plan).toEqual({ kind: "header", index: 18, name: "plan" });
    expect(mapping.ignoredColumns).toEqual(["input_plan", "Notes"]);
    expect(mapping.inputIndexes).toEqual([15, 16, 17, 18, 19, 20]);
  });

  it("keeps each row's earlier outcome and only the input's columns in raw", () => {
    const row = mapRow({ line: 2, index: 0, fields: fields("SUBMITTED", "8711260", "*****6789"), header });
    expect(row.previous).toEqual({
      status: "SUBMITTED",
      orderId: "8711260",
      orderStatus: "IN_PROGRESS",
      externalOrderNumber: "BP-ABC",
    });
    expect(Object.keys(row.raw)).toEqual([
      "service_number",
      "new_carrier",
      "carrier_account_number",
      "plan",
      "input_plan",
      "Notes",
    ]);
  });

  it("refuses a masked account number instead of sending it", () => {
    const row = mapRow({ line: 3, index: 1, fields: fields("REJECTED", "", "*****6789"), header });
    expect(row.problems).toContainEqual({
      code: "ACCOUNT_MASKED",
      column: "carrier_account_number",
      message:
        "carrier_account_number: is masked; a results file never holds the full account number: fill it in",
    });
  });
});
