// The sheet-level checks of check-sheet.ts for a sheet read once and never held (bulkport validate of a million
// rows, issue 6). Each mapped row is added in input order: its DUPLICATE problem is known at once (it depends only
// on earlier rows) and returned; what ACCOUNT_MISMATCH needs is kept compactly: per row its line and its carrier
// account (8 bytes), and which of the account's names and PINs it has when that is not the account's first one;
// per account each distinct name on invoice and a hash of each distinct PIN (never the PIN), with the first line
// of each. Once every row is added, `mismatchesOf` gives a row's ACCOUNT_MISMATCH problems. Codes, messages and
// order are those `checkSheet` adds to the same row (test/input/sheet-check-index.test.ts compares the two).
import type { CanonicalRow, RowProblem } from "./canonical-row.js";
import {
  columnOf,
  duplicateProblem,
  isComparableNumber,
  nameMismatchProblem,
  pinMismatchProblem,
} from "./build-sheet-problems.js";
import { createFirstLineTable, type FirstLineTable } from "./first-line-table.js";
import { createIntColumn } from "./int-column.js";
import { createVariantTable } from "./variant-table.js";

export interface SheetCheckIndex {
  /** Records the next row of the sheet; returns its DUPLICATE problem (none or one), final as it is. */
  add(row: CanonicalRow): RowProblem[];
  /** The number of rows added. */
  readonly size: number;
  /** The line of the row added at `position` (0-based). */
  lineOf(position: number): number;
  /**
   * The ACCOUNT_MISMATCH problems of the row at `position` (name, then PIN). Ends the adding. Rows with the same
   * message share the problem object: read-only.
   */
  mismatchesOf(position: number): RowProblem[];
}

/**
 * cyrb53 (public domain): a 53-bit hash, so two different PINs of one account share a hash (and their mismatch
 * goes unreported) with a chance of about 2^-53. It keeps PIN text out of the index; a 4-digit PIN can still be
 * found from its hash by trying them all, so the hash is not a secret either: it never leaves the process.
 */
export function hashPin(value: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const NONE = -1;
/** Per row: the account id × 4, + 1 when the row has a name on invoice, + 2 when it has a PIN; or NONE. */
const HAS_NAME = 1;
const HAS_PIN = 2;
const MAX_ROWS = 2 ** 29;

/**
 * The rows of one account usually come together and share their message: the last one is reused (given to each
 * such row as the same object), which saves listing the account's values again for every row.
 */
function createLastMessage() {
  let account = NONE;
  let variant = NONE;
  let problem: RowProblem | undefined;
  return {
    get(forAccount: number, forVariant: number, make: (variant: number) => RowProblem | undefined) {
      if (forAccount !== account || forVariant !== variant) {
        account = forAccount;
        variant = forVariant;
        problem = make(forVariant);
      }
      return problem;
    },
  };
}

export function createSheetCheckIndex(): SheetCheckIndex {
  const lines = createIntColumn();
  const accountOf = createIntColumn();
  // Variant numbers other than 0, by position: a row with the account's first name (or PIN) has none here.
  const laterNameOf = new Map<number, number>();
  const laterPinOf = new Map<number, number>();
  const accounts = new Map<string, number>();
  const names = createVariantTable<string>("");
  const pins = createVariantTable<number>(0);
  const nameMessages = createLastMessage();
  const pinMessages = createLastMessage();
  // The headers the messages name: one mapping feeds every row of a sheet, so they are the first row's.
  let labels: { name: string; pin: string } | undefined;
  // Adding only. A normalised service number is 10 digits: exact as a number, and stored without a string.
  let firstOfNumber: FirstLineTable | undefined = createFirstLineTable();
  let firstOfId: Map<string, number> | undefined = new Map();

  // As checkSheet: the number is compared first; a row that repeats it does not record its service id.
  const duplicateOf = (
    row: CanonicalRow,
    numbers: FirstLineTable,
    ids: Map<string, number>,
  ): RowProblem[] => {
    const number = row.values.service_number;
    if (number !== undefined && isComparableNumber(number)) {
      const first = numbers.firstLine(Number(number), row.line);
      if (first !== 0) return [duplicateProblem(row, "service_number", first)];
    }
    const id = row.values.service_id;
    if (id === undefined) return [];
    const first = ids.get(id);
    if (first !== undefined) return [duplicateProblem(row, "service_id", first)];
    ids.set(id, row.line);
    return [];
  };

  const checkLabels = (row: CanonicalRow): void => {
    const name = columnOf(row, "name_on_invoice");
    const pin = columnOf(row, "pin");
    labels ??= { name, pin };
    if (labels.name !== name || labels.pin !== pin) {
      throw new Error(`SheetCheckIndex: line ${row.line} names its columns unlike the rows before it`);
    }
  };

  return {
    get size() {
      return lines.length;
    },

    add(row) {
      if (firstOfNumber === undefined || firstOfId === undefined) {
        throw new Error("SheetCheckIndex.add() after mismatchesOf(): every row must be added first");
      }
      if (lines.length === MAX_ROWS) throw new RangeError(`SheetCheckIndex: more than ${MAX_ROWS} rows`);
      checkLabels(row);
      const duplicate = duplicateOf(row, firstOfNumber, firstOfId);
      const { carrier_account_number: account, name_on_invoice: name, pin } = row.values;
      let id = account === undefined ? NONE : accounts.get(account);
      if (account !== undefined && id === undefined) {
        id = accounts.size;
        accounts.set(account, id);
      }
      const position = lines.length;
      lines.push(row.line);
      if (id === undefined || id === NONE) {
        accountOf.push(NONE);
        return duplicate;
      }
      const nameVariant = name === undefined ? NONE : names.add(id, name, row.line);
      const pinVariant = pin === undefined ? NONE : pins.add(id, hashPin(pin), row.line);
      if (nameVariant > 0) laterNameOf.set(position, nameVariant);
      if (pinVariant > 0) laterPinOf.set(position, pinVariant);
      accountOf.push(id * 4 + (nameVariant === NONE ? 0 : HAS_NAME) + (pinVariant === NONE ? 0 : HAS_PIN));
      return duplicate;
    },

    lineOf: (position) => lines.get(position),

    mismatchesOf(position) {
      firstOfNumber = undefined;
      firstOfId = undefined;
      const packed = accountOf.get(position);
      if (packed === NONE || labels === undefined) return [];
      const account = packed >>> 2;
      const { name: nameLabel, pin: pinLabel } = labels;
      const problems: RowProblem[] = [];
      if ((packed & HAS_NAME) !== 0) {
        const problem = nameMessages.get(account, laterNameOf.get(position) ?? 0, (variant) => {
          const others = names.othersOf(account, variant);
          return others && nameMismatchProblem(nameLabel, names.valueOf(account, variant), others);
        });
        if (problem !== undefined) problems.push(problem);
      }
      if ((packed & HAS_PIN) !== 0) {
        const problem = pinMessages.get(account, laterPinOf.get(position) ?? 0, (variant) => {
          const others = pins.othersOf(account, variant);
          return (
            others &&
            pinMismatchProblem(
              pinLabel,
              others.map(([, line]) => line),
            )
          );
        });
        if (problem !== undefined) problems.push(problem);
      }
      return problems;
    },
  };
}
