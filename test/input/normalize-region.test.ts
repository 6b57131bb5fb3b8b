import { describe, expect, it } from "vitest";
import type { FieldOutcome } from "../../src/input/field-outcome.js";
import { normalizeCountry, normalizeState, type CountryKind } from "../../src/input/normalize-region.js";

const CODE = "wrote the state as its 2-letter code";
const COUNTRY = "wrote the country as the API names it";

describe("normalizeCountry", () => {
  it.each<[string, FieldOutcome, CountryKind]>([
    ["", { value: "" }, "US"],
    ["United States", { value: "United States" }, "US"],
    ["US", { value: "United States", reason: COUNTRY }, "US"],
    ["usa", { value: "United States", reason: COUNTRY }, "US"],
    ["U.S.A.", { value: "United States", reason: COUNTRY }, "US"],
    ["United States of America", { value: "United States", reason: COUNTRY }, "US"],
    ["CA", { value: "Canada", reason: COUNTRY }, "CA"],
    ["canada", { value: "Canada", reason: COUNTRY }, "CA"],
    ["Canada", { value: "Canada" }, "CA"],
    ["Mexico", { value: "Mexico" }, "other"],
  ])("%s", (value, outcome, kind) => {
    expect(normalizeCountry(value)).toEqual({ outcome, kind });
  });
});

describe("normalizeState", () => {
  it.each<[string, CountryKind, FieldOutcome]>([
    ["CT", "US", { value: "CT" }],
    ["ct", "US", { value: "CT", reason: CODE }],
    ["Connecticut", "US", { value: "CT", reason: CODE }],
    ["new york", "US", { value: "NY", reason: CODE }],
    ["N.Y.", "US", { value: "NY", reason: CODE }],
    ["Washington D.C.", "US", { value: "DC", reason: CODE }],
    ["District of Columbia", "US", { value: "DC", reason: CODE }],
    ["Ontario", "CA", { value: "ON", reason: CODE }],
    ["Québec", "CA", { value: "QC", reason: CODE }],
    ["quebec", "CA", { value: "QC", reason: CODE }],
    ["PEI", "CA", { value: "PE", reason: CODE }],
    ["Jalisco", "other", { value: "Jalisco" }],
  ])("%s (%s)", (value, kind, expected) => {
    expect(normalizeState(value, "State", kind)).toEqual(expected);
  });

  it.each<[string, CountryKind, string]>([
    [
      "Conneticut",
      "US",
      '"Conneticut" is not a US state (or DC); closest: Connecticut (CT), Kentucky (KY), Minnesota (MN)',
    ],
    ["PR", "US", '"PR" is not a US state (or DC); closest: Arkansas (AR), Oregon (OR), Pennsylvania (PA)'],
    ["Ontario", "US", '"Ontario" is not a US state (or DC); closest: Montana (MT), Ohio (OH), Hawaii (HI)'],
    [
      "New York",
      "CA",
      '"New York" is not a Canadian province or territory; closest: Manitoba (MB), Nunavut (NU), Ontario (ON)',
    ],
  ])("%s (%s) is refused with the closest names", (value, kind, detail) => {
    expect(normalizeState(value, "State", kind)).toEqual({
      problem: { code: "STATE_UNKNOWN", column: "State", message: `State: ${detail}` },
    });
  });
});
