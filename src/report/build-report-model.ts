// Pure: what the HTML report shows, from the state store's rows, orders and history. Counts per order status
// (each row's current order), rows that have no order yet by stage, cost totals, status changes per day, and
// one line per row, the rows that need a person first.
import type { RowState } from "../state/row-state.js";
import { endedWithoutPort } from "../state/order-statuses.js";
import type { OrderHistoryEntry, StatusCheck, TrackedOrder } from "../state/tracked-order.js";
import { columnForReason } from "../tracking/column-for-reason.js";
import {
  compareStatuses,
  countByStatus,
  currentOrders,
  totalCosts,
  UNKNOWN_STATUS,
  type CostTotals,
} from "../tracking/summarise-orders.js";

export interface ReportInput {
  tenant: string;
  generatedAt: string;
  rows: readonly RowState[];
  orders: readonly TrackedOrder[];
  history: readonly OrderHistoryEntry[];
  lastCheck?: StatusCheck;
  /** Rows that need no action are listed up to this many. @default 2000 */
  maxQuietRows?: number;
}

/** 0: the order ended without a port; 1: a submit in doubt; 2: the API refused or failed the submit. */
export type ActionPriority = 0 | 1 | 2;

export interface ReportRow {
  file?: string;
  line?: number;
  serviceNumber?: string;
  orderId?: string;
  previousOrderId?: string;
  status: string;
  changedAt?: string;
  reason?: string;
  /** What the person should do; present only on rows that need action. */
  action?: string;
  priority?: ActionPriority;
}

export interface TimelineDay {
  /** YYYY-MM-DD (UTC). */
  day: string;
  /** [status, changes to it that day], in lifecycle order. */
  counts: [string, number][];
}

export interface ReportModel {
  tenant: string;
  generatedAt: string;
  lastCheck?: StatusCheck;
  rowCount: number;
  orderCount: number;
  ordersByStatus: [string, number][];
  rowsWithoutOrder: [string, number][];
  costs: CostTotals[];
  timeline: TimelineDay[];
  /** Rows needing action first (by priority, then sheet order), then the others in sheet order. */
  rows: ReportRow[];
  needAction: number;
  /** Quiet rows left out beyond `maxQuietRows`. */
  hiddenRows: number;
}

/** Rows without an order, by how far their submit got (src/state/row-state.ts SubmitState). */
const STAGE: Readonly<Record<string, { status: string; priority?: ActionPriority; action?: string }>> = {
  started: {
    status: "IN_DOUBT",
    priority: 1,
    action: "Run again to settle the submit; do not resubmit by hand",
  },
  "in-doubt": {
    status: "IN_DOUBT",
    priority: 1,
    action: "Run again to settle the submit; do not resubmit by hand",
  },
  rejected: {
    status: "SUBMIT_REJECTED",
    priority: 2,
    action: "Fix the row as the reason says, then run again",
  },
  failed: { status: "SUBMIT_FAILED", priority: 2, action: "Run again" },
  released: { status: "RELEASED" },
};

const reasonOfSubmit = (row: RowState): string | undefined =>
  row.submit !== undefined && "message" in row.submit ? row.submit.message : undefined;

const describeRow = (
  row: RowState,
  order: TrackedOrder | undefined,
  previous: string | undefined,
): ReportRow => {
  const base = {
    ...(row.source === undefined ? {} : { file: row.source.file, line: row.source.line }),
    ...(row.submit?.serviceNumber ? { serviceNumber: row.submit.serviceNumber } : {}),
    ...(previous === undefined ? {} : { previousOrderId: previous }),
  };
  const state = row.submit?.state;
  const stage = state === undefined ? undefined : STAGE[state];
  if (order === undefined || stage?.priority === 1) {
    const reason = reasonOfSubmit(row);
    return {
      ...base,
      status: stage?.status ?? (row.confirmed ? "CONFIRMED" : "NOT_CONFIRMED"),
      ...(reason === undefined ? {} : { reason }),
      ...(stage?.action === undefined ? {} : { action: stage.action }),
      ...(stage?.priority === undefined ? {} : { priority: stage.priority }),
      ...(row.submit && "at" in row.submit ? { changedAt: row.submit.at } : {}),
    };
  }
  const ended = endedWithoutPort(order.status);
  const column = ended ? columnForReason(order.reason) : undefined;
  return {
    ...base,
    serviceNumber: order.serviceNumber ?? base.serviceNumber ?? "",
    orderId: order.orderId,
    status: order.status ?? UNKNOWN_STATUS,
    ...(order.statusChangedAt === undefined ? {} : { changedAt: order.statusChangedAt }),
    ...(order.reason === undefined ? {} : { reason: order.reason }),
    ...(ended
      ? {
          priority: 0 as const,
          action: `Fix ${column === undefined ? "the row as the reason says" : `column ${column}`}, then run again`,
        }
      : {}),
  };
};

/** Every status change per UTC day; an order whose history was never read counts its submit. */
export const buildTimeline = (
  orders: readonly TrackedOrder[],
  history: readonly OrderHistoryEntry[],
): TimelineDay[] => {
  const days = new Map<string, Map<string, number>>();
  const add = (date: string, status: string): void => {
    const day = new Date(date).toISOString().slice(0, 10);
    const counts = days.get(day) ?? new Map<string, number>();
    counts.set(status, (counts.get(status) ?? 0) + 1);
    days.set(day, counts);
  };
  for (const entry of history) if (!Number.isNaN(Date.parse(entry.date))) add(entry.date, entry.status);
  for (const order of orders) if (order.historyCount === 0) add(order.submittedAt, "ORDER_SUBMITTED");
  return [...days]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, counts]) => ({ day, counts: [...counts].sort(([a], [b]) => compareStatuses(a, b)) }));
};

const bySheet = (a: ReportRow, b: ReportRow): number =>
  (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0);

export const buildReportModel = (input: ReportInput): ReportModel => {
  const current = currentOrders(input.orders);
  const currentByKey = new Map(current.map((order) => [order.key, order]));
  const described = input.rows.map((row) => {
    const order = currentByKey.get(row.key);
    return describeRow(row, order, order?.previousOrderId ?? row.previousOrderId);
  });
  const urgent = described
    .filter((row) => row.priority !== undefined)
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || bySheet(a, b));
  const quiet = described.filter((row) => row.priority === undefined);
  const shown = quiet.slice(0, input.maxQuietRows ?? 2000);
  const withoutOrder = new Map<string, number>();
  for (const row of described) {
    if (row.orderId === undefined) withoutOrder.set(row.status, (withoutOrder.get(row.status) ?? 0) + 1);
  }
  return {
    tenant: input.tenant,
    generatedAt: input.generatedAt,
    ...(input.lastCheck === undefined ? {} : { lastCheck: input.lastCheck }),
    rowCount: input.rows.length,
    orderCount: input.orders.length,
    ordersByStatus: countByStatus(current),
    rowsWithoutOrder: [...withoutOrder].sort(([a], [b]) => (a < b ? -1 : 1)),
    costs: totalCosts(input.orders),
    timeline: buildTimeline(input.orders, input.history),
    rows: [...urgent, ...shown],
    needAction: urgent.length,
    hiddenRows: quiet.length - shown.length,
  };
};
