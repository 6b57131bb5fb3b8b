import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import type { Delimiter } from "../../src/input/detect-delimiter.js";
import { openSheet, readRows } from "../../src/input/read-rows.js";
import { fixture, readAll, readError, useSheetFolder } from "./read-sheet-helpers.js";

const { sheetFile } = useSheetFolder();

describe("openSheet on fixture sheets", () => {
  it("reads an Excel 'Unicode text' export (UTF-16LE with BOM, tabs, a cell with a line break)", async () => {
    const sheet = await readAll(fixture("excel-unicode-text.txt"));
    expect(sheet.encoding).toBe("utf-16le");
    expect(sheet.delimiter).toBe("\t");
    expect(sheet.header).toEqual([
      "Mobile Number",
      "Carrier",
      "Acct No.",
      "Name on Bill",
      "Old Carrier",
      "Transfer PIN",
      "Plan",
      "Zip",
      "Address",
      "City",
      "State",
    ]);
    expect(sheet.rows.map(({ line, index }) => ({ line, index }))).toEqual([
      { line: 2, index: 0 },
      { line: 4, index: 1 },
    ]);
    expect(sheet.rows[0]?.fields[8]).toBe("35 Executive Blvd\nSuite 200");
    expect(sheet.rows[1]?.fields[3]).toBe("José Muñoz");
  });

  it("reads a semicolon 'CSV UTF-8' export with BOM and a quoted semicolon", async () => {
    const sheet = await readAll(fixture("semicolon.csv"));
    expect(sheet).toMatchObject({ encoding: "utf-8", delimiter: ";", headerLine: 1 });
    expect(sheet.header[0]).toBe("service_number");
    expect(sheet.rows.map((row) => [row.line, row.fields[7]])).toEqual([
      [2, "35 Executive Blvd; Building 2"],
      [3, "35 Executive Blvd"],
    ]);
  });

  it("reads a Windows-1252 file (not valid UTF-8) with accented names", async () => {
    const sheet = await readAll(fixture("windows-1252.csv"));
    expect(sheet).toMatchObject({ encoding: "windows-1252", delimiter: "," });
    expect(sheet.rows[0]?.fields.slice(3, 4)).toEqual(["François Côté"]);
    expect(sheet.rows[0]?.fields.slice(9)).toEqual(["Montréal", "Québec"]);
  });

  it("stops at an unclosed quote with the line and column where the quoted value starts", async () => {
    const file = fixture("damaged-unclosed-quote.csv");
    const error = await readError(file);
    expect({ line: error.line, column: error.column }).toEqual({ line: 3, column: 4 });
    expect(error.message).toBe(
      `${file} (line 3, column 4): a quoted value that starts in this row is never closed; add the closing quote (")`,
    );
  });
});

