// Settles rows whose submit was started but whose outcome is unknown (CONTRACT.md §11.3 steps 3–5):
// found once → SUBMITTED with that orderId; found several times → IN_DOUBT for a person, listing every orderId;
// not found after the window → IN_DOUBT, or released for one resubmission when the user asked for that.
// Rows are settled together: one GET /orders scan per context employee serves every pending row, so resuming
// after a crash costs a few scans, not a few per row.
import type { Order } from "../api/wire-types.js";
import type { RowState } from "../state/row-state.js";
import { matchesSubmit } from "./find-submitted-order.js";
import type { JobDeps } from "./job-ports.js";

export interface ReconcileOptions {
  /** How many times GET /orders is scanned before giving up (F28: 3). */
  attempts: number;
  /** Wait between scans, for orders that become visible late (F28: 20 s). */
  delayMs: number;
  /** Release a not-found row for one more submit (--resubmit-in-doubt). @default false */
  resubmitInDoubt: boolean;
  signal?: AbortSignal;
}

export type Settlement =
  | { status: "SUBMITTED"; orderId: string; orderStatus?: string; submittedAt: string }
  | { status: "IN_DOUBT"; code: string; message: string }
  | { status: "RELEASED" };

type Pending = { key: string; state: RowState; submit: NonNullable<RowState["submit"]> };

export async function reconcileRow(
  key: string,
  deps: JobDeps,
  options: ReconcileOptions,
): Promise<Settlement> {
  const settled = await reconcileRows([key], deps, options);
  return (
    settled.get(key) ?? { status: "IN_DOUBT", code: "IN_DOUBT", message: "no submit on record for this line" }
  );
}

export async function reconcileRows(
  keys: readonly string[],
  deps: JobDeps,
  options: ReconcileOptions,
): Promise<Map<string, Settlement>> {
  const settled = new Map<string, Settlement>();
  let pending: Pending[] = [];
  for (const key of keys) {
    const state = deps.store.getRow(key);
    if (state?.submit) pending.push({ key, state, submit: state.submit });
    else
      settled.set(key, {
        status: "IN_DOUBT",
        code: "IN_DOUBT",
        message: "no submit on record for this line",
      });
  }
  for (let attempt = 1; attempt <= options.attempts && pending.length > 0; attempt++) {
    const orders = await scan(pending, deps);
    pending = pending.filter((row) => {
      // A row resubmitted after its order was rejected reuses its external order number: its earlier orders (on
      // record in the store) are not the one this submit may have created.
      const earlier = new Set(deps.store.ordersFor(row.key).map((order) => order.orderId));
      const found =
        orders
          .get(row.submit.employee)
          ?.filter((order) => matchesSubmit(order, query(row)) && !earlier.has(order.orderId)) ?? [];
      if (found.length === 0) return true;
      settled.set(row.key, settleFound(row, dedupe(found), deps));
      return false;
    });
    if (pending.length > 0 && attempt < options.attempts && !options.signal?.aborted) {
      await deps.clock.sleep(options.delayMs, options.signal);
    }
  }
  for (const row of pending) settled.set(row.key, settleNotFound(row, deps, options));
  return settled;
}

const query = (row: Pending) => ({
  externalOrderNumber: row.state.externalOrderNumber,
  serviceNumber: row.submit.serviceNumber,
});

/** One scan per context employee (§11.3 step 3: with the submit's context header), from the earliest t0. */
async function scan(pending: readonly Pending[], deps: JobDeps): Promise<Map<string | undefined, Order[]>> {
  const byEmployee = new Map<string | undefined, Date>();
  for (const { submit } of pending) {
    const t0 = new Date(submit.t0);
    const earliest = byEmployee.get(submit.employee);
    if (!earliest || t0 < earliest) byEmployee.set(submit.employee, t0);
  }
  const scans = await Promise.all(
    [...byEmployee].map(async ([employee, since]) => {
      const orders = await deps.client.listOrders({
        updatedSince: since,
        ...(employee !== undefined ? { employee } : {}),
      });
      return [employee, orders] as const;
    }),
  );
  return new Map(scans);
}

/** Pages may overlap while orders change: one entry per orderId. */
const dedupe = (orders: readonly Order[]): Order[] => [
  ...new Map(orders.map((o) => [o.orderId, o])).values(),
];

function settleFound(row: Pending, found: Order[], deps: JobDeps): Settlement {
  const [order] = found;
  if (found.length === 1 && order) {
    const submittedAt = order.dateSubmitted ?? row.submit.startedAt;
    deps.store.resolveInDoubt(row.key, {
      kind: "found",
      orderId: order.orderId,
      orderStatus: order.status,
      submittedAt,
    });
    return { status: "SUBMITTED", orderId: order.orderId, orderStatus: order.status, submittedAt };
  }
  const ids = found.map((o) => o.orderId);
  const message = `several orders carry external order number ${row.state.externalOrderNumber} (${ids.join(", ")}); a person must cancel the extra ones with the carrier`;
  deps.store.resolveInDoubt(row.key, { kind: "ambiguous", orderIds: ids, message });
  return { status: "IN_DOUBT", code: "MULTIPLE_ORDERS", message };
}

function settleNotFound(row: Pending, deps: JobDeps, options: ReconcileOptions): Settlement {
  const since = new Date(row.submit.t0).toISOString();
  const checked = `checked GET /orders updated since ${since} ${options.attempts} time(s): no order with external order number ${row.state.externalOrderNumber} for ${row.submit.serviceNumber}`;
  if (options.resubmitInDoubt) {
    const resolved = deps.store.resolveInDoubt(row.key, { kind: "release", message: checked });
    if (resolved.submit?.state === "released") return { status: "RELEASED" };
    // The store refuses a second release (§11.3 step 4 allows one): the row stays for a person.
    const message = resolved.submit?.state === "in-doubt" ? resolved.submit.message : checked;
    return { status: "IN_DOUBT", code: "IN_DOUBT", message };
  }
  // Keep what made the submit unclear (a timeout, a 503 ...) the first time it is settled; a later run's record
  // already carries it.
  const cause =
    row.submit.state === "in-doubt" && !row.submit.message.startsWith("the submit's outcome is unknown")
      ? ` (${row.submit.message})`
      : "";
  const message = `the submit's outcome is unknown${cause}: ${checked}. If the carrier has no port for this line, run again with --resubmit-in-doubt`;
  deps.store.resolveInDoubt(row.key, { kind: "not-found", message });
  return { status: "IN_DOUBT", code: "IN_DOUBT", message };
}
