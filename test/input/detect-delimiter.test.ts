import { describe, expect, it } from "vitest";
import { detectDelimiter, hasFirstLine, type Delimiter } from "../../src/input/detect-delimiter.js";

describe("detectDelimiter", () => {
  it.each<[string, Delimiter]>([
    ["a,b,c\n1;2;3;4;5\n", ","],
    ["a;b;c\n1,2,3,4,5\n", ";"],
    ["a\tb\tc\r\n", "\t"],
    ["a;b,c\n", ","],
    ["a\tb;c\n", ";"],
    ['"x,y,z";b;c\n', ";"],
    ["\n\r\na;b\n", ";"],
    ["service_number", ","],
    ["", ","],
  ])("%j -> %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("hasFirstLine", () => {
  it.each<[string, boolean]>([
    ["a,b\n", true],
    ["a,b\r", true],
    ["a,b", false],
    ["\n\n", false],
    ['"a\nb",c', false],
    ['"a\nb",c\n', true],
  ])("%j -> %s", (text, expected) => {
    expect(hasFirstLine(text)).toBe(expected);
  });
});
