import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { openSheet } from "../../src/input/read-rows.js";
import { READ_LIMITS, type ReadLimits } from "../../src/input/scan-limits.js";
import { readError, useSheetFolder } from "./read-sheet-helpers.js";

const { dir, sheetFile } = useSheetFolder();

describe("openSheet failures", () => {
  it.each<[string, string | Uint8Array, string, { line?: number; column?: number }]>([
    ["an empty file", "", "the file is empty: it has no header line", {}],
    ["only blank lines", "\r\n\r\n,,\n", "the file is empty: it has no header line", {}],
    [
      "a quote in the middle of a value",
      'a,b\n1,2\n3,4"5\n',
      'a quote appears in the middle of a value; put the whole value in quotes and write the quote inside it as two quotes ("")',
      { line: 3, column: 2 },
    ],
    [
      "text after a closing quote",
      'a,b\n1,"x\ny"z\n',
      'a quoted value is followed by more text before the next delimiter; write a quote inside a value as two quotes ("")',
      { line: 2, column: 2 },
    ],
    [
      "a NUL byte",
      "a,b\n1,2\n3,\u00004\n",
      'the file contains a NUL character, so it is not a text CSV; if it is a "Unicode text" export without a byte order mark, save it again as "CSV UTF-8"',
      { line: 3, column: 2 },
    ],
    [
      "invalid UTF-8 after a UTF-8 byte order mark",
      Buffer.concat([Buffer.from("\uFEFFa,b\n1,2\nx,", "utf8"), Buffer.from([0xc3, 0x28])]),
      'the file is damaged here: it is not valid UTF-8 (it starts with a UTF-8 byte order mark); save it again as "CSV UTF-8"',
      { line: 3, column: 2 },
    ],
    [
      "UTF-16LE with an unpaired surrogate",
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from("a\tb\r\n1\t", "utf16le"),
        Buffer.from([0x00, 0xd8, 0x41, 0x00]),
      ]),
      'the file is damaged here: it is not valid UTF-16LE (it starts with a UTF-16 byte order mark); save it again as "CSV UTF-8"',
      { line: 2, column: 2 },
    ],
  ])("%s is an InputError", async (_name, content, message, position) => {
    const file = await sheetFile(content);
    const error = await readError(file);
    const where = [position.line && `line ${position.line}`, position.column && `column ${position.column}`]
      .filter(Boolean)
      .join(", ");
    expect(error.message).toBe(`${file}${where ? ` (${where})` : ""}: ${message}`);
    expect({ line: error.line, column: error.column }).toEqual({
      line: position.line,
      column: position.column,
    });
  });

  it("names a missing file", async () => {
    const file = path.join(dir(), "missing.csv");
    await expect(openSheet(file)).rejects.toThrow(new InputError(file, "file not found"));
  });

  it("names a folder given as the file", async () => {
    await expect(openSheet(dir())).rejects.toThrow(new InputError(dir(), "this is a folder, not a file"));
  });

  const limits = { maxFieldChars: 32, maxColumns: 40, maxRowChars: 50 };
  it.each<[string, string, ReadLimits, string, { line: number; column: number }]>([
    [
      "a value over the cap",
      `a,b\n1,${"x".repeat(40)}\n`,
      limits,
      "a value is longer than 32 characters; check for a missing closing quote",
      { line: 2, column: 2 },
    ],
    [
      "a row with too many values",
      `a,b\n1,2\n${",".repeat(5)}x\n`,
      { ...limits, maxColumns: 4 },
      "a row has more than 4 values; check the delimiter",
      { line: 3, column: 5 },
    ],
    [
      "a row over the cap",
      `a,b\n${"x,".repeat(30)}\n`,
      limits,
      "a row is longer than 50 characters; check for a missing closing quote",
      { line: 2, column: 26 },
    ],
    [
      "a value over 1 MB by default",
      `a,b\n"1","${"x".repeat(1_048_576)}"\n`,
      READ_LIMITS,
      "a value is longer than 1,048,576 characters; check for a missing closing quote",
      { line: 2, column: 2 },
    ],
    [
      "a row over 10,000 values by default",
      `a,b\n${",".repeat(10_000)}\n`,
      READ_LIMITS,
      "a row has more than 10,000 values; check the delimiter",
      { line: 2, column: 10_001 },
    ],
  ])("stops at %s with its line and column", async (_name, content, readLimits, message, position) => {
    const file = await sheetFile(content);
    const error = await readError(file, { limits: readLimits });
    expect(error.message).toBe(`${file} (line ${position.line}, column ${position.column}): ${message}`);
  });
});
