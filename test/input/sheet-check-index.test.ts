// The compact index gives each row the DUPLICATE and ACCOUNT_MISMATCH problems that checkSheet gives it: the same
// codes, messages and order, on the examples of check-sheet.test.ts and on any sheet fast-check can make.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CanonicalRow, RowProblem } from "../../src/input/canonical-row.js";
import { checkSheet } from "../../src/input/check-sheet.js";
import { createSheetCheckIndex, hashPin } from "../../src/input/sheet-check-index.js";

const SOURCES = {
  service_number: "Mobile #",
  service_id: "Service ID",
  name_on_invoice: "Name on Bill",
  pin: "Port PIN",
};

const row = (line: number, values: CanonicalRow["values"], problems: RowProblem[] = []): CanonicalRow => ({
  line,
  index: line - 2,
  values,
  properties: {},
  raw: {},
  sourceColumn: SOURCES,
  normalisations: [],
  problems,
});

/** What the index gives each row: its duplicate at once, its mismatches once every row is added. */
function indexProblems(rows: readonly CanonicalRow[]): RowProblem[][] {
  const index = createSheetCheckIndex();
  const duplicates = rows.map((r) => index.add(r));
  return duplicates.map((found, position) => [...found, ...index.mismatchesOf(position)]);
}

/** What checkSheet adds to each row. */
const sheetProblems = (rows: readonly CanonicalRow[]): RowProblem[][] =>
  checkSheet(rows).map((checked, position) => checked.problems.slice(rows[position]?.problems.length));

