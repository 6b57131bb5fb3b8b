import { describe, expect, it } from "vitest";
import { createLimitScanner, type LimitViolation } from "../../src/input/scan-limits.js";

const limits = { maxFieldChars: 5, maxColumns: 3, maxRowChars: 12 };

describe("createLimitScanner", () => {
  it.each<[string, string[], LimitViolation | undefined]>([
    ["a text within the caps", ["ab,cd,ef\n", "12345,1\r\n"], undefined],
    ["a NUL", ["a,b\nc,\u0000"], { kind: "nul", line: 2, column: 2 }],
    ["a long value", ["a,123456"], { kind: "field", line: 1, column: 2 }],
    ["a long value across chunks", ["a,123", "456"], { kind: "field", line: 1, column: 2 }],
    ["too many values", ["a,b,c,d"], { kind: "columns", line: 1, column: 4 }],
    ["delimiters inside quotes", ['"a,b,c,d"\n'], { kind: "field", line: 1, column: 1 }],
    ["a doubled quote stays inside the value", [",c,d\n1,2,3,4"], { kind: "columns", line: 2, column: 4 }],
    ["a long row", ["1234,1234,1234"], { kind: "row", line: 1, column: 3 }],
    ["lines inside quotes", ['"\r\n\n",x,y\r\n1,2,3,4'], { kind: "columns", line: 4, column: 4 }],
    ["a CRLF split across chunks", ["a\r", "\nb,c,d,e"], { kind: "columns", line: 2, column: 4 }],
  ])("%s", (_name, chunks, expected) => {
    const scanner = createLimitScanner(",", limits);
    let found: LimitViolation | undefined;
    for (const chunk of chunks) found ??= scanner.push(chunk);
    expect(found).toEqual(expected);
  });

  it("counts values by the given delimiter and reports its position", () => {
    const scanner = createLimitScanner(";", { ...limits, maxFieldChars: 10 });
    expect(scanner.push("a,b,c,d;e\r\nf;")).toBeUndefined();
    expect(scanner.position()).toEqual({ line: 2, column: 2 });
  });
});
