// The store's optional data file: orders survive a simulator restart (sandbox mode). Writes are atomic (a temp
// file renamed over the old one), so a crash leaves the previous state, never half a file.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { SimOrderRecord } from "./order-store.js";

export interface PersistedOrders {
  nextOrderId: number;
  orders: SimOrderRecord[];
}

/** The saved state, or undefined when the file does not exist yet. A file that is not ours is an error. */
export function loadOrders(file: string): PersistedOrders | undefined {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Simulator data file ${file} is not valid JSON.`, { cause: error });
  }
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    !("orders" in parsed) ||
    !Array.isArray(parsed.orders) ||
    !("nextOrderId" in parsed) ||
    typeof parsed.nextOrderId !== "number"
  ) {
    throw new Error(`Simulator data file ${file} does not hold {nextOrderId, orders}.`);
  }
  // The file is the simulator's own output; its records are trusted to have the shape it wrote.
  return { nextOrderId: parsed.nextOrderId, orders: parsed.orders as SimOrderRecord[] };
}

export function saveOrders(file: string, state: PersistedOrders): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, "utf8");
  renameSync(temp, file);
}
