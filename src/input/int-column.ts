// A growing list of 32-bit integers in fixed blocks of typed arrays: 4 bytes an item outside the JavaScript heap,
// and no doubling copy (which, for a million rows, briefly holds the old and the new array at once).

export interface IntColumn {
  push(value: number): void;
  /** The value at `position` (0-based, below `length`). */
  get(position: number): number;
  readonly length: number;
}

const BLOCK_BITS = 16;
const BLOCK_SIZE = 1 << BLOCK_BITS;

export function createIntColumn(): IntColumn {
  const blocks: Int32Array[] = [];
  let length = 0;
  return {
    get length() {
      return length;
    },
    push(value) {
      const offset = length & (BLOCK_SIZE - 1);
      if (offset === 0) blocks.push(new Int32Array(BLOCK_SIZE));
      const block = blocks[blocks.length - 1];
      if (block !== undefined) block[offset] = value;
      length += 1;
    },
    get(position) {
      if (!Number.isInteger(position) || position < 0 || position >= length) {
        throw new RangeError(`Expected a position from 0 to ${length - 1}, got ${position}`);
      }
      return blocks[position >>> BLOCK_BITS]?.[position & (BLOCK_SIZE - 1)] ?? 0;
    },
  };
}
