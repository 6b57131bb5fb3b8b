// Reads a results CSV as the user's spreadsheet would: the header, then one record per line keyed by column.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export interface ResultsFile {
  header: string[];
  records: Record<string, string>[];
}

export function readResults(file: string): ResultsFile {
  const [header = [], ...lines] = parse(readFileSync(file), { bom: true });
  const records = lines.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ""])));
  return { header, records };
}

/** The columns that say what happened to a line, for exact table comparisons. */
export const outcomeOf = (record: Record<string, string>) => ({
  row: Number(record.row),
  status: record.status,
  error_code: record.error_code,
});

/** Minimal view of the simulator's order store needed to match result lines to orders. */
interface OrderSource {
  orders: { all(): { orderId: string; externalOrderNumber?: string; serviceNumber: string }[] };
}

/**
 * For each SUBMITTED or SKIPPED line: how many orders the simulator holds under its order_id, and what the first
 * one carries, so a test can compare with `expectedOrders(records)`.
 */
export function ordersOfLines(records: readonly Record<string, string>[], sim: OrderSource) {
  const orders = sim.orders.all();
  return records
    .filter((record) => record.status === "SUBMITTED" || record.status === "SKIPPED")
    .map((record) => {
      const matches = orders.filter((order) => order.orderId === record.order_id);
      return {
        row: Number(record.row),
        orders: matches.length,
        externalOrderNumber: matches[0]?.externalOrderNumber,
        serviceNumber: matches[0]?.serviceNumber,
      };
    });
}

/** What `ordersOfLines` must give: exactly one order per line, with the line's own numbers. */
export const expectedOrders = (records: readonly Record<string, string>[]) =>
  records
    .filter((record) => record.status === "SUBMITTED" || record.status === "SKIPPED")
    .map((record) => ({
      row: Number(record.row),
      orders: 1,
      externalOrderNumber: record.external_order_number,
      serviceNumber: record.service_number,
    }));
