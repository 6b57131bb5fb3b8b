// toResultRecord against hostile data (issue 8): an API message that quotes the PIN or the account number, and
// API values of the wrong type, which must neither crash the writer nor reach an unescaped column.
import { describe, expect, it } from "vitest";
import type { ConfirmedDetails, RowOutcome } from "../../src/results/row-outcome.js";
import { createResultLayout } from "../../src/results/result-columns.js";
import { toResultRecord } from "../../src/results/to-result-record.js";
import { INPUT_HEADER, sheetRow } from "../results/outcome-fixture.js";

const layout = createResultLayout(INPUT_HEADER);
const record = (outcome: RowOutcome): Record<string, string> =>
  Object.fromEntries(layout.header.map((name, i) => [name, toResultRecord(outcome, layout)[i] ?? ""]));
const row = sheetRow(); // PIN 4821, account 123456789

const rejected = (message: string): RowOutcome => ({
  row,
  status: "REJECTED",
  code: "400-Property-Value-error",
  message,
});

describe("an API message that quotes a secret", () => {
  it.each([
    [
      "Port PIN: Order property PIN_PASSWORD value '4821' does not match ^[A-Z]+$.",
      "Port PIN: Order property PIN_PASSWORD value '[PIN]' does not match ^[A-Z]+$.",
    ],
    [
      "Acct No.: account 123456789 is closed; PIN 4821 expired",
      "Acct No.: account *****6789 is closed; PIN [PIN] expired",
    ],
    // The PIN's digits inside a longer number are not the PIN: the message keeps its numbers.
    ["contact 2035554821 and order 48210 are fine", "contact 2035554821 and order 48210 are fine"],
  ])("%j → %j", (message, expected) => {
    expect(record(rejected(message)).error_message).toBe(expected);
  });

  it("takes out a prop.PIN_PASSWORD value and one with characters that mean something in a pattern", () => {
    const own = sheetRow();
    const outcome: RowOutcome = {
      ...rejected("value 'a+b.(c)' refused"),
      row: { ...own, values: {}, properties: { PIN_PASSWORD: "a+b.(c)" } },
    };
    expect(record(outcome).error_message).toBe("value '[PIN]' refused");
  });
});

describe("API values of the wrong type", () => {
  it("writes strings for numbers, nothing for objects, and no cost that is not a finite number", () => {
    const hostile = {
      device: 42,
      plan: { name: "=cmd" },
      oneTimeCost: "=1+1",
      monthlyCost: Number.POSITIVE_INFINITY,
      currency: ["USD"],
      confirmedAt: "2026-03-01T12:00:00Z",
    } as unknown as ConfirmedDetails;
    const outcome: RowOutcome = { row, status: "CONFIRMED", confirmed: hostile };
    expect(record(outcome)).toMatchObject({
      device: "42",
      plan: "",
      one_time_cost: "",
      monthly_cost: "",
      currency: "",
    });
  });

  it("keeps a negative cost the tool writes as a plain number", () => {
    const credit = { oneTimeCost: -25, monthlyCost: -5.5, confirmedAt: "t" } as ConfirmedDetails;
    expect(record({ row, status: "CONFIRMED", confirmed: credit })).toMatchObject({
      one_time_cost: "-25.00",
      monthly_cost: "-5.50",
    });
  });
});
