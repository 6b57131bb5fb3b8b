import { describe, expect, it } from "vitest";
import { findJsonErrorOffset, lineAndColumn } from "../../src/input/locate-json-error.js";

describe("findJsonErrorOffset", () => {
  it.each<[string, number | undefined]>([
    ['{"a": [1, 2.5e3, -0, true, false, null, "x\\n\\u00e9"]}', undefined],
    ["  []  ", undefined],
    ["", 0],
    ["x", 0],
    ['{"a": x}', 6],
    ['{"a": tru}', 6],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ["[1 2]", 3],
    ['{"a":1}}', 7],
    ['{"a": "x', 8],
    ['{"a": "b\nc"}', 8],
    ['{"a": "\\q"}', 8],
    ["[01]", 2],
    ["{'a': 1}", 1],
  ])("%j -> %s", (text, offset) => {
    expect(findJsonErrorOffset(text)).toBe(offset);
  });

  it("agrees with JSON.parse on what is valid", () => {
    for (const text of ['{"a":{"b":[{}]}}', '"\\ud83d\\ude00"', "1e5", "-1.5"]) {
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      expect(findJsonErrorOffset(text)).toBeUndefined();
    }
  });
});

describe("lineAndColumn", () => {
  it.each<[string, number, { line: number; column: number }]>([
    ["abc", 0, { line: 1, column: 1 }],
    ["abc", 2, { line: 1, column: 3 }],
    ["a\nbc", 3, { line: 2, column: 2 }],
    ["a\r\nbc", 4, { line: 2, column: 2 }],
  ])("%j at %i", (text, offset, expected) => {
    expect(lineAndColumn(text, offset)).toEqual(expected);
  });
});
