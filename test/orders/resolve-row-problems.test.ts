import { describe, expect, it } from "vitest";
import type { CanonicalRow, RowProblem } from "../../src/input/canonical-row.js";
import type { ReferenceData } from "../../src/orders/reference-data.js";
import { RESOLVE_PROBLEM_CODES } from "../../src/orders/resolve-problem-codes.js";
import { resolveRow } from "../../src/orders/resolve-row.js";
import { placeAndPropertyCases } from "./problem-cases-details.js";
import { p, serviceAndCatalogCases } from "./problem-cases-service.js";
import { reference, referenceParts, tutorialRow } from "./reference-fixture.js";

const cases = [...serviceAndCatalogCases, ...placeAndPropertyCases];

const problemsOf = (row: CanonicalRow, ref: ReferenceData = reference()): RowProblem[] => {
  const result = resolveRow(row, ref, { tenant: "ACME" });
  return result.ok ? [] : result.problems;
};

describe("resolveRow problems (one code each, exact message, the user's column)", () => {
  it.each(cases)("%s", (_name, row, expected) => {
    expect(problemsOf(row)).toEqual(expected);
  });

  it("CARRIER_UNKNOWN when a name matches several carriers (the plan is then not looked up)", () => {
    const parts = referenceParts();
    const ref = reference({ vendors: [...parts.vendors, { id: "101", name: "verizon wireless" }] });
    expect(problemsOf(tutorialRow(), ref)).toEqual([
      p(
        "CARRIER_UNKNOWN",
        "Carrier",
        '"Verizon Wireless" matches 2 entries (ids 98, 101); give the id of the one you mean',
      ),
    ]);
  });

  it("SHIP_TO_REGION when the country has no address format", () => {
    const parts = referenceParts();
    const countries = parts.countries.map(({ addressFormat: _format, ...country }) => country);
    expect(problemsOf(tutorialRow(), reference({ countries }))).toEqual([
      p(
        "SHIP_TO_REGION",
        "country",
        "The API gives no address format for United States, so no ship-to address can be sent",
      ),
    ]);
  });

  it("reports every problem of a row, not just the first", () => {
    const row = tutorialRow({
      new_carrier: "Verison",
      ship_to_state: "XX",
      expedite: "maybe",
      ship_to_name: "",
    });
    expect(problemsOf(row).map((found) => [found.code, found.column])).toEqual([
      ["CARRIER_UNKNOWN", "Carrier"],
      ["ADDRESS_FORMAT", "State"],
      ["REQUIRED", "Ship To"],
      ["EXPEDITE_FORMAT", "expedite"],
    ]);
  });

  it("fails on the intake's problems, leaving out its own problems on the columns the intake flagged", () => {
    const intake = p("PHONE_FORMAT", "Wireless #", '"512344" is not a 10-digit phone number');
    const row = { ...tutorialRow({ service_number: "512344", plan: "" }), problems: [intake] };
    expect(problemsOf(row)).toEqual([intake, p("REQUIRED", "Plan", "Give the new plan's name or id")]);
  });

  it("the table uses only listed codes and covers every code resolveRow can give", () => {
    const used = new Set(cases.flatMap(([, , expected]) => expected.map((found) => found.code)));
    used.add("SHIP_TO_REGION"); // tested below, with other reference data
    const listed = Object.keys(RESOLVE_PROBLEM_CODES).filter((code) => code !== "CONFIRMATION_MISMATCH");
    expect([...used].sort()).toEqual(listed.sort());
  });
});
