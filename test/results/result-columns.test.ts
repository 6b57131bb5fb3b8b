import { describe, expect, it } from "vitest";
import { createResultLayout, RESULT_COLUMNS } from "../../src/results/result-columns.js";

describe("createResultLayout", () => {
  it("puts the fixed columns first, in order", () => {
    expect(RESULT_COLUMNS).toEqual([
      "row",
      "status",
      "order_id",
      "order_status",
      "external_order_number",
      "service_number",
      "error_code",
      "error_message",
      "device",
      "plan",
      "one_time_cost",
      "monthly_cost",
      "currency",
      "confirmed_at",
      "submitted_at",
    ]);
  });

  it.each<[string[], string[]]>([
    [
      ["Wireless #", "Notes"],
      ["Wireless #", "Notes"],
    ],
    [
      ["status", "Plan", "ROW"],
      ["input_status", "input_Plan", "input_ROW"],
    ],
    [
      ["row", "input_row"],
      ["input_row", "input_input_row"],
    ],
    [[], []],
  ])("input header %j is written as %j", (inputHeader, expected) => {
    const layout = createResultLayout(inputHeader);
    expect(layout.header).toEqual([...RESULT_COLUMNS, ...expected]);
    expect(layout.inputColumns).toEqual(inputHeader);
  });
});
