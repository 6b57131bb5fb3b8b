// The duplicate table of a streamed sheet: the first line of each number, for as many numbers as a sheet holds.
import { describe, expect, it } from "vitest";
import { createFirstLineTable, MAX_KEY } from "../../src/input/first-line-table.js";

describe("createFirstLineTable", () => {
  it("records a number's first line and returns it for every later one", () => {
    const table = createFirstLineTable();
    expect(table.firstLine(5123440000, 2)).toBe(0);
    expect(table.firstLine(5123440001, 3)).toBe(0);
    expect(table.firstLine(5123440000, 7)).toBe(2);
    expect(table.firstLine(5123440000, 9)).toBe(2);
    expect(table.size).toBe(2);
  });

  it.each([0, 1, 2 ** 32 - 1, 2 ** 32, 9_999_999_999, MAX_KEY])(
    "keeps %d apart from its neighbours",
    (key) => {
      const table = createFirstLineTable();
      expect(table.firstLine(key, 10)).toBe(0);
      if (key > 0) expect(table.firstLine(key - 1, 11)).toBe(0);
      if (key < MAX_KEY) expect(table.firstLine(key + 1, 12)).toBe(0);
      expect(table.firstLine(key, 13)).toBe(10);
    },
  );

  it("agrees with a Map over 200,000 numbers that collide in their low 32 bits, while it grows", () => {
    const table = createFirstLineTable();
    const expected = new Map<number, number>();
    const disagreements: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      // Numbers with twins 2^32 and 2^33 away, so only the high bits tell them apart; many come back.
      const key = (i % 70_000) + (i < 100_000 ? 2 ** 33 : 2 ** 32) + (i % 3 === 0 ? 5_000_000_000 : 0);
      const line = i + 2;
      const first = expected.get(key) ?? 0;
      if (first === 0) expected.set(key, line);
      const found = table.firstLine(key, line);
      if (found !== first) disagreements.push(`${key} on line ${line}: ${found}, expected ${first}`);
    }
    expect(disagreements).toEqual([]);
    expect(table.size).toBe(expected.size);
    expect(expected.size).toBeGreaterThan(100_000);
  });

  it.each([-1, 1.5, MAX_KEY + 1, Number.NaN])("refuses the key %d", (key) => {
    expect(() => createFirstLineTable().firstLine(key, 2)).toThrow(
      `Expected a key from 0 to ${MAX_KEY}, got ${key}`,
    );
  });
});