describe("openSheet line numbers and layout", () => {
  it.each<[string, string, { line: number; fields: string[] }[]]>([
    [
      "LF",
      "a,b\n1,2\n3,4\n",
      [
        { line: 2, fields: ["1", "2"] },
        { line: 3, fields: ["3", "4"] },
      ],
    ],
    [
      "CRLF with a CRLF inside quotes",
      'a,b\r\n1,"x\r\ny"\r\n3,4\r\n',
      [
        { line: 2, fields: ["1", "x\r\ny"] },
        { line: 4, fields: ["3", "4"] },
      ],
    ],
    [
      "blank lines before the header and between rows",
      "\n\na,b\n\n1,2\r\n\r\n\r\n3,4",
      [
        { line: 5, fields: ["1", "2"] },
        { line: 8, fields: ["3", "4"] },
      ],
    ],
    [
      "rows of empty values (Excel's trailing rows)",
      "a,b\n1,2\n,\n , \n3,4\n,,\n",
      [
        { line: 2, fields: ["1", "2"] },
        { line: 5, fields: ["3", "4"] },
      ],
    ],
    [
      "mixed line endings",
      "a,b\r\n1,2\n3,4\r5,6",
      [
        { line: 2, fields: ["1", "2"] },
        { line: 3, fields: ["3", "4"] },
        { line: 4, fields: ["5", "6"] },
      ],
    ],
    [
      "short and long rows kept as they are",
      "a,b,c\n1,2\n1,2,3,4\n",
      [
        { line: 2, fields: ["1", "2"] },
        { line: 3, fields: ["1", "2", "3", "4"] },
      ],
    ],
  ])("%s", async (_name, content, expected) => {
    const sheet = await readAll(await sheetFile(content));
    expect(sheet.rows.map(({ line, fields }) => ({ line, fields }))).toEqual(expected);
    expect(sheet.rows.map(({ index }) => index)).toEqual(expected.map((_, index) => index));
  });

  it("drops empty header names after the last named column and trims names", async () => {
    const sheet = await readAll(await sheetFile(" a , b ,,\n1,2,,\n"));
    expect(sheet.header).toEqual(["a", "b"]);
    expect(sheet.rows[0]?.fields).toEqual(["1", "2", "", ""]);
  });

  it.each<[string, string, Delimiter]>([
    ["comma", "a,b;c\n", ","],
    ["semicolon", "a;b;c,d\n", ";"],
    ["tab", "a\tb\tc\n", "\t"],
    ["delimiters inside quotes do not count", '"a;b;c",d\n', ","],
    ["a single column", "service_number\n", ","],
  ])("detects the %s delimiter from the header line", async (_name, content, delimiter) => {
    expect((await readAll(await sheetFile(content))).delimiter).toBe(delimiter);
  });

  it("uses a forced delimiter", async () => {
    const sheet = await readAll(await sheetFile("a;b,c\n1;2,3\n"), { delimiter: "," });
    expect(sheet.header).toEqual(["a;b", "c"]);
  });

  it("rejects an unknown delimiter option", async () => {
    const file = await sheetFile("a\n");
    await expect(openSheet(file, { delimiter: "|" as Delimiter })).rejects.toThrow(
      new UsageError('Expected `delimiter` to be ",", ";" or a tab, got "|"'),
    );
  });

  it("reads UTF-16BE with BOM", async () => {
    const text = "a\tb\r\nÅ\t2\r\n";
    const bytes = Buffer.from(text, "utf16le").swap16();
    const sheet = await readAll(await sheetFile(Buffer.concat([Buffer.from([0xfe, 0xff]), bytes])));
    expect(sheet).toMatchObject({ encoding: "utf-16be", header: ["a", "b"] });
    expect(sheet.rows[0]?.fields).toEqual(["Å", "2"]);
  });

  it("readRows yields every data row with the header", async () => {
    const rows = [];
    for await (const row of readRows(await sheetFile("a,b\n1,2\n"))) rows.push(row);
    expect(rows).toEqual([{ line: 2, index: 0, fields: ["1", "2"], header: ["a", "b"] }]);
  });
});

describe("openSheet across 64 KiB chunks", () => {
  const CHUNK = 64 * 1024;
  // A row of filler so that the next value starts `offset` bytes into the file.
  const padTo = (prefix: string, offset: number): string => {
    const used = Buffer.byteLength(prefix, "utf8") + "x,".length + "\n".length;
    return `${prefix}x,${"a".repeat(offset - used)}\n`;
  };

  it("keeps a UTF-8 character that straddles a chunk boundary", async () => {
    const text = `${padTo("a,b\n", CHUNK - 1)}é,ü\n`;
    const sheet = await readAll(await sheetFile(text));
    expect(sheet.encoding).toBe("utf-8");
    expect(sheet.rows.map(({ line, fields }) => [line, fields[0]])).toEqual([
      [2, "x"],
      [3, "é"],
    ]);
  });

  it("reads the file as Windows-1252 when its only non-UTF-8 byte comes after the first chunk", async () => {
    const head = Buffer.from(padTo("a,b\n", 3 * CHUNK), "utf8");
    const sheet = await readAll(
      await sheetFile(Buffer.concat([head, Buffer.from([0x43, 0xf4, 0x74, 0xe9, 0x2c, 0x31, 0x0a])])),
    );
    expect(sheet.encoding).toBe("windows-1252");
    expect(sheet.rows[1]?.fields).toEqual(["Côté", "1"]);
  });

  it("keeps a UTF-16 surrogate pair that straddles a chunk boundary", async () => {
    // Reading starts after the 2-byte BOM, so the first chunk ends at byte CHUNK + 2: inside the emoji.
    const filler = "a".repeat((CHUNK - 14) / 2);
    const text = `a\tb\r\n${filler}\t😀\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(bytes.indexOf(Buffer.from("😀", "utf16le"))).toBe(CHUNK);
    const sheet = await readAll(await sheetFile(bytes));
    expect(sheet.rows[0]?.fields).toEqual([filler, "😀"]);
  });
});

describe("Sheet lifecycle", () => {
  it("can be closed after the header without reading the rows", async () => {
    const sheet = await openSheet(await sheetFile("a,b\n1,2\n"));
    expect(sheet.header).toEqual(["a", "b"]);
    sheet.close();
    const rows = [];
    for await (const row of sheet.records()) rows.push(row);
    expect(rows).toEqual([]);
  });

  it("stops reading when the caller stops early, and reads its rows once", async () => {
    const sheet = await openSheet(await sheetFile("a\n1\n2\n3\n"));
    for await (const row of sheet.records()) {
      expect(row.fields).toEqual(["1"]);
      break;
    }
    await expect(sheet.records().next()).rejects.toThrow("Sheet.records() can be read only once");
  });
});
