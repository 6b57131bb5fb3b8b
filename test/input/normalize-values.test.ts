import { describe, expect, it } from "vitest";
import type { FieldOutcome } from "../../src/input/field-outcome.js";
import { checkDamage, normalizeExpedite } from "../../src/input/normalize-values.js";

describe("checkDamage", () => {
  it.each(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#n/a"])(
    "%s is an Excel error cell",
    (value) => {
      expect(checkDamage(value, "Plan")).toEqual({
        code: "EXCEL_ERROR",
        column: "Plan",
        message: `Plan: shows the Excel error ${JSON.stringify(value)} instead of a value; fix the formula and re-export`,
      });
    },
  );

  it("flags the replacement character left by a bad encoding conversion", () => {
    expect(checkDamage("Montr\uFFFDal", "City")).toEqual({
      code: "ENCODING_DAMAGE",
      column: "City",
      message:
        'City: "Montr\uFFFDal" contains "\uFFFD": characters were lost when the file was converted between encodings; fix the text and re-export as "CSV UTF-8"',
    });
  });

  it.each(["Montréal", "#42 Main St", "N/A", "AT&T Mobility"])("%s is not damaged", (value) => {
    expect(checkDamage(value, "City")).toBeUndefined();
  });
});

describe("normalizeExpedite", () => {
  // Accepted spellings are read, not recorded as changes: "yes" already means true to the user.
  it.each<[string, FieldOutcome]>([
    ["true", { value: "true" }],
    ["false", { value: "false" }],
    ["yes", { value: "true" }],
    ["YES", { value: "true" }],
    ["Y", { value: "true" }],
    ["1", { value: "true" }],
    ["TRUE", { value: "true" }],
    ["no", { value: "false" }],
    ["n", { value: "false" }],
    ["0", { value: "false" }],
    ["False", { value: "false" }],
  ])("%s -> %o", (value, expected) => {
    expect(normalizeExpedite(value, "Rush")).toEqual(expected);
  });

  it.each(["maybe", "2", "yes please", "t"])("%s is refused", (value) => {
    expect(normalizeExpedite(value, "Rush")).toEqual({
      problem: {
        code: "EXPEDITE_FORMAT",
        column: "Rush",
        message: `Rush: ${JSON.stringify(value)} is not yes or no; expected yes/no, true/false, y/n or 1/0`,
      },
    });
  });
});
