// The store's side of order tracking: every order placed (with the one it replaced), what status checks learnt
// about them (CONTRACT.md §8.14 listing, §8.15 history), and the checks themselves, whose watermark says where the
// next listing starts (§11.2). Each write is one IMMEDIATE transaction.
import type { SubmittedInput } from "./create-submit-journal.js";
import { isFinalOrderStatus, endedWithoutPort } from "./order-statuses.js";
import type { RowState } from "./row-state.js";
import type { StoreContext } from "./store-context.js";
import type {
  OrderHistoryEntry,
  OrderUpdate,
  OrderUpdateResult,
  StatusCheck,
  StatusTransition,
  TrackedOrder,
} from "./tracked-order.js";

export interface OrderTracker {
  /** Every order placed, in sheet order (file, line), a row's orders oldest first. */
  trackedOrders(): TrackedOrder[];
  /** Orders whose last known status is not final; an unknown status counts as open (CONTRACT.md §11.2). */
  openOrders(): TrackedOrder[];
  /** The row's orders, oldest first: each later one replaces the one before it. */
  ordersFor(key: string): TrackedOrder[];
  getOrder(orderId: string): TrackedOrder | undefined;
  orderHistory(orderId: string): OrderHistoryEntry[];
  /** Every history item recorded, by date. */
  allOrderHistory(): OrderHistoryEntry[];
  /**
   * Records what a status check learnt about one order: history items not recorded before, then the current
   * status, which also becomes the row's order status when it is the row's current order. Undefined when no
   * order has this id. An answer older than what was already seen changes nothing.
   */
  recordOrderUpdate(orderId: string, update: OrderUpdate): OrderUpdateResult | undefined;
  /** recordOrderUpdate for many orders in one transaction (one fsync for a whole listing), results in order. */
  recordOrderUpdates(
    updates: readonly { orderId: string; update: OrderUpdate }[],
  ): (OrderUpdateResult | undefined)[];
  recordStatusCheck(check: Omit<StatusCheck, "id">): StatusCheck;
  lastStatusCheck(): StatusCheck | undefined;
}

/** Called by the submit journal inside its transaction when an order is known to exist. */
export const recordPlacedOrder = (
  ctx: StoreContext,
  key: string,
  row: RowState,
  input: SubmittedInput,
): void => {
  const previous = row.previousOrderId ?? null;
  ctx.orders.insertOrder({
    order_id: input.orderId,
    row_key: key,
    external_order_number: row.externalOrderNumber,
    service_number: row.submit?.serviceNumber ?? null,
    submit_fingerprint: row.submit?.fingerprint ?? null,
    submitted_at: input.submittedAt,
    previous_order_id: previous,
    status: input.orderStatus ?? null,
    status_changed_at: input.orderStatus === undefined ? null : input.submittedAt,
    one_time_cost: row.costs?.oneTime ?? null,
    monthly_cost: row.costs?.monthly ?? null,
    currency: row.costs?.currency ?? null,
  });
  if (previous !== null) ctx.orders.setReplacedBy(previous, input.orderId);
};

const later = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : Date.parse(b) > Date.parse(a) ? b : a;

export const createOrderTracker = (ctx: StoreContext): OrderTracker => {
  const { orders } = ctx;

  const apply = (order: TrackedOrder, update: OrderUpdate): OrderUpdateResult => {
    const history = update.history ?? [];
    const seen = later(update.updated, history.at(-1)?.date);
    if (
      order.seenUpdated !== undefined &&
      seen !== undefined &&
      Date.parse(seen) < Date.parse(order.seenUpdated)
    )
      return { order, changes: [] };
    let { status, statusChangedAt: changedAt, reason } = order;
    const changes: StatusTransition[] = [];
    const move = (to: string, at: string, comment: string | undefined, report: boolean): void => {
      if (report) {
        changes.push({
          orderId: order.orderId,
          key: order.key,
          ...(status === undefined ? {} : { from: status }),
          to,
          at,
          ...(comment === undefined ? {} : { comment }),
        });
      }
      status = to;
      changedAt = at;
      reason = endedWithoutPort(to) ? comment : undefined;
    };
    for (let seq = order.historyCount; seq < history.length; seq += 1) {
      const item = history[seq];
      if (item === undefined) continue;
      orders.insertHistory({ ...item, orderId: order.orderId, seq, recordedAt: update.at });
      // The submit's own ORDER_SUBMITTED item is where the order starts, not a change.
      if (item.status !== status) move(item.status, item.date, item.comment, status !== undefined || seq > 0);
    }
    // The listing is news only when the history (read after it) says nothing newer.
    const lastItem = history.at(-1)?.date;
    const listingIsNewer =
      lastItem === undefined ||
      update.updated === undefined ||
      Date.parse(update.updated) > Date.parse(lastItem);
    if (update.status !== status && listingIsNewer) {
      move(update.status, update.updated ?? update.at, undefined, true);
    }
    orders.updateOrder(order.orderId, {
      status: status ?? null,
      seen_updated: later(order.seenUpdated, seen) ?? null,
      status_changed_at: changedAt ?? null,
      reason: reason ?? null,
      history_count: Math.max(order.historyCount, history.length),
    });
    if (status !== undefined) moveRowStatus(order, status, seen ?? update.at, update.at);
    const after = orders.getOrder(order.orderId);
    if (after === undefined) throw new Error(`Order ${order.orderId} vanished inside its own transaction`);
    return { order: after, changes };
  };

  /** The row's current order also sets the row's order status, which the runner reads on a rerun. */
  const moveRowStatus = (order: TrackedOrder, status: string, updated: string, at: string): void => {
    const row = ctx.read(order.key);
    if (row?.orderId !== order.orderId) return;
    const previous = row.orderStatus?.status;
    const fields = { order_status: status, order_status_updated: updated };
    if (previous === status) ctx.sql.updateRow(order.key, { ...fields, updated_at: at });
    else {
      const detail = { orderId: order.orderId, status, updated, previous: previous ?? null };
      ctx.change(order.key, at, fields, "order-status", detail);
    }
  };

  const record = (orderId: string, update: OrderUpdate): OrderUpdateResult | undefined => {
    const order = orders.getOrder(orderId);
    return order === undefined ? undefined : apply(order, update);
  };

  return {
    trackedOrders: () => orders.allOrders(),
    openOrders: () => orders.allOrders().filter((order) => !isFinalOrderStatus(order.status)),
    ordersFor: (key) => orders.ordersOfRow(key),
    getOrder: (orderId) => orders.getOrder(orderId),
    orderHistory: (orderId) => orders.history(orderId),
    allOrderHistory: () => orders.allHistory(),
    recordOrderUpdate: (orderId, update) => ctx.inLightTransaction(() => record(orderId, update)),
    recordOrderUpdates: (updates) =>
      ctx.inLightTransaction(() => updates.map(({ orderId, update }) => record(orderId, update))),
    recordStatusCheck: (check) => ctx.inLightTransaction(() => ({ id: orders.insertCheck(check), ...check })),
    lastStatusCheck: () => orders.lastCheck(),
  };
};
