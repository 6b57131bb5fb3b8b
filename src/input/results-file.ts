// A previous results CSV fed back in as the input (issue: "reruns only what did not succeed"). Its first columns
// are the tool's own (src/results/result-columns.ts); the input's columns follow, those that collided with a
// result column renamed `input_<name>`. Reading it back drops the tool's columns, restores the input's names, and
// remembers each row's earlier status and order id.
import { RESULT_COLUMNS } from "../results/result-columns.js";

const RESULT_SET = new Set<string>(RESULT_COLUMNS);

export interface ResultsFileLayout {
  /** Column indexes of the earlier outcome. */
  status: number;
  orderId: number;
  orderStatus: number;
  externalOrderNumber: number;
  /** The input's own columns: index in the file and the name the input gave it. */
  inputColumns: { index: number; name: string }[];
}

/** A results file has the tool's leading columns, in order. */
export function readResultsLayout(header: readonly string[]): ResultsFileLayout | undefined {
  const leading = RESULT_COLUMNS.every((column, index) => header[index]?.trim().toLowerCase() === column);
  if (!leading) return undefined;
  const inputColumns = header.flatMap((name, index) =>
    index < RESULT_COLUMNS.length ? [] : [{ index, name: originalName(name.trim()) }],
  );
  return {
    status: RESULT_COLUMNS.indexOf("status"),
    orderId: RESULT_COLUMNS.indexOf("order_id"),
    orderStatus: RESULT_COLUMNS.indexOf("order_status"),
    externalOrderNumber: RESULT_COLUMNS.indexOf("external_order_number"),
    inputColumns,
  };
}

/** `input_device` was the input's `device`; `input_input_x` was `input_x` (createResultLayout prefixes again). */
function originalName(name: string): string {
  return name.startsWith("input_") && RESULT_SET.has(name.slice("input_".length).toLowerCase())
    ? name.slice("input_".length)
    : name.replace(/^input_(input_)/, "$1");
}
