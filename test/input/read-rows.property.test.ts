// Property tests: whatever bytes arrive, the intake fails only with InputError; and every data row of a valid
// CSV comes out exactly once, with its values and the line it starts on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { checkSheet } from "../../src/input/check-sheet.js";
import { mapHeader } from "../../src/input/map-header.js";
import { createRowMapper } from "../../src/input/map-row.js";
import { openSheet } from "../../src/input/read-rows.js";
import { useSheetFolder } from "./read-sheet-helpers.js";

const { sheetFile: write } = useSheetFolder();

/** Read, map and check a whole sheet, as the run does. */
const intake = async (file: string) => {
  const sheet = await openSheet(file);
  const mapping = mapHeader(sheet.header, { file, headerLine: sheet.headerLine });
  const mapRow = createRowMapper(mapping, { now: new Date("2024-05-04T00:00:00Z") });
  const rows = [];
  for await (const record of sheet.records()) rows.push({ record, row: mapRow(record) });
  return { sheet, rows, checked: checkSheet(rows.map(({ row }) => row)) };
};

const HEADER = ["service_number", "new_carrier", "plan", "notes"];

describe("intake properties", () => {
  it("fails only with InputError on any bytes", async () => {
    const header = new TextEncoder().encode(`${HEADER.join(",")}\n`);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 400 }), async (withHeader, bytes) => {
        const file = await write(withHeader ? Buffer.concat([header, bytes]) : bytes);
        try {
          const { rows, checked } = await intake(file);
          expect(checked).toHaveLength(rows.length);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { numRuns: 150 },
    );
  });

  const alphabet = fc.constantFrom('"', ",", ";", "\t", "\n", "\r", " ", "a", "Z", "1", "é", "😀", "\u00a0");
  const field = fc.oneof(
    fc.string({ unit: alphabet, maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 8 }).filter((text) => !text.includes("\u0000")),
  );
  const row = fc
    .array(field, { minLength: HEADER.length, maxLength: HEADER.length })
    .filter((fields) => fields.some((value) => value.trim() !== ""));

  it("yields every data row exactly once with its values and starting line", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 12 }),
        fc.constantFrom(",", ";", "\t"),
        fc.constantFrom("\n", "\r\n"),
        fc.constantFrom("utf-8", "utf-8 BOM", "utf-16le BOM"),
        fc.boolean(),
        async (rows, delimiter, eol, encoding, quoteAll) => {
          const quote = (value: string): string =>
            quoteAll || /["\r\n,;\t]/.test(value) || value.trim() !== value
              ? `"${value.replaceAll('"', '""')}"`
              : value;
          const lines = [HEADER, ...rows].map((fields) => fields.map(quote).join(delimiter));
          const text = lines.join(eol) + eol;
          const bytes =
            encoding === "utf-16le BOM"
              ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
              : Buffer.from(encoding === "utf-8 BOM" ? `\uFEFF${text}` : text, "utf8");
          const file = await write(bytes);
          const { sheet, rows: read } = await intake(file);

          expect(sheet.delimiter).toBe(delimiter);
          expect(read.map(({ record }) => record.fields)).toEqual(rows);
          expect(read.map(({ record }) => record.index)).toEqual(rows.map((_, index) => index));
          let line = 1;
          const starts = lines.map((content) => {
            const start = line;
            line += (content.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
            return start;
          });
          expect(read.map(({ record }) => record.line)).toEqual(starts.slice(1));
          expect(read.map(({ row: mapped }) => mapped.line)).toEqual(starts.slice(1));
        },
      ),
      { numRuns: 120 },
    );
  });
});
