// The `orderConfirmation` of `POST /orders?confirm=true` (CONTRACT.md §8.11, §10;
// examples/port-order-confirmation.json). Pure: a valid order, the parties and the base URL in, JSON out.
import type { FixtureIndex } from "../seed/index-fixture.js";
import type { SimEmployee, SimMoney } from "../seed/types.js";
import type { Caller } from "../http/route-types.js";
import { renderCatalogDevice } from "../routes/render-catalog.js";
import {
  renderCurrentDevice,
  renderEmployee,
  renderRegionRef,
  renderSelectedPlan,
  renderServiceSummary,
  renderShipTo,
} from "./render-order-parts.js";
import type { EchoGroup, ValidOrder } from "./validation-types.js";

export interface OrderParties {
  accountHolder?: SimEmployee;
  requestedBy?: SimEmployee;
}

/**
 * CONTRACT.md §10 (D13, F22): with a context header both parties are the actor; without one the account holder
 * is the service's employee and the requester is the authenticated user.
 */
export function resolveParties(order: ValidOrder, caller: Caller, index: FixtureIndex): OrderParties {
  if (caller.actor !== undefined) return { accountHolder: caller.actor, requestedBy: caller.actor };
  const accountHolder = index.employee(order.service.employeeId);
  const requestedBy = index.employee(caller.user.employeeId);
  return {
    ...(accountHolder !== undefined && { accountHolder }),
    ...(requestedBy !== undefined && { requestedBy }),
  };
}

/** Two entries, ONETIME then MONTHLY, in the plan's currency, rounded to cents (§10). */
export function computeCostSummary(order: ValidOrder): SimMoney[] {
  const sum = (recurrence: SimMoney["recurrence"]): number =>
    order.features.filter((f) => f.price.recurrence === recurrence).reduce((t, f) => t + f.price.amount, 0);
  const currencyCode = order.plan.price.currencyCode;
  const oneTime = (order.device?.price.amount ?? 0) + sum("ONETIME");
  const monthly = order.plan.price.amount + sum("MONTHLY");
  return [
    { amount: roundToCents(oneTime), currencyCode, recurrence: "ONETIME" },
    { amount: roundToCents(monthly), currencyCode, recurrence: "MONTHLY" },
  ];
}

export function roundToCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** Properties as sent, in the same order, with labels; DATE values already normalised to UTC `Z` (§10). */
export function renderProperties(groups: EchoGroup[]): Record<string, unknown>[] {
  return groups.map((g) => ({ fields: g.fields.map((f) => ({ ...f })), groupId: g.groupId }));
}

export function buildConfirmation(
  order: ValidOrder,
  parties: OrderParties,
  index: FixtureIndex,
  baseUrl: string,
): Record<string, unknown> {
  return {
    ...(parties.accountHolder !== undefined && {
      accountHolder: renderEmployee(parties.accountHolder, baseUrl),
    }),
    costSummary: computeCostSummary(order),
    device: renderCurrentDevice(order.service, baseUrl),
    ...(order.externalOrderNumber !== undefined && { externalOrderNumber: order.externalOrderNumber }),
    ...(order.postalCode !== undefined && { postalCode: order.postalCode }),
    properties: renderProperties(order.properties),
    region: renderRegionRef(order.country, baseUrl),
    ...(parties.requestedBy !== undefined && { requestedBy: renderEmployee(parties.requestedBy, baseUrl) }),
    service: renderServiceSummary(order.service, baseUrl),
    ...(order.shipTo !== undefined && { shipTo: renderShipTo(order.shipTo, baseUrl) }),
    shoppingCart: {
      ...(order.device !== undefined && { device: renderCatalogDevice(order.device, index, baseUrl) }),
      plan: renderSelectedPlan(order.plan, order.features, index, baseUrl),
      quantity: 0,
    },
    transactionType: "PORT_NUMBER",
  };
}
