// The simulator's orders: creation (F27), the lifecycle (§11.1, F28), visibility delay and the data file.
// The API does not deduplicate (D11): every submit that passes validation creates a new order.
import type { Fixture } from "../seed/types.js";
import { isTerminalStatus, nextLifecycleStep } from "./advance-lifecycle.js";
import type { LifecycleStep } from "./advance-lifecycle.js";
import type { OrderSnapshot } from "./build-order.js";
import { formatSimDate } from "./normalize-date-value.js";
import { loadOrders, saveOrders } from "./persist-orders.js";

export interface OrderStoreOptions {
  fixture: Fixture;
  now: () => Date;
  /** `manual`: only advanceAll/setStatus move orders (tests); timed: one step per N seconds (sandbox). */
  lifecycle: "manual" | { secondsPerStep: number };
  /** GET routes show an order only this long after its submit (reconciliation tests, F28). */
  orderVisibilityDelayMs: number;
  /** When given, orders are loaded from it at start and written to it after each change. */
  dataFile?: string;
}

export interface SimOrderRecord {
  orderId: string;
  segmentId: string;
  tenant: string;
  externalOrderNumber?: string;
  serviceId: string;
  serviceNumber: string;
  /** The new carrier. */
  vendorId: string;
  status: string;
  dateSubmitted: string;
  updated: string;
  /** The `orderRequest` as sent. */
  request: unknown;
  history: { status: string; date: string; comment: string }[];
  /** The rendered order parts, hrefs as API paths (see build-order.ts). */
  snapshot: OrderSnapshot;
  approvalRequired: boolean;
  /** ISO instant from which GET routes show the order. */
  visibleFrom: string;
}

/** What the submit route hands over; the store adds ids, dates, status and history. */
export type NewOrder = Pick<
  SimOrderRecord,
  "tenant" | "serviceId" | "serviceNumber" | "vendorId" | "request" | "snapshot" | "approvalRequired"
> & { externalOrderNumber?: string };

export interface OrderStore {
  /** Every order created, in creation order. */
  all(): SimOrderRecord[];
  get(orderId: string): SimOrderRecord | undefined;
  /** False while the order is inside its visibility delay. */
  isVisible(order: SimOrderRecord): boolean;
  /** The orderId of the service's open PORT_NUMBER order, if any (rule 7); invisible orders count. */
  openPortFor(serviceId: string): string | undefined;
  submit(order: NewOrder): SimOrderRecord;
  /** Test hook: any status, with a history comment. */
  setStatus(orderId: string, status: string, comment?: string): SimOrderRecord | undefined;
  /** One lifecycle step for every non-terminal order; returns how many changed. */
  advanceAll(): number;
  /** Stops timers and flushes the data file. */
  close(): void;
}

export function createOrderStore(options: OrderStoreOptions): OrderStore {
  const { fixture, now, dataFile } = options;
  const loaded = dataFile === undefined ? undefined : loadOrders(dataFile);
  const orders: SimOrderRecord[] = loaded?.orders ?? [];
  let nextOrderId = Math.max(fixture.firstOrderId, loaded?.nextOrderId ?? 0);
  // When each order last changed, in ms: timed steps are measured from here, not from second-precision dates.
  const lastChange = new Map(orders.map((o) => [o.orderId, Date.parse(o.updated)]));
  // Lookups by id and by service, so that rule 7 and GET /orders/{id} stay cheap in long runs.
  const byId = new Map<string, SimOrderRecord>();
  const byService = new Map<string, SimOrderRecord[]>();
  const remember = (order: SimOrderRecord): void => {
    byId.set(order.orderId, order);
    byService.set(order.serviceId, [...(byService.get(order.serviceId) ?? []), order]);
  };
  orders.forEach(remember);

  const save = (): void => {
    if (dataFile !== undefined) saveOrders(dataFile, { nextOrderId, orders });
  };

  const apply = (order: SimOrderRecord, step: LifecycleStep): void => {
    const at = now();
    order.status = step.status;
    order.updated = formatSimDate(at);
    order.history.push({ status: step.status, date: order.updated, comment: step.comment });
    lastChange.set(order.orderId, at.getTime());
  };

  const advance = (order: SimOrderRecord): boolean => {
    if (isTerminalStatus(order.status)) return false;
    const scripted = fixture.scriptedOutcomes.find((s) => s.serviceId === order.serviceId);
    const lifecycleOrder = {
      status: order.status,
      approvalRequired: order.approvalRequired,
      hasDevice: order.snapshot.segment.device !== undefined,
    };
    // A handful of carriers: a scan is cheaper than an index here.
    const carrier = fixture.vendors.find((v) => v.id === order.vendorId)?.name ?? `vendor ${order.vendorId}`;
    const step = nextLifecycleStep(lifecycleOrder, carrier, scripted);
    if (step === undefined) return false;
    apply(order, step);
    return true;
  };

  const advanceDue = (stepMs: number): void => {
    const due = now().getTime() - stepMs;
    const changed = orders.filter((o) => (lastChange.get(o.orderId) ?? 0) <= due && advance(o)).length;
    if (changed > 0) save();
  };

  let timer: NodeJS.Timeout | undefined;
  if (options.lifecycle !== "manual") {
    const stepMs = options.lifecycle.secondsPerStep * 1000;
    timer = setInterval(() => advanceDue(stepMs), Math.max(10, Math.min(1000, stepMs / 2)));
    // A simulator left running must not keep the process alive.
    timer.unref();
  }

  return {
    all: () => [...orders],
    get: (orderId) => byId.get(orderId),
    isVisible: (order) => Date.parse(order.visibleFrom) <= now().getTime(),
    openPortFor: (serviceId) => byService.get(serviceId)?.find((o) => !isTerminalStatus(o.status))?.orderId,
    submit(order) {
      const at = now();
      const date = formatSimDate(at);
      const orderId = String(nextOrderId);
      nextOrderId += 2; // F27: orderIds step by 2, the segment takes orderId + 1
      const record: SimOrderRecord = {
        ...order,
        orderId,
        segmentId: String(Number(orderId) + 1),
        status: "ORDER_SUBMITTED",
        dateSubmitted: date,
        updated: date,
        history: [{ status: "ORDER_SUBMITTED", date, comment: "Order submitted." }],
        visibleFrom: new Date(at.getTime() + options.orderVisibilityDelayMs).toISOString(),
      };
      orders.push(record);
      remember(record);
      lastChange.set(orderId, at.getTime());
      save();
      return record;
    },
    setStatus(orderId, status, comment) {
      const order = byId.get(orderId);
      if (order === undefined) return undefined;
      apply(order, { status, comment: comment ?? `Status set to ${status}.` });
      save();
      return order;
    },
    advanceAll() {
      const changed = orders.filter((o) => advance(o)).length;
      if (changed > 0) save();
      return changed;
    },
    close() {
      if (timer !== undefined) clearInterval(timer);
      save();
    },
  };
}
