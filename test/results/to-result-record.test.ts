import { describe, expect, it } from "vitest";
import { createResultLayout } from "../../src/results/result-columns.js";
import type { RowOutcome } from "../../src/results/row-outcome.js";
import { maskAccountNumber, toResultRecord } from "../../src/results/to-result-record.js";
import { confirmed, INPUT_HEADER, sheetRow } from "./outcome-fixture.js";

const layout = createResultLayout(INPUT_HEADER);
const record = (outcome: RowOutcome): Record<string, string> => {
  const cells = toResultRecord(outcome, layout);
  expect(cells).toHaveLength(layout.header.length);
  return Object.fromEntries(layout.header.map((name, index) => [name, cells[index] ?? "<missing>"]));
};

const row = sheetRow();
const base = { row, externalOrderNumber: "BP-W5YPLAS5X5W6UVW257ZTN24PBV6", serviceNumber: "5123440000" };
const empty = {
  order_id: "",
  order_status: "",
  error_code: "",
  error_message: "",
  device: "",
  plan: "",
  one_time_cost: "",
  monthly_cost: "",
  currency: "",
  confirmed_at: "",
  submitted_at: "",
};
const fromConfirmation = {
  device: "Apple iPhone 5 (16GB) - Black",
  plan: "Nationwide for Business Talk Share Plan",
  one_time_cost: "199.99",
  monthly_cost: "141.68",
  currency: "USD",
  confirmed_at: "2016-04-26T14:02:11Z",
};
/** The input's cells: PIN blank, account number masked, the colliding "Status" prefixed, formulas escaped. */
const input = {
  "Wireless #": "512-344-0000",
  Carrier: "Verizon Wireless",
  "Acct No.": "*****6789",
  "Port PIN": "",
  input_Status: "VIP",
  Notes: '\'=HYPERLINK("http://x")',
  Qty: "'-5",
};
const ids = {
  row: "2",
  external_order_number: "BP-W5YPLAS5X5W6UVW257ZTN24PBV6",
  service_number: "5123440000",
};
/** As the runner writes an INVALID row: the first code, and every problem as "column: message". */
const invalid = {
  code: "PLAN_UNKNOWN",
  message:
    'Plan: "X" is not a plan of Verizon Wireless; Ship To: Give the name the SIM or device is shipped to',
};

describe("toResultRecord", () => {
  it.each<[string, RowOutcome, Record<string, string>]>([
    [
      "SUBMITTED",
      {
        ...base,
        status: "SUBMITTED",
        orderId: "7001",
        orderStatus: "ORDER_SUBMITTED",
        submittedAt: "2016-04-26T14:05:00Z",
        confirmed,
      },
      {
        ...ids,
        status: "SUBMITTED",
        ...empty,
        ...fromConfirmation,
        order_id: "7001",
        order_status: "ORDER_SUBMITTED",
        submitted_at: "2016-04-26T14:05:00Z",
        ...input,
      },
    ],
    [
      "CONFIRMED",
      { ...base, status: "CONFIRMED", confirmed },
      { ...ids, status: "CONFIRMED", ...empty, ...fromConfirmation, ...input },
    ],
    [
      "SKIPPED",
      { ...base, status: "SKIPPED", orderId: "7001", message: "Submitted by an earlier run" },
      {
        ...ids,
        status: "SKIPPED",
        ...empty,
        order_id: "7001",
        error_message: "Submitted by an earlier run",
        ...input,
      },
    ],
    [
      "INVALID (every problem in the message)",
      { row, status: "INVALID", ...invalid },
      {
        ...ids,
        external_order_number: "",
        service_number: "",
        status: "INVALID",
        ...empty,
        error_code: "PLAN_UNKNOWN",
        error_message:
          'Plan: "X" is not a plan of Verizon Wireless; Ship To: Give the name the SIM or device is shipped to',
        ...input,
      },
    ],
    [
      "DUPLICATE",
      { ...base, status: "DUPLICATE", code: "DUPLICATE", message: "Same service number as line 2" },
      {
        ...ids,
        status: "DUPLICATE",
        ...empty,
        error_code: "DUPLICATE",
        error_message: "Same service number as line 2",
        ...input,
      },
    ],
    [
      "REJECTED",
      {
        ...base,
        status: "REJECTED",
        code: "400-Plan-Id-error",
        message: "plan: Plan 1 does not exist. (400-Plan-Id-error)",
      },
      {
        ...ids,
        status: "REJECTED",
        ...empty,
        error_code: "400-Plan-Id-error",
        error_message: "plan: Plan 1 does not exist. (400-Plan-Id-error)",
        ...input,
      },
    ],
    [
      "FAILED",
      { ...base, status: "FAILED", code: "UNREACHABLE", message: "-1 attempts left" },
      {
        ...ids,
        status: "FAILED",
        ...empty,
        error_code: "UNREACHABLE",
        error_message: "'-1 attempts left",
        ...input,
      },
    ],
    [
      "IN_DOUBT",
      {
        ...base,
        status: "IN_DOUBT",
        code: "SUBMIT_TIMEOUT",
        message: "The submit timed out",
        confirmed: { ...confirmed, oneTimeCost: 0, monthlyCost: 38.6949 },
      },
      {
        ...ids,
        status: "IN_DOUBT",
        ...empty,
        ...fromConfirmation,
        one_time_cost: "0.00",
        monthly_cost: "38.69",
        error_code: "SUBMIT_TIMEOUT",
        error_message: "The submit timed out",
        ...input,
      },
    ],
  ])("%s", (_name, outcome, expected) => {
    expect(record(outcome)).toEqual(expected);
  });

  it("escapes cells that come from the API too", () => {
    const outcome: RowOutcome = {
      ...base,
      status: "SUBMITTED",
      orderId: "=1",
      orderStatus: "@x",
      submittedAt: "+y",
    };
    expect([record(outcome).order_id, record(outcome).order_status, record(outcome).submitted_at]).toEqual([
      "'=1",
      "'@x",
      "'+y",
    ]);
  });

  it("blanks and masks prop.PIN_PASSWORD and prop.CARRIER_ACCT_NUMBER columns as well", () => {
    const own = sheetRow();
    const outcome: RowOutcome = {
      status: "CONFIRMED",
      row: {
        ...own,
        sourceColumn: { "prop.PIN_PASSWORD": "Port PIN", "prop.CARRIER_ACCT_NUMBER": "Acct No." },
      },
    };
    expect([record(outcome)["Port PIN"], record(outcome)["Acct No."]]).toEqual(["", "*****6789"]);
  });

  it("writes an empty cell for an input column the row does not have", () => {
    const outcome: RowOutcome = { status: "CONFIRMED", row: { ...row, raw: {} } };
    expect(record(outcome).Notes).toBe("");
  });
});

describe("maskAccountNumber", () => {
  it.each([
    ["123456789", "*****6789"],
    ["12345", "*2345"],
    ["1234", "****"],
    ["", ""],
  ])("%j → %j", (value, expected) => expect(maskAccountNumber(value)).toBe(expected));
});
