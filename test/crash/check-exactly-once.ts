// The exactly-once verdict: what the simulator holds against the sheet and the results file. The simulator is
// the truth: an order in sim.orders.all() exists whatever the client believes.
import type { RunningSimulator } from "../../src/simulator/start-simulator.js";
import type { SheetLine } from "./generate-sheet.js";
import type { ResultRecord } from "./read-results-file.js";

export interface Duplicate {
  serviceNumber: string;
  orderIds: string[];
}

export interface ExactlyOnceVerdict {
  /** Orders per service line, for the sheet's lines. */
  ordersByService: Map<string, string[]>;
  /** More than one order for one line: the failure the crash test hunts. */
  duplicates: Duplicate[];
  /**
   * Confirms and submits the simulator refused with a 400. Every row of a generated sheet is valid, so the only
   * rule that can refuse one is rule 7 (an open PORT_NUMBER order exists): each is a second order the real API,
   * which has no rule 7 promise (CONTRACT.md §12), might have created.
   */
  refusedOrderPosts: { confirms: number; submits: number };
  /** Lines with no order at all. */
  withoutOrder: SheetLine[];
}

const isOrderPost = (method: string, path: string): boolean => method === "POST" && path.endsWith("/orders");

export const checkSimulator = (sim: RunningSimulator, lines: readonly SheetLine[]): ExactlyOnceVerdict => {
  const ordersByService = new Map<string, string[]>(lines.map((line) => [line.serviceNumber, []]));
  for (const order of sim.orders.all()) ordersByService.get(order.serviceNumber)?.push(order.orderId);
  const duplicates = [...ordersByService]
    .filter(([, orderIds]) => orderIds.length > 1)
    .map(([serviceNumber, orderIds]) => ({ serviceNumber, orderIds }));
  const refusedOrderPosts = { confirms: 0, submits: 0 };
  for (const request of sim.requests()) {
    if (!isOrderPost(request.method, request.path) || request.status !== 400) continue;
    if (request.query.confirm === "true") refusedOrderPosts.confirms += 1;
    else refusedOrderPosts.submits += 1;
  }
  const withoutOrder = lines.filter((line) => ordersByService.get(line.serviceNumber)?.length === 0);
  return { ordersByService, duplicates, refusedOrderPosts, withoutOrder };
};

/**
 * Where a results file disagrees with the simulator. Always: a SUBMITTED or SKIPPED record names the line's one
 * order. With `final` (the file a run wrote when it finished): a record of any other status has no order in the
 * simulator (an IN_DOUBT row whose order exists was not reconciled). No order is named twice.
 */
export const compareResults = (
  records: readonly ResultRecord[],
  verdict: ExactlyOnceVerdict,
  final: boolean,
): string[] => {
  const problems: string[] = [];
  const named = new Map<string, number>();
  for (const record of records) {
    const orders = verdict.ordersByService.get(record.serviceNumber) ?? [];
    if (record.status === "SUBMITTED" || record.status === "SKIPPED") {
      named.set(record.orderId, (named.get(record.orderId) ?? 0) + 1);
      if (!orders.includes(record.orderId)) {
        problems.push(
          `row ${record.line}: ${record.status} ${record.orderId}, but the simulator has [${orders.join(", ")}]`,
        );
      }
    } else if (final && orders.length > 0) {
      problems.push(
        `row ${record.line}: ${record.status} (${record.errorCode}), but the simulator has order ${orders.join(", ")}`,
      );
    }
  }
  for (const [orderId, count] of named) {
    if (count > 1) problems.push(`order ${orderId} is named by ${count} records`);
  }
  return problems;
};
