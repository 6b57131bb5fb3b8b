// CONTRACT.md §11.3: the API has no idempotency key and no externalOrderNumber filter, so an in-doubt submit is
// settled by scanning GET /orders?dateTimeUpdated=<t0> and matching the external order number, the transaction
// type and the service number.
import type { Order } from "../api/wire-types.js";
import type { JobClient } from "./job-ports.js";

export interface SubmittedOrderQuery {
  externalOrderNumber: string;
  serviceNumber: string;
  /** Just before the submit started (t0 = start − 5 min, for clock skew). */
  since: Date;
  /** The submit's context employee: §11.3 step 3 scans with the same context header. */
  employee?: string;
}

export function matchesSubmit(order: Order, query: Omit<SubmittedOrderQuery, "since" | "employee">): boolean {
  const digits = (order.serviceNumber ?? "").replace(/\D/g, "");
  return (
    order.externalOrderNumber === query.externalOrderNumber &&
    (order.transactionType === undefined || order.transactionType === "PORT_NUMBER") &&
    (digits === "" || digits === query.serviceNumber)
  );
}

/** Every order that matches, de-duplicated by orderId (pages may overlap while orders change). */
export async function findSubmittedOrders(client: JobClient, query: SubmittedOrderQuery): Promise<Order[]> {
  const orders = await client.listOrders({
    updatedSince: query.since,
    ...(query.employee !== undefined ? { employee: query.employee } : {}),
  });
  const found = new Map<string, Order>();
  for (const order of orders) if (matchesSubmit(order, query)) found.set(order.orderId, order);
  return [...found.values()];
}
