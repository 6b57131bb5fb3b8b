// CONTRACT.md §11.3: the API has no idempotency key and no externalOrderNumber filter, so an in-doubt submit is
// settled by scanning GET /orders?dateTimeUpdated=<t0> and matching the external order number, the transaction
// type and the service number.
import type { Order } from "../api/wire-types.js";

export interface SubmittedOrderQuery {
  externalOrderNumber: string;
  serviceNumber: string;
}

export function matchesSubmit(order: Order, query: SubmittedOrderQuery): boolean {
  const digits = (order.serviceNumber ?? "").replace(/\D/g, "");
  return (
    order.externalOrderNumber === query.externalOrderNumber &&
    (order.transactionType === undefined || order.transactionType === "PORT_NUMBER") &&
    (digits === "" || digits === query.serviceNumber)
  );
}
