import { describe, expect, it } from "vitest";
import { closestMatches, editDistance, quoteList } from "../../src/input/closest-match.js";

describe("editDistance", () => {
  it.each<[string, string, number]>([
    ["", "", 0],
    ["plan", "plan", 0],
    ["plan", "plans", 1],
    ["servce_number", "service_number", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["Québec", "Quebec", 1],
  ])("%s -> %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("closestMatches", () => {
  const names = ["service_number", "service_id", "new_carrier", "plan"];
  it("returns the nearest first, ties in the candidates' order", () => {
    expect(closestMatches("servce_id", names, { limit: 2 })).toEqual(["service_id", "service_number"]);
    expect(closestMatches("pla", ["plan", "plat"], { limit: 2 })).toEqual(["plan", "plat"]);
  });

  it("leaves out candidates beyond maxDistance and compares by key", () => {
    expect(closestMatches("PLAN", names, { maxDistance: 0, key: (text) => text.toLowerCase() })).toEqual([
      "plan",
    ]);
    expect(closestMatches("zzzz", names, { maxDistance: 2 })).toEqual([]);
  });
});

describe("quoteList", () => {
  it.each<[string[], string]>([
    [[], ""],
    [["a"], '"a"'],
    [["a", "b"], '"a" or "b"'],
    [["a", "b", "c"], '"a", "b" or "c"'],
  ])("%o", (names, text) => {
    expect(quoteList(names)).toBe(text);
  });
});
