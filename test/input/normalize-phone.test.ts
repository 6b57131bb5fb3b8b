import { describe, expect, it } from "vitest";
import type { FieldOutcome } from "../../src/input/field-outcome.js";
import { normalizePhone } from "../../src/input/normalize-phone.js";

const KEPT = "kept the 10 digits of the North American number";

describe("normalizePhone", () => {
  it.each<[string, FieldOutcome]>([
    ["5123440000", { value: "5123440000" }],
    ["(512) 344-0000", { value: "5123440000", reason: KEPT }],
    ["512.344.0000", { value: "5123440000", reason: KEPT }],
    ["512 344 0000", { value: "5123440000", reason: KEPT }],
    ["512\u2013344\u20130000", { value: "5123440000", reason: KEPT }],
    ["+1 512 344 0000", { value: "5123440000", reason: KEPT }],
    ["+15123440000", { value: "5123440000", reason: KEPT }],
    ["1-512-344-0000", { value: "5123440000", reason: KEPT }],
    ["15123440000", { value: "5123440000", reason: KEPT }],
  ])("%s is kept as 10 digits", (value, expected) => {
    expect(normalizePhone(value, "Mobile #")).toEqual(expected);
  });

  it.each(["5.12344E+09", "5.12344e+09", "5,12344E+09", "5E9", "5.1234400000E+09"])(
    "%s is refused as Excel scientific notation",
    (value) => {
      expect(normalizePhone(value, "Mobile #")).toEqual({
        problem: {
          code: "PHONE_SCIENTIFIC",
          column: "Mobile #",
          message: `Mobile #: ${JSON.stringify(value)}: digits were lost by Excel; format the column as text and re-export`,
        },
      });
    },
  );

  it.each<[string, string]>([
    ["512-344-000", ""],
    ["51234400001", ""],
    ["+44 20 7946 0958", ""],
    ["512-344-0000 x12", ""],
    ["call me", ""],
    ["1123440000", " (an area code never starts with 0 or 1)"],
    ["0123440000", " (an area code never starts with 0 or 1)"],
  ])("%s is not a NANP number", (value, why) => {
    expect(normalizePhone(value, "Phone")).toEqual({
      problem: {
        code: "PHONE_FORMAT",
        column: "Phone",
        message: `Phone: ${JSON.stringify(value)} is not a 10-digit North American number such as 512-344-0000${why}`,
      },
    });
  });
});
