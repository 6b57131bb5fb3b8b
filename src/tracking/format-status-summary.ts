// Pure: the `bulkport status` summary for stderr. Orders per status, what changed since the last check, and
// every row whose order ended without a port, with its reason and the column to fix. Text from the API or the
// sheet is printed with control characters replaced, so a reason cannot move the cursor or recolour a terminal.
import type { TrackedOrder } from "../state/tracked-order.js";
import type { StatusRefresh } from "./refresh-order-statuses.js";
import { countByStatus, currentOrders, describeRow, endedOrders } from "./summarise-orders.js";

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export const printable = (text: string): string => text.replace(CONTROL, " ");

/** More changes than this are shown as counts per transition. */
export const MAX_LISTED_CHANGES = 50;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const rowOf = (order: TrackedOrder | undefined): string =>
  order === undefined
    ? ""
    : ` (${printable(describeRow(order))}${order.serviceNumber ? `, ${printable(order.serviceNumber)}` : ""})`;

export const formatStatusSummary = (
  refresh: StatusRefresh,
  orders: readonly TrackedOrder[],
  resultsFile?: string,
): string => {
  const byId = new Map(orders.map((order) => [order.orderId, order]));
  const lines: string[] = [];
  const { check } = refresh;
  if (check?.since === undefined) lines.push("No open orders to check.");
  else {
    lines.push(
      `Checked ${plural(refresh.open, "open order")}: GET /orders updated since ${check.since} listed ` +
        `${plural(check.listed, "order")}; ${check.changed} changed (${plural(refresh.historiesRead, "history", "histories")} read)`,
    );
  }
  const counts = countByStatus(currentOrders(orders)).map(([status, n]) => `${n} ${printable(status)}`);
  lines.push(`Orders: ${counts.length === 0 ? "none yet" : counts.join(", ")}`);

  const since = refresh.previous === undefined ? "first check" : `last check ${refresh.previous.finishedAt}`;
  if (refresh.changes.length === 0) lines.push(`Changes since the ${since}: none`);
  else if (refresh.changes.length > MAX_LISTED_CHANGES) {
    // A big migration moves thousands of orders a day: counts here, each row in the results file and report.
    const kinds = new Map<string, number>();
    for (const { from, to } of refresh.changes) {
      const kind = `${printable(from ?? "?")} -> ${printable(to)}`;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    lines.push(`Changes since the ${since}: ${refresh.changes.length}, too many to list one by one:`);
    for (const [kind, n] of kinds) lines.push(`  ${n} ${kind}`);
  } else {
    lines.push(`Changes since the ${since}:`);
    for (const change of refresh.changes) {
      const comment = change.comment === undefined ? "" : `: ${printable(change.comment)}`;
      lines.push(
        `  order ${printable(change.orderId)}${rowOf(byId.get(change.orderId))}: ` +
          `${printable(change.from ?? "?")} -> ${printable(change.to)} at ${printable(change.at)}${comment}`,
      );
    }
  }

  const ended = endedOrders(orders);
  if (ended.length > 0) {
    const fresh = new Set(refresh.newlyEnded.map((order) => order.orderId));
    lines.push(
      `Needs a person: ${plural(ended.length, "order")} ended without a port. Fix the row in the sheet and run ` +
        "again: a changed row is submitted as a new order, an unchanged one is not.",
    );
    for (const { order, column } of ended) {
      const reason = order.reason === undefined ? "no reason given" : `"${printable(order.reason)}"`;
      const fix = column === undefined ? "no column recognised: read the reason" : `fix column ${column}`;
      lines.push(
        `  ${fresh.has(order.orderId) ? "NEW " : ""}order ${printable(order.orderId)} ${printable(order.status ?? "")}` +
          `${rowOf(order)}: ${reason} -> ${fix}`,
      );
    }
  }
  if (refresh.failures.length > 0) {
    const which = refresh.failures.map((f) => `${printable(f.orderId)} (${printable(f.message)})`);
    lines.push(
      `Could not read the history of ${plural(refresh.failures.length, "order")}: ${which.join(", ")}; checked again next time`,
    );
  }
  if (resultsFile !== undefined) lines.push(`Results updated: ${resultsFile}`);
  return `${lines.join("\n")}\n`;
};
