// Brings the state store's order statuses up to date with as few calls as the contract allows (CONTRACT.md
// §11.2): one paged `GET /orders?dateTimeUpdated=<watermark − 5 min>` for every open order at once, then
// `GET /orders/{id}/history` (§8.15) only for the orders whose status or `updated` moved, to record each
// transition and the reason an order was rejected or cancelled. `GET /orders/{id}` is never needed: the listing
// already carries the status and `updated` of every order (§8.14).
import pLimit from "p-limit";
import type { LookupResult } from "../api/api-results.js";
import type { HistoryItem, Order } from "../api/wire-types.js";
import { isBulkportError } from "../errors.js";
import type { Logger } from "../logging/create-logger.js";
import type { StateStore } from "../state/open-state-store.js";
import { endedWithoutPort } from "../state/order-statuses.js";
import type { OrderUpdate, StatusCheck, StatusTransition, TrackedOrder } from "../state/tracked-order.js";

/** §11.2: the next listing starts 5 minutes before the latest `updated` seen, for clock skew and late writes. */
export const WATERMARK_MARGIN_MS = 5 * 60 * 1000;

/** What a refresh needs of the mobproc client (src/api/create-api-client.ts provides both). */
export interface TrackingClient {
  /** Every order updated at or after `updatedSince`, all pages; throws ApiError when it cannot. */
  listOrders(options: { updatedSince: Date }): Promise<Order[]>;
  getOrderHistory(id: string): Promise<LookupResult<HistoryItem[]>>;
}

export interface RefreshOptions {
  client: TrackingClient;
  store: StateStore;
  logger: Logger;
  clock: { now(): Date };
  /** List orders updated since this instant instead of since the stored watermark (`--since`). */
  since?: Date;
  /** History reads in flight at once; the client's limiter still caps the request rate. @default 4 */
  concurrency?: number;
}

export interface StatusRefresh {
  /** This check, as recorded in the store; absent when no order was open, so nothing was asked. */
  check?: StatusCheck;
  /** The check before this one, if any. */
  previous?: StatusCheck;
  /** Orders that were open (not final) before the check. */
  open: number;
  historiesRead: number;
  /** Transitions learnt by this check, in sheet order, each order's oldest first. */
  changes: StatusTransition[];
  /** Orders this check found REJECTED or CANCELLED: each needs a person to fix its row. */
  newlyEnded: TrackedOrder[];
  /** Orders whose history could not be read: they are checked again next time. */
  failures: { orderId: string; message: string }[];
}

/** Milliseconds of the latest (or earliest) valid instant; a reduce, since a spread of 100,000 would overflow the stack. */
const extreme = (instants: readonly string[], pick: (a: number, b: number) => number): number | undefined =>
  instants
    .map((instant) => Date.parse(instant))
    .filter((ms) => !Number.isNaN(ms))
    .reduce<number | undefined>((best, ms) => (best === undefined ? ms : pick(best, ms)), undefined);

/**
 * Where the listing starts: the watermark, but never after the submit of an open order no listing has shown
 * yet (so every order is seen at least once), minus the margin.
 */
export const listingStart = (open: readonly TrackedOrder[], watermark: string | undefined): Date => {
  const unseen = open.filter((order) => order.seenUpdated === undefined).map((order) => order.submittedAt);
  const starts =
    watermark === undefined
      ? open.map((order) => order.seenUpdated ?? order.submittedAt)
      : [watermark, ...unseen];
  return new Date((extreme(starts, Math.min) ?? Date.now()) - WATERMARK_MARGIN_MS);
};

/** A listed order is news when its status differs, or its `updated` is later than the one last seen. */
const isNews = (tracked: TrackedOrder, listed: Order): boolean =>
  listed.status !== tracked.status ||
  (tracked.seenUpdated !== undefined &&
    listed.updated !== undefined &&
    Date.parse(listed.updated) > Date.parse(tracked.seenUpdated));

