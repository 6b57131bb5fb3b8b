import { describe, expect, it } from "vitest";
import { checkPinIssued, checkPinLength, parseCalendarDay } from "../../src/input/check-pin.js";

describe("checkPinLength", () => {
  it.each(["4821", "0482", "abcdefghij", "12345678"])("%s is 4-10 characters", (pin) => {
    expect(checkPinLength(pin, "Port PIN")).toBeUndefined();
  });

  it.each<[string, string]>([
    [
      "482",
      "the PIN has 3 characters; carriers expect 4 to 10; if it began with 0, Excel dropped the zero: format the column as text and re-export",
    ],
    ["ab", "the PIN has 2 characters; carriers expect 4 to 10"],
    ["12345678901", "the PIN has 11 characters; carriers expect 4 to 10"],
  ])("%s is refused without showing the PIN", (pin, detail) => {
    const problem = checkPinLength(pin, "Port PIN");
    expect(problem).toEqual({ code: "PIN_LENGTH", column: "Port PIN", message: `Port PIN: ${detail}` });
    expect(problem?.message).not.toContain(pin);
  });
});

describe("parseCalendarDay", () => {
  it.each<[string, string | undefined]>([
    ["2024-05-01", "2024-05-01"],
    ["2024-5-1", "2024-05-01"],
    ["2024-05-01T23:30:00Z", "2024-05-01"],
    ["2024-05-01T23:30:00.123-05:00", "2024-05-01"],
    ["2024-05-01 08:15", "2024-05-01"],
    ["5/1/2024", "2024-05-01"],
    ["05/01/2024", "2024-05-01"],
    ["5/1/24", "2024-05-01"],
    ["5/1/2024 2:30 PM", "2024-05-01"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", undefined],
    ["2024-13-01", undefined],
    ["31/12/2024", undefined],
    ["45413", undefined],
    ["May 1, 2024", undefined],
    ["", undefined],
  ])("%s", (value, day) => {
    const time = parseCalendarDay(value);
    expect(time === undefined ? undefined : new Date(time).toISOString().slice(0, 10)).toBe(day);
  });
});

describe("checkPinIssued", () => {
  const now = new Date("2024-05-04T15:00:00Z");
  it.each(["2024-05-04", "2024-05-01", "5/2/2024", "2024-05-05"])("%s is recent enough", (value) => {
    expect(checkPinIssued(value, "PIN Date", now, 3)).toBeUndefined();
  });

  it.each<[string, number, string]>([
    [
      "2024-04-30",
      3,
      "the PIN was issued on 2024-04-30, 4 days before this run; carriers accept PINs up to 3 days old: request a new PIN and update the row",
    ],
    [
      "4/20/2024",
      3,
      "the PIN was issued on 2024-04-20, 14 days before this run; carriers accept PINs up to 3 days old: request a new PIN and update the row",
    ],
    [
      "2024-05-03",
      0,
      "the PIN was issued on 2024-05-03, 1 day before this run; carriers accept PINs up to 0 days old: request a new PIN and update the row",
    ],
  ])("%s is too old with a limit of %i days", (value, days, detail) => {
    expect(checkPinIssued(value, "PIN Date", now, days)).toEqual({
      code: "PIN_EXPIRED",
      column: "PIN Date",
      message: `PIN Date: ${detail}`,
    });
  });

  it.each<[string, string]>([
    ["soon", '"soon" is not a date; expected a date such as 2024-05-01 or 5/1/2024'],
    ["2024-05-06", '"2024-05-06" is in the future; give the day the PIN was issued'],
  ])("%s is a DATE_FORMAT problem", (value, detail) => {
    expect(checkPinIssued(value, "PIN Date", now, 3)).toEqual({
      code: "DATE_FORMAT",
      column: "PIN Date",
      message: `PIN Date: ${detail}`,
    });
  });
});
