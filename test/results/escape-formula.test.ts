import { describe, expect, it } from "vitest";
import { escapeFormula } from "../../src/results/escape-formula.js";

describe("escapeFormula (OWASP CSV injection)", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["a=1", "a=1"],
    [" =1", " =1"],
    ["5123440000", "5123440000"],
    ["", ""],
    ["'=1", "'=1"],
  ])("%j → %j", (cell, expected) => expect(escapeFormula(cell)).toBe(expected));
});