/** History items as recorded; an item without a date takes the order's `updated` (readHistory checks only status). */
const historyOf = (
  items: readonly HistoryItem[],
  listed: Order,
  at: string,
): NonNullable<OrderUpdate["history"]> =>
  items.map((item) => ({
    status: item.status,
    date: typeof item.date === "string" ? item.date : (listed.updated ?? at),
    ...(typeof item.comment === "string" ? { comment: item.comment } : {}),
  }));

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function refreshOrderStatuses(options: RefreshOptions): Promise<StatusRefresh> {
  const { client, store, logger, clock } = options;
  const startedAt = clock.now().toISOString();
  const previous = store.lastStatusCheck();
  const open = store.openOrders();
  const base = { ...(previous === undefined ? {} : { previous }), open: open.length };
  // Nothing open: no call, and no check recorded (a check is what the next one reports changes since).
  if (open.length === 0 && options.since === undefined) {
    return { ...base, historiesRead: 0, changes: [], newlyEnded: [], failures: [] };
  }

  const since = options.since ?? listingStart(open, previous?.watermark);
  const listed = await client.listOrders({ updatedSince: since });
  const openById = new Map(open.map((order) => [order.orderId, order]));
  const news: { tracked: TrackedOrder; listed: Order }[] = [];
  const updates: { orderId: string; update: OrderUpdate }[] = [];
  for (const item of listed) {
    const tracked = openById.get(item.orderId);
    if (tracked === undefined) continue; // another tool's order, or one already final
    if (isNews(tracked, item)) news.push({ tracked, listed: item });
    else
      updates.push({
        orderId: item.orderId,
        update: { status: item.status, ...updatedOf(item), at: startedAt },
      });
  }

  const limit = pLimit(options.concurrency ?? 4);
  const histories = await Promise.all(
    news.map(({ tracked }) =>
      limit(() =>
        client.getOrderHistory(tracked.orderId).catch((error: unknown): LookupResult<HistoryItem[]> => {
          // Credentials refused or the API gone: the whole check stops (nothing is recorded, so nothing is lost).
          if (isBulkportError(error)) throw error;
          return { kind: "failed", message: describe(error) };
        }),
      ),
    ),
  );

  const failures: StatusRefresh["failures"] = [];
  const read: TrackedOrder[] = [];
  news.forEach(({ tracked, listed: item }, index) => {
    const history = histories[index];
    if (history === undefined || history.kind !== "ok") {
      const message = history?.message ?? "no answer";
      failures.push({ orderId: tracked.orderId, message });
      logger.warn({ orderId: tracked.orderId }, `could not read the order's history: ${message}`);
      return;
    }
    read.push(tracked);
    updates.push({
      orderId: tracked.orderId,
      update: {
        status: item.status,
        ...updatedOf(item),
        history: historyOf(history.value, item, startedAt),
        at: startedAt,
      },
    });
  });
  // One transaction for the whole listing: one fsync, not one per order.
  const results = store.recordOrderUpdates(updates);
  const wasEnded = new Map(read.map((order) => [order.orderId, endedWithoutPort(order.status)]));
  const changes: StatusTransition[] = [];
  const newlyEnded: TrackedOrder[] = [];
  for (const result of results) {
    if (result === undefined) continue;
    changes.push(...result.changes);
    const { order } = result;
    if (endedWithoutPort(order.status) && wasEnded.get(order.orderId) === false) newlyEnded.push(order);
  }
  // Changes in sheet order, as the open orders came from the store.
  const place = new Map(open.map((order, index) => [order.orderId, index]));
  changes.sort((a, b) => (place.get(a.orderId) ?? 0) - (place.get(b.orderId) ?? 0));
  newlyEnded.sort((a, b) => (place.get(a.orderId) ?? 0) - (place.get(b.orderId) ?? 0));

  // A failed history read keeps the old watermark, so the next listing still shows that order.
  const latest = extreme(listed.map((item) => item.updated ?? item.dateSubmitted).filter(isString), Math.max);
  const watermark =
    failures.length > 0 || latest === undefined
      ? previous?.watermark
      : laterOf(previous?.watermark, new Date(latest).toISOString());
  const check = store.recordStatusCheck({
    startedAt,
    finishedAt: clock.now().toISOString(),
    since: since.toISOString(),
    ...(watermark === undefined ? {} : { watermark }),
    listed: listed.length,
    changed: news.length - failures.length,
    failures: failures.length,
  });
  logger.info(
    { since: check.since, listed: listed.length, changed: check.changed, failures: failures.length },
    "order statuses refreshed",
  );
  return { ...base, check, historiesRead: news.length, changes, newlyEnded, failures };
}

const isString = (value: string | undefined): value is string => value !== undefined;

const updatedOf = (item: Order): { updated?: string } =>
  item.updated === undefined ? {} : { updated: item.updated };

const laterOf = (a: string | undefined, b: string): string =>
  a !== undefined && Date.parse(a) > Date.parse(b) ? a : b;
