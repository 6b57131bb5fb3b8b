// The simulated order lifecycle (CONTRACT.md §11.1, D12, F28). Only ORDER_SUBMITTED and AWAITING_APPROVAL are
// documented; the rest are the contract's assumptions. Pure: the store applies the steps.
import type { SimMoney, SimScriptedOutcome } from "../seed/types.js";

/** F28: REJECTED counts as closed for rule 7, like COMPLETED and CANCELLED. */
export const TERMINAL_STATUSES: readonly string[] = ["COMPLETED", "REJECTED", "CANCELLED"];

export function isTerminalStatus(status: string): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/**
 * "Some orders" wait for approval (§11.1): those whose one-time cost is above this amount, i.e. the dearer
 * devices. The seed order (199.99) goes straight to IN_PROGRESS, as examples/order-history.json shows.
 */
export const APPROVAL_ABOVE_AMOUNT = 300;

export function needsApproval(costSummary: readonly SimMoney[]): boolean {
  return costSummary.some((c) => c.recurrence === "ONETIME" && c.amount > APPROVAL_ABOVE_AMOUNT);
}

export interface LifecycleOrder {
  status: string;
  approvalRequired: boolean;
  hasDevice: boolean;
}

export interface LifecycleStep {
  status: string;
  comment: string;
}

/**
 * The next state of a non-terminal order, or undefined when it does not move: terminal, or a status set through
 * the test hook that the lifecycle does not know. A scripted outcome ends the port once the carrier has it.
 */
export function nextLifecycleStep(
  order: LifecycleOrder,
  carrierName: string,
  scripted: SimScriptedOutcome | undefined,
): LifecycleStep | undefined {
  switch (order.status) {
    case "ORDER_SUBMITTED":
      return order.approvalRequired
        ? { status: "AWAITING_APPROVAL", comment: "Order is awaiting approval." }
        : { status: "IN_PROGRESS", comment: `Port request sent to ${carrierName}.` };
    case "AWAITING_APPROVAL":
      return { status: "IN_PROGRESS", comment: `Order approved. Port request sent to ${carrierName}.` };
    case "IN_PROGRESS":
      return scripted !== undefined
        ? { status: scripted.finalStatus, comment: scripted.comment }
        : { status: "PORT_SCHEDULED", comment: `${carrierName} scheduled the port.` };
    case "PORT_SCHEDULED":
      return { status: "SHIPPED", comment: order.hasDevice ? "Device and SIM shipped." : "SIM shipped." };
    case "SHIPPED":
      return { status: "COMPLETED", comment: "Port completed." };
    default:
      return undefined;
  }
}
