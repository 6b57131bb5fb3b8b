// Per carrier account (by a dense id from 0), the distinct values of one column in order of first appearance, each
// with the first line that has it: what an ACCOUNT_MISMATCH message lists. Nearly every account has one value, so
// that one is kept in flat arrays and a list is made only for an account that has a second.

export interface VariantTable<T> {
  /** Records `value` on `line` for `account` (lines in increasing order); returns its variant number, from 0. */
  add(account: number, value: T, line: number): number;
  /** The value of a variant number that `add` returned. */
  valueOf(account: number, variant: number): T;
  /** The account's other values with their first lines, or undefined when it has fewer than two. */
  othersOf(account: number, variant: number): [T, number][] | undefined;
}

const MANY = 8;

/**
 * `none`: what fills the slot of an account without a value yet (an empty string, or 0 for numbers, which keeps
 * an array of numbers unboxed: 8 bytes an account, not a heap object each).
 */
export function createVariantTable<T extends string | number>(none: T): VariantTable<T> {
  const first: T[] = [];
  /** The first value's line (from 1), or 0 while the account has none. */
  const firstLine: number[] = [];
  /** Accounts with two values or more: every value with its first line, the first included. */
  const all = new Map<number, [T, number][]>();
  /** For accounts with many values, each value's number (a few are found faster, and smaller, by a scan). */
  const numbersOf = new Map<number, Map<T, number>>();

  return {
    add(account, value, line) {
      // Filled in order, so the arrays stay dense (a far index would turn them into slow dictionaries).
      while (first.length <= account) {
        first.push(none);
        firstLine.push(0);
      }
      const known = first[account] ?? none;
      if (firstLine[account] === 0) {
        first[account] = value;
        firstLine[account] = line;
        return 0;
      }
      if (known === value) return 0;
      let variants = all.get(account);
      if (variants === undefined) {
        variants = [[known, firstLine[account] ?? 0]];
        all.set(account, variants);
      }
      let numbers = numbersOf.get(account);
      const found = numbers ? numbers.get(value) : variants.findIndex(([other]) => other === value);
      if (found !== undefined && found !== -1) return found;
      variants.push([value, line]);
      if (numbers === undefined && variants.length > MANY) {
        numbers = new Map(variants.map(([other], number) => [other, number]));
        numbersOf.set(account, numbers);
      }
      numbers?.set(value, variants.length - 1);
      return variants.length - 1;
    },

    valueOf(account, variant) {
      const value = variant === 0 && firstLine[account] ? first[account] : all.get(account)?.[variant]?.[0];
      if (value === undefined) throw new RangeError(`No variant ${variant} of account ${account}`);
      return value;
    },

    othersOf(account, variant) {
      return all.get(account)?.filter((_, other) => other !== variant);
    },
  };
}
