import { describe, expect, it } from "vitest";
import type { CanonicalRow } from "../../src/input/canonical-row.js";
import { checkSheet } from "../../src/input/check-sheet.js";

const row = (line: number, values: CanonicalRow["values"]): CanonicalRow => ({
  line,
  index: line - 2,
  values,
  properties: {},
  raw: {},
  sourceColumn: {
    service_number: "Mobile #",
    service_id: "Service ID",
    name_on_invoice: "Name on Bill",
    pin: "Port PIN",
  },
  normalisations: [],
  problems: [],
});

const problemsByLine = (rows: readonly CanonicalRow[]) =>
  Object.fromEntries(rows.filter((r) => r.problems.length > 0).map((r) => [r.line, r.problems]));

describe("checkSheet", () => {
  it("leaves a sheet without duplicates or disagreements as it is", () => {
    const rows = [
      row(2, {
        service_number: "5123440000",
        carrier_account_number: "1",
        name_on_invoice: "A",
        pin: "1111",
      }),
      row(3, {
        service_number: "5123440001",
        carrier_account_number: "1",
        name_on_invoice: "A",
        pin: "1111",
      }),
      row(4, {
        service_number: "5123440002",
        carrier_account_number: "2",
        name_on_invoice: "B",
        pin: "2222",
      }),
    ];
    const checked = checkSheet(rows);
    expect(checked).toEqual(rows);
    expect(checked[0]).toBe(rows[0]);
  });

  it("marks later rows of a service number or service id as duplicates of the first", () => {
    const rows = [
      row(2, { service_number: "5123440000" }),
      row(3, { service_number: "5123440001", service_id: "34415733" }),
      row(5, { service_number: "5123440000" }),
      row(6, { service_id: "34415733" }),
      row(7, { service_number: "5123440000", service_id: "34415733" }),
      row(8, { service_number: "5.12344E+09" }),
      row(9, { service_number: "5.12344E+09" }),
    ];
    expect(problemsByLine(checkSheet(rows))).toEqual({
      5: [
        {
          code: "DUPLICATE",
          column: "Mobile #",
          message:
            "Mobile #: service number 5123440000 is already on line 2; each number is ported once per run",
        },
      ],
      6: [
        {
          code: "DUPLICATE",
          column: "Service ID",
          message: "Service ID: service id 34415733 is already on line 3; each number is ported once per run",
        },
      ],
      7: [
        {
          code: "DUPLICATE",
          column: "Mobile #",
          message:
            "Mobile #: service number 5123440000 is already on line 2; each number is ported once per run",
        },
      ],
    });
  });

  it("flags every row of an account whose rows disagree on the name on invoice, naming the other spelling", () => {
    const rows = [
      row(2, {
        service_number: "5123440000",
        carrier_account_number: "123456789",
        name_on_invoice: "Peter Edwards",
      }),
      row(3, {
        service_number: "5123440001",
        carrier_account_number: "123456789",
        name_on_invoice: "Pete Edwards",
      }),
      row(4, {
        service_number: "5123440002",
        carrier_account_number: "123456789",
        name_on_invoice: "Peter Edwards",
      }),
      row(5, { service_number: "5123440003", carrier_account_number: "123456789" }),
      row(6, {
        service_number: "5123440004",
        carrier_account_number: "999",
        name_on_invoice: "Pete Edwards",
      }),
    ];
    const tail = "(same carrier account number); write the name exactly as on the carrier's invoice";
    expect(problemsByLine(checkSheet(rows))).toEqual({
      2: [
        {
          code: "ACCOUNT_MISMATCH",
          column: "Name on Bill",
          message: `Name on Bill: "Peter Edwards" differs from "Pete Edwards" on line 3 ${tail}`,
        },
      ],
      3: [
        {
          code: "ACCOUNT_MISMATCH",
          column: "Name on Bill",
          message: `Name on Bill: "Pete Edwards" differs from "Peter Edwards" on line 2 ${tail}`,
        },
      ],
      4: [
        {
          code: "ACCOUNT_MISMATCH",
          column: "Name on Bill",
          message: `Name on Bill: "Peter Edwards" differs from "Pete Edwards" on line 3 ${tail}`,
        },
      ],
    });
  });

  it("flags PIN disagreements without showing any PIN", () => {
    const rows = [
      row(2, { service_number: "5123440000", carrier_account_number: "1", pin: "4821" }),
      row(3, { service_number: "5123440001", carrier_account_number: "1", pin: "4822" }),
      row(4, { service_number: "5123440002", carrier_account_number: "1", pin: "4823" }),
    ];
    const checked = checkSheet(rows);
    const tail = "(same carrier account number); use the one PIN the carrier issued for the account";
    expect(problemsByLine(checked)).toEqual({
      2: [
        {
          code: "ACCOUNT_MISMATCH",
          column: "Port PIN",
          message: `Port PIN: the PIN differs from lines 3 and 4 ${tail}`,
        },
      ],
      3: [
        {
          code: "ACCOUNT_MISMATCH",
          column: "Port PIN",
          message: `Port PIN: the PIN differs from lines 2 and 4 ${tail}`,
        },
      ],
      4: [
        {
          code: "ACCOUNT_MISMATCH",
          column: "Port PIN",
          message: `Port PIN: the PIN differs from lines 2 and 3 ${tail}`,
        },
      ],
    });
    expect(JSON.stringify(checked.flatMap((r) => r.problems))).not.toMatch(/482\d/);
  });

  it("keeps earlier problems and does not change its input", () => {
    const first = row(2, { service_number: "5123440000" });
    const second = {
      ...row(3, { service_number: "5123440000" }),
      problems: [{ code: "PIN_LENGTH", message: "x" }],
    };
    const checked = checkSheet([first, second]);
    expect(checked[1]?.problems.map(({ code }) => code)).toEqual(["PIN_LENGTH", "DUPLICATE"]);
    expect(second.problems).toHaveLength(1);
  });
});