describe("createSheetCheckIndex", () => {
  const tail = "(same carrier account number); write the name exactly as on the carrier's invoice";
  const pinTail = "(same carrier account number); use the one PIN the carrier issued for the account";

  it.each([
    {
      name: "a later service number, then a later service id",
      rows: [
        row(2, { service_number: "5123440000" }),
        row(3, { service_number: "5123440001", service_id: "34415733" }),
        row(5, { service_number: "5123440000" }),
        row(6, { service_id: "34415733" }),
        row(8, { service_number: "5.12344E+09" }),
        row(9, { service_number: "5.12344E+09" }),
      ],
      expected: [
        [],
        [],
        [
          {
            code: "DUPLICATE",
            column: "Mobile #",
            message:
              "Mobile #: service number 5123440000 is already on line 2; each number is ported once per run",
          },
        ],
        [
          {
            code: "DUPLICATE",
            column: "Service ID",
            message:
              "Service ID: service id 34415733 is already on line 3; each number is ported once per run",
          },
        ],
        [],
        [],
      ],
    },
    {
      name: "a row that repeats a number does not record its service id",
      rows: [
        row(2, { service_number: "5123440000" }),
        row(3, { service_number: "5123440000", service_id: "77" }),
        row(4, { service_number: "5123440001", service_id: "77" }),
      ],
      expected: [
        [],
        [
          {
            code: "DUPLICATE",
            column: "Mobile #",
            message:
              "Mobile #: service number 5123440000 is already on line 2; each number is ported once per run",
          },
        ],
        [],
      ],
    },
    {
      name: "names of one account, each row naming the other spelling; an empty name is not compared",
      rows: [
        row(2, { carrier_account_number: "123456789", name_on_invoice: "Peter Edwards" }),
        row(3, { carrier_account_number: "123456789", name_on_invoice: "Pete Edwards" }),
        row(4, { carrier_account_number: "123456789" }),
        row(5, { carrier_account_number: "999", name_on_invoice: "Pete Edwards" }),
      ],
      expected: [
        [
          {
            code: "ACCOUNT_MISMATCH",
            column: "Name on Bill",
            message: `Name on Bill: "Peter Edwards" differs from "Pete Edwards" on line 3 ${tail}`,
          },
        ],
        [
          {
            code: "ACCOUNT_MISMATCH",
            column: "Name on Bill",
            message: `Name on Bill: "Pete Edwards" differs from "Peter Edwards" on line 2 ${tail}`,
          },
        ],
        [],
        [],
      ],
    },
    {
      name: "three PINs of one account, by line only",
      rows: [
        row(2, { carrier_account_number: "1", pin: "4821" }),
        row(3, { carrier_account_number: "1", pin: "4822" }),
        row(4, { carrier_account_number: "1", pin: "4823" }),
        row(5, { carrier_account_number: "1", pin: "4822" }),
      ],
      expected: [
        [
          {
            code: "ACCOUNT_MISMATCH",
            column: "Port PIN",
            message: `Port PIN: the PIN differs from lines 3 and 4 ${pinTail}`,
          },
        ],
        [
          {
            code: "ACCOUNT_MISMATCH",
            column: "Port PIN",
            message: `Port PIN: the PIN differs from lines 2 and 4 ${pinTail}`,
          },
        ],
        [
          {
            code: "ACCOUNT_MISMATCH",
            column: "Port PIN",
            message: `Port PIN: the PIN differs from lines 2 and 3 ${pinTail}`,
          },
        ],
        [
          {
            code: "ACCOUNT_MISMATCH",
            column: "Port PIN",
            message: `Port PIN: the PIN differs from lines 2 and 4 ${pinTail}`,
          },
        ],
      ],
    },
  ])("$name", ({ rows, expected }) => {
    expect(indexProblems(rows)).toEqual(expected);
    expect(sheetProblems(rows)).toEqual(expected);
  });

  it("gives every row of any sheet the problems checkSheet adds to it, in the same order", () => {
    const values = fc.record(
      {
        service_number: fc.constantFrom("5123440000", "5123440001", "0000000000", "5.12344E+09", "512344"),
        service_id: fc.constantFrom("1", "2", "3"),
        carrier_account_number: fc.constantFrom("A", "B", "C"),
        name_on_invoice: fc.constantFrom("Acme", "ACME", "Acme Inc", 'Say "hi"'),
        pin: fc.constantFrom("1111", "2222", "3333"),
      },
      { requiredKeys: [] },
    );
    const sheet = fc.array(fc.tuple(values, fc.integer({ min: 1, max: 3 }), fc.boolean()), { maxLength: 40 });
    fc.assert(
      fc.property(sheet, (specs) => {
        let line = 1;
        const rows = specs.map(([rowValues, gap, earlier]) => {
          line += gap;
          return row(line, rowValues, earlier ? [{ code: "PIN_LENGTH", message: "x" }] : []);
        });
        expect(indexProblems(rows)).toEqual(sheetProblems(rows));
      }),
      { numRuns: 400 },
    );
  });

  it("shows no PIN and keeps none: only a number stands for it", () => {
    const rows = [
      row(2, { carrier_account_number: "1", pin: "4821" }),
      row(3, { carrier_account_number: "1", pin: "4822" }),
    ];
    expect(JSON.stringify(indexProblems(rows))).not.toMatch(/482\d/);
    expect(hashPin("4821")).toBe(hashPin("4821"));
    expect(hashPin("4821")).not.toBe(hashPin("4822"));
    expect(Number.isSafeInteger(hashPin("4821"))).toBe(true);
  });

  it("refuses rows once the adding has ended, and rows whose columns are named differently", () => {
    const index = createSheetCheckIndex();
    index.add(row(2, { service_number: "5123440000" }));
    expect(() => index.add({ ...row(3, {}), sourceColumn: { pin: "PIN" } })).toThrow(
      "SheetCheckIndex: line 3 names its columns unlike the rows before it",
    );
    expect(index.mismatchesOf(0)).toEqual([]);
    expect(() => index.add(row(4, {}))).toThrow(
      "SheetCheckIndex.add() after mismatchesOf(): every row must be added first",
    );
    expect(index.size).toBe(1);
    expect(index.lineOf(0)).toBe(2);
  });
});
