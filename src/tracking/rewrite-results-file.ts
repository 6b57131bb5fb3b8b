// `bulkport status --out results.csv`: reads the results file a run wrote, writes each tracked order's status,
// the time it changed, the reason and the replaced order into it (update-result-records.ts), and replaces the
// file atomically. The file keeps its UTF-8 BOM so that Excel still reads accented names correctly.
import { readFile } from "node:fs/promises";
import { parse, type Options } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { InputError } from "../errors.js";
import type { TrackedOrder } from "../state/tracked-order.js";
import { updateResultRecords, type OrderStatusCells } from "./update-result-records.js";
import { writeFileAtomically } from "./write-file-atomically.js";

const cellsOf = (order: TrackedOrder): OrderStatusCells => ({
  ...(order.status === undefined ? {} : { status: order.status }),
  ...(order.statusChangedAt === undefined ? {} : { changedAt: order.statusChangedAt }),
  ...(order.reason === undefined ? {} : { reason: order.reason }),
  ...(order.previousOrderId === undefined ? {} : { previousOrderId: order.previousOrderId }),
});

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Returns how many lines carried a tracked order. Throws InputError when the file cannot be used. */
export async function rewriteResultsFile(file: string, orders: readonly TrackedOrder[]): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(file, `cannot read the results file: ${describe(error)}`, {}, { cause: error });
  }
  const options: Options = { bom: true, relax_column_count: false };
  let records: string[][];
  try {
    records = parse(text, options);
  } catch (error) {
    throw new InputError(
      file,
      `cannot read the results file as CSV: ${describe(error)}`,
      {},
      { cause: error },
    );
  }
  const byId = new Map(orders.map((order) => [order.orderId, cellsOf(order)]));
  const update = updateResultRecords(records, (orderId) => byId.get(orderId));
  if (!update.ok) throw new InputError(file, update.message, { line: 1 });
  await writeFileAtomically(file, stringify(update.records, { bom: true }));
  return update.updated;
}
