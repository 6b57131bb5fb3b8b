import { describe, expect, it } from "vitest";
import { createIntColumn } from "../../src/input/int-column.js";

describe("createIntColumn", () => {
  it("gives back every value pushed, across its 65,536-value blocks", () => {
    const column = createIntColumn();
    for (let i = 0; i < 200_000; i++) column.push(i % 2 === 0 ? i : -i);
    expect(column.length).toBe(200_000);
    for (const position of [0, 1, 65_535, 65_536, 65_537, 131_072, 199_999]) {
      expect(column.get(position)).toBe(position % 2 === 0 ? position : -position);
    }
  });

  it.each([-1, 3, 0.5])("refuses the position %d of a column of 3", (position) => {
    const column = createIntColumn();
    [7, 8, 9].forEach((value) => column.push(value));
    expect(() => column.get(position)).toThrow(`Expected a position from 0 to 2, got ${position}`);
  });
});
