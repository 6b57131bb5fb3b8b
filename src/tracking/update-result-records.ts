// Pure: a results CSV's records (header first) with each order's current status written in. `order_status` is
// refreshed in place; three columns follow it, added the first time and refreshed after: when the order entered
// its status, the reason a rejection or cancellation gave, and the order a resubmitted row replaced. Lines
// without a tracked order keep their cells. Cells from the API are escaped against formula injection.
import { escapeFormula } from "../results/escape-formula.js";

/** The columns `bulkport status` owns, right after `order_status`. */
export const STATUS_COLUMNS = [
  "order_status_changed_at",
  "order_status_reason",
  "previous_order_id",
] as const;

/** How a results file written by `bulkport run` starts (src/results/result-columns.ts). */
const LEADING = ["row", "status", "order_id", "order_status"] as const;
const ORDER_ID = LEADING.indexOf("order_id");
const ORDER_STATUS = LEADING.indexOf("order_status");
const FIRST_STATUS_COLUMN = ORDER_STATUS + 1;

export interface OrderStatusCells {
  status?: string;
  changedAt?: string;
  reason?: string;
  previousOrderId?: string;
}

export type RecordsUpdate =
  { ok: true; records: string[][]; updated: number } | { ok: false; message: string };

/** A cell as written (escape-formula.ts adds a leading `'` before = + - @ tab or CR): the value again. */
const unescapeCell = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export const updateResultRecords = (
  records: readonly (readonly string[])[],
  lookup: (orderId: string) => OrderStatusCells | undefined,
): RecordsUpdate => {
  const [header, ...data] = records;
  if (header === undefined || LEADING.some((column, index) => header[index] !== column)) {
    return {
      ok: false,
      message: `not a bulkport results file: expected the header to start with ${LEADING.join(",")}`,
    };
  }
  const present = STATUS_COLUMNS.every((column, index) => header[FIRST_STATUS_COLUMN + index] === column);
  const splice = (record: readonly string[], cells: readonly string[]): string[] => [
    ...record.slice(0, FIRST_STATUS_COLUMN),
    ...cells,
    ...record.slice(FIRST_STATUS_COLUMN + (present ? STATUS_COLUMNS.length : 0)),
  ];
  let updated = 0;
  const rewritten = data.map((record) => {
    const found = lookup(unescapeCell(record[ORDER_ID] ?? ""));
    const kept = present
      ? record.slice(FIRST_STATUS_COLUMN, FIRST_STATUS_COLUMN + STATUS_COLUMNS.length)
      : STATUS_COLUMNS.map(() => "");
    if (found === undefined) return splice(record, kept);
    updated += 1;
    const withStatus = [...record];
    if (found.status !== undefined) withStatus[ORDER_STATUS] = escapeFormula(found.status);
    const cells = [found.changedAt, found.reason, found.previousOrderId].map((value) =>
      escapeFormula(value ?? ""),
    );
    return splice(withStatus, cells);
  });
  return { ok: true, records: [splice(header, STATUS_COLUMNS), ...rewritten], updated };
};
