// Rule 18's accepted DATE forms and the §10 echo (UTC `Z`, a date alone gets T00:00:00Z).
import { describe, expect, it } from "vitest";
import { formatSimDate, normalizeDateValue } from "../../../src/simulator/orders/normalize-date-value.js";

describe("normalizeDateValue", () => {
  it.each([
    ["2016-12-22", "2016-12-22T00:00:00Z"],
    ["12/22/2016", "2016-12-22T00:00:00Z"],
    ["2016-12-22T00:00:00Z", "2016-12-22T00:00:00Z"],
    ["2016-12-22T10:30:00+02:00", "2016-12-22T08:30:00Z"],
    ["2016-12-22T10:30:00+0200", "2016-12-22T08:30:00Z"],
    ["2016-12-22T10:30:00.123Z", "2016-12-22T10:30:00Z"],
    ["2016-12-22T10:30", "2016-12-22T10:30:00Z"],
    ["2016-02-29", "2016-02-29T00:00:00Z"],
  ])("reads %s as %s", (value, expected) => {
    expect(normalizeDateValue(value)).toBe(expected);
  });

  it.each([
    "2015-02-29",
    "2016-02-30",
    "13/01/2016",
    "2016-12-22T24:00:00Z",
    "2016-12-22 10:30",
    "",
    "tomorrow",
  ])("refuses %j", (value) => {
    expect(normalizeDateValue(value)).toBe(undefined);
  });
});

describe("formatSimDate", () => {
  it("drops milliseconds (CONTRACT.md §2: YYYY-MM-DDTHH:MM:SSZ)", () => {
    expect(formatSimDate(new Date("2016-04-26T14:45:20.987Z"))).toBe("2016-04-26T14:45:20Z");
  });
});
