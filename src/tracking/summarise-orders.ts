// Pure summaries of the tracked orders, shared by `bulkport status` and the HTML report: orders per status in
// lifecycle order (CONTRACT.md §11.1), the rows a person must fix first, and cost totals per currency.
import { endedWithoutPort } from "../state/order-statuses.js";
import type { TrackedOrder } from "../state/tracked-order.js";
import { columnForReason } from "./column-for-reason.js";

/** §11.1's states in lifecycle order; a status not listed follows them, alphabetically. */
export const LIFECYCLE_ORDER: readonly string[] = [
  "ORDER_SUBMITTED",
  "AWAITING_APPROVAL",
  "IN_PROGRESS",
  "PORT_SCHEDULED",
  "SHIPPED",
  "COMPLETED",
  "REJECTED",
  "CANCELLED",
];

/** Shown for an order whose status bulkport never learnt (the submit's answer had none). */
export const UNKNOWN_STATUS = "UNKNOWN";

/** Each row's latest order: earlier orders that a fixed row replaced are history, not the row's state. */
export const currentOrders = (orders: readonly TrackedOrder[]): TrackedOrder[] =>
  orders.filter((order) => order.replacedBy === undefined);

const rank = (status: string): number => {
  const index = LIFECYCLE_ORDER.indexOf(status);
  return index === -1 ? LIFECYCLE_ORDER.length : index;
};

export const compareStatuses = (a: string, b: string): number =>
  rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

/** [status, count] for the given orders, in lifecycle order, zero counts left out. */
export const countByStatus = (orders: readonly TrackedOrder[]): [string, number][] => {
  const counts = new Map<string, number>();
  for (const order of orders) {
    const status = order.status ?? UNKNOWN_STATUS;
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => compareStatuses(a, b));
};

export interface EndedOrder {
  order: TrackedOrder;
  /** The canonical column the reason points at, when one is recognised. */
  column?: string;
}

/** Current orders that ended REJECTED or CANCELLED: the row must be fixed and run again. In sheet order. */
export const endedOrders = (orders: readonly TrackedOrder[]): EndedOrder[] =>
  currentOrders(orders)
    .filter((order) => endedWithoutPort(order.status))
    .map((order) => {
      const column = columnForReason(order.reason);
      return column === undefined ? { order } : { order, column };
    });

export interface CostTotals {
  /** ISO currency code; "" when none was recorded. */
  currency: string;
  orders: number;
  oneTime: number;
  monthly: number;
}

/**
 * What the live orders cost: current orders that did not end without a port, per currency in order of first
 * appearance. Orders without recorded costs are left out. Sums in whole cents, so 0.1 + 0.2 stays 0.30.
 */
export const totalCosts = (orders: readonly TrackedOrder[]): CostTotals[] => {
  const totals = new Map<string, { orders: number; oneTime: number; monthly: number }>();
  for (const order of currentOrders(orders)) {
    if (order.costs === undefined || endedWithoutPort(order.status)) continue;
    const currency = order.costs.currency ?? "";
    const sum = totals.get(currency) ?? { orders: 0, oneTime: 0, monthly: 0 };
    totals.set(currency, {
      orders: sum.orders + 1,
      oneTime: sum.oneTime + Math.round((order.costs.oneTime ?? 0) * 100),
      monthly: sum.monthly + Math.round((order.costs.monthly ?? 0) * 100),
    });
  }
  return [...totals].map(([currency, sum]) => ({
    currency,
    orders: sum.orders,
    oneTime: sum.oneTime / 100,
    monthly: sum.monthly / 100,
  }));
};

/** "line 7 of march.csv", or the row key when the store has no source for it. */
export const describeRow = (order: TrackedOrder): string =>
  order.source === undefined ? order.key : `line ${order.source.line} of ${order.source.file}`;
