import { describe, expect, it } from "vitest";
import { mapRow, record } from "./map-row-sheet.js";

describe("createRowMapper finds local problems", () => {
  it.each<[string, Record<string, string>, { code: string; column?: string; message: string }[]]>([
    [
      "Excel scientific notation",
      { "Mobile #": "5.12344E+09" },
      [
        {
          code: "PHONE_SCIENTIFIC",
          column: "Mobile #",
          message:
            'Mobile #: "5.12344E+09": digits were lost by Excel; format the column as text and re-export',
        },
      ],
    ],
    [
      "an account number that is the phone number",
      { "Acct No.": "1 (512) 344-0000" },
      [
        {
          code: "ACCOUNT_IS_PHONE",
          column: "Acct No.",
          message:
            "Acct No.: this is the service's phone number; use the account number from the carrier's invoice",
        },
      ],
    ],
    [
      "a short PIN and an old PIN date",
      { "Transfer PIN": "482", "PIN Date": "4/20/2024" },
      [
        {
          code: "PIN_LENGTH",
          column: "Transfer PIN",
          message:
            "Transfer PIN: the PIN has 3 characters; carriers expect 4 to 10; if it began with 0, Excel dropped the zero: format the column as text and re-export",
        },
        {
          code: "PIN_EXPIRED",
          column: "PIN Date",
          message:
            "PIN Date: the PIN was issued on 2024-04-20, 14 days before this run; carriers accept PINs up to 3 days old: request a new PIN and update the row",
        },
      ],
    ],
    [
      "an Excel error in the plan and a damaged name",
      { Plan: "#N/A", "Name on Bill": "Fran\uFFFDois" },
      [
        {
          code: "ENCODING_DAMAGE",
          column: "Name on Bill",
          message:
            'Name on Bill: "Fran\uFFFDois" contains "\uFFFD": characters were lost when the file was converted between encodings; fix the text and re-export as "CSV UTF-8"',
        },
        {
          code: "EXCEL_ERROR",
          column: "Plan",
          message: 'Plan: shows the Excel error "#N/A" instead of a value; fix the formula and re-export',
        },
      ],
    ],
    [
      "an Excel error in the phone number is not checked as a phone",
      { "Mobile #": "#REF!" },
      [
        {
          code: "EXCEL_ERROR",
          column: "Mobile #",
          message:
            'Mobile #: shows the Excel error "#REF!" instead of a value; fix the formula and re-export',
        },
      ],
    ],
    [
      "empty required values",
      { "Mobile #": "", Carrier: " ", Plan: "" },
      [
        {
          code: "REQUIRED",
          column: "Mobile #",
          message: "Mobile #: is empty; each row needs the service number to port",
        },
        {
          code: "REQUIRED",
          column: "Carrier",
          message: "Carrier: is empty; name the new carrier, such as Verizon Wireless",
        },
        { code: "REQUIRED", column: "Plan", message: "Plan: is empty; name the new carrier's rate plan" },
      ],
    ],
    [
      "a bad expedite, state and ZIP",
      { Rush: "maybe", State: "Conneticut", Zip: "ABCDE" },
      [
        {
          code: "POSTAL_CODE_FORMAT",
          column: "Zip",
          message:
            'Zip: "ABCDE" is not a US ZIP code; expected 5 digits such as 06477, or ZIP+4 such as 06477-1234',
        },
        {
          code: "STATE_UNKNOWN",
          column: "State",
          message:
            'State: "Conneticut" is not a US state (or DC); closest: Connecticut (CT), Kentucky (KY), Minnesota (MN)',
        },
        {
          code: "EXPEDITE_FORMAT",
          column: "Rush",
          message: 'Rush: "maybe" is not yes or no; expected yes/no, true/false, y/n or 1/0',
        },
      ],
    ],
  ])("finds %s", (_name, changes, problems) => {
    expect(mapRow(record(changes)).problems).toEqual(problems);
  });

  it("flags a row with fewer or more values than the header, ignoring empty trailing values", () => {
    const base = record();
    const problem = (count: number) => ({
      code: "COLUMN_COUNT",
      message: `the row has ${count} values but the header has 14 columns; a delimiter is missing or extra in this row`,
    });
    expect(mapRow({ ...base, fields: [...base.fields, "", " "] }).problems).toEqual([]);
    expect(mapRow({ ...base, fields: [...base.fields, "", "extra"] }).problems).toEqual([problem(16)]);
    expect(mapRow({ ...base, fields: base.fields.slice(0, 13) }).problems).toEqual([problem(13)]);
  });
});
