// Which order statuses end an order (CONTRACT.md §11.1). Only ORDER_SUBMITTED and AWAITING_APPROVAL are
// documented; the rest are the contract's assumptions, and a status bulkport does not know is shown as received
// and treated as open (§11.2), so it keeps being checked.

/** The terminal states of §11.1 (F28). */
export const FINAL_ORDER_STATUSES: readonly string[] = ["COMPLETED", "REJECTED", "CANCELLED"];

/** Final without a port: the line still has to move, so a fixed row may be submitted again as a new order. */
export const ENDED_WITHOUT_PORT: readonly string[] = ["REJECTED", "CANCELLED"];

export const isFinalOrderStatus = (status: string | undefined): boolean =>
  status !== undefined && FINAL_ORDER_STATUSES.includes(status);

export const endedWithoutPort = (status: string | undefined): boolean =>
  status !== undefined && ENDED_WITHOUT_PORT.includes(status);
