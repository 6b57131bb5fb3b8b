import { describe, expect, it } from "vitest";
import { createVariantTable } from "../../src/input/variant-table.js";

describe("createVariantTable", () => {
  it("numbers each account's distinct values in order of first appearance, with their first lines", () => {
    const names = createVariantTable<string>("");
    expect(names.add(0, "Acme", 2)).toBe(0);
    expect(names.add(2, "Other", 3)).toBe(0);
    expect(names.add(0, "ACME", 4)).toBe(1);
    expect(names.add(0, "Acme", 5)).toBe(0);
    expect(names.add(0, "Acme Inc", 6)).toBe(2);
    expect(names.add(0, "ACME", 7)).toBe(1);

    expect(names.othersOf(0, 1)).toEqual([
      ["Acme", 2],
      ["Acme Inc", 6],
    ]);
    expect(names.valueOf(0, 2)).toBe("Acme Inc");
    expect(names.valueOf(2, 0)).toBe("Other");
  });

  it("numbers an account's many values the same way as a few", () => {
    const names = createVariantTable<string>("");
    const spellings = Array.from({ length: 20 }, (_, n) => `Acme ${n}`);
    const first = spellings.map((name, n) => names.add(3, name, n + 2));
    const again = spellings.map((name, n) => names.add(3, name, n + 100));

    expect(first).toEqual(spellings.map((_, n) => n));
    expect(again).toEqual(first);
    expect(names.othersOf(3, 19)).toEqual(spellings.slice(0, 19).map((name, n) => [name, n + 2]));
  });

  it("has no others for an account with one value, or with none", () => {
    const pins = createVariantTable<number>(0);
    pins.add(0, 1111, 2);
    pins.add(0, 1111, 3);
    expect(pins.othersOf(0, 0)).toBeUndefined();
    expect(pins.othersOf(1, 0)).toBeUndefined();
    expect(() => pins.valueOf(1, 0)).toThrow("No variant 0 of account 1");
  });
});
