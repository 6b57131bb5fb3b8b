// The first line of each normalised service number of a sheet, for the duplicate check of a streamed sheet
// (sheet-check-index.ts). A Map would hold each 10-digit number as a heap object (it is not a small integer) for
// the garbage collector to walk; here a million numbers take about 19 MB of typed arrays outside the heap, in
// 256 shards that each grow on their own, so growing never copies more than a 256th of the table at once.

export interface FirstLineTable {
  /** The first line recorded for `key`; when there is none, records `line` and returns 0. */
  firstLine(key: number, line: number): number;
  readonly size: number;
}

/** Keys up to 2^39 − 1 (the high bits + 1 must fit a byte); a 10-digit number is below 2^34. */
export const MAX_KEY = 2 ** 39 - 1;

const SHARD_BITS = 8;
const INITIAL_SLOTS = 16;
const MAX_LOAD = 0.7;

interface Shard {
  /** The key's low 32 bits; its high bits + 1 (0: an empty slot); the line. */
  low: Uint32Array;
  high: Uint8Array;
  lines: Int32Array;
  size: number;
}

const newShard = (slots: number): Shard => ({
  low: new Uint32Array(slots),
  high: new Uint8Array(slots),
  lines: new Int32Array(slots),
  size: 0,
});

/** A 32-bit mix of the key's two halves (murmur3's finaliser): the top bits pick the shard, the rest the slot. */
const hashOf = (low: number, high: number): number => {
  let hash = Math.imul(low ^ Math.imul(high + 1, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
};

/** The slot of the key in `shard`, or the empty slot where it belongs (linear probing). */
function slotIn(shard: Shard, hash: number, low: number, high: number): number {
  const mask = shard.low.length - 1;
  let slot = hash & mask;
  for (;;) {
    const stored = shard.high[slot] ?? 0;
    if (stored === 0 || (stored === high + 1 && shard.low[slot] === low)) return slot;
    slot = (slot + 1) & mask;
  }
}

function grow(shard: Shard): Shard {
  const bigger = newShard(shard.low.length * 2);
  for (let slot = 0; slot < shard.low.length; slot++) {
    const stored = shard.high[slot] ?? 0;
    if (stored === 0) continue;
    const low = shard.low[slot] ?? 0;
    const to = slotIn(bigger, hashOf(low, stored - 1), low, stored - 1);
    bigger.low[to] = low;
    bigger.high[to] = stored;
    bigger.lines[to] = shard.lines[slot] ?? 0;
  }
  bigger.size = shard.size;
  return bigger;
}

export function createFirstLineTable(): FirstLineTable {
  const shards: Shard[] = Array.from({ length: 1 << SHARD_BITS }, () => newShard(INITIAL_SLOTS));
  let size = 0;
  return {
    get size() {
      return size;
    },
    firstLine(key, line) {
      if (!Number.isInteger(key) || key < 0 || key > MAX_KEY) {
        throw new RangeError(`Expected a key from 0 to ${MAX_KEY}, got ${key}`);
      }
      const low = key >>> 0;
      const high = Math.floor(key / 4294967296);
      const hash = hashOf(low, high);
      const which = hash >>> (32 - SHARD_BITS);
      let shard = shards[which] ?? newShard(INITIAL_SLOTS);
      let slot = slotIn(shard, hash, low, high);
      if (shard.high[slot] !== 0) return shard.lines[slot] ?? 0;
      if (shard.size + 1 > shard.low.length * MAX_LOAD) {
        shard = grow(shard);
        shards[which] = shard;
        slot = slotIn(shard, hash, low, high);
      }
      shard.low[slot] = low;
      shard.high[slot] = high + 1;
      shard.lines[slot] = line;
      shard.size += 1;
      size += 1;
      return 0;
    },
  };
}
