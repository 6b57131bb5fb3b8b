// The state file protects against duplicates from this machine; it cannot see orders placed by a run with
// another state file (another machine, a deleted state, a port placed by hand in the portal). The API does not
// deduplicate (CONTRACT.md §12), so before submitting, one paged GET /orders scan lists the open or completed
// PORT_NUMBER orders of the lookback window, and a line that already has one is not submitted again.
import type { Order } from "../api/wire-types.js";
import { normaliseServiceNumber } from "../orders/normalise-service-number.js";
import { endedWithoutPort } from "../state/order-statuses.js";
import type { JobClient } from "./job-ports.js";

/** Orders that still stand (not REJECTED or CANCELLED), by service number (digits). */
export async function findStandingPorts(client: JobClient, since: Date): Promise<Map<string, Order[]>> {
  const orders = await client.listOrders({ updatedSince: since });
  return indexStandingPorts(orders);
}

export function indexStandingPorts(orders: readonly Order[]): Map<string, Order[]> {
  const byNumber = new Map<string, Map<string, Order>>();
  for (const order of orders) {
    if ((order.transactionType ?? "PORT_NUMBER") !== "PORT_NUMBER" || endedWithoutPort(order.status))
      continue;
    const number = normaliseServiceNumber(order.serviceNumber ?? "");
    if (number === "") continue;
    const known = byNumber.get(number) ?? new Map<string, Order>();
    known.set(order.orderId, order); // pages may overlap while orders change
    byNumber.set(number, known);
  }
  return new Map([...byNumber].map(([number, orders]) => [number, [...orders.values()]]));
}
