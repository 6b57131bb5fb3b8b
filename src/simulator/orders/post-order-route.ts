// `POST /orders?confirm=true` (validate and expand, §8.11) and `POST /orders` (submit, §8.12). Both run the same
// PORT_NUMBER rules (D3, D11); only a submit creates an order, and every valid submit creates one (no de-dup).
import { flatError } from "../http/errors.js";
import type { RouteContext, SimRequest, SimResponse } from "../http/route-types.js";
import { needsApproval } from "./advance-lifecycle.js";
import { buildConfirmation, computeCostSummary, resolveParties } from "./build-confirmation.js";
import { buildOrderSnapshot, renderOrder } from "./build-order.js";
import { validateOrderRequest } from "./validate-order-request.js";
import { isJsonObject } from "./validation-types.js";

export function postOrder(req: SimRequest, ctx: RouteContext): SimResponse {
  const confirm = readConfirm(req.query);
  if (confirm === undefined) {
    return flatError(
      400,
      "400-Query-Param-error",
      `confirm must be true or false, got '${req.query.getAll("confirm").join(",")}'.`,
      ctx.errorId(),
    );
  }

  // Rule 1: a flat 400, not a validation list.
  const body = parseJson(req.rawBody);
  if (!isJsonObject(body) || !isJsonObject(body.orderRequest)) {
    return flatError(
      400,
      "400-Malformed-Body-error",
      "The request body must be a JSON object with an orderRequest object.",
      ctx.errorId(),
    );
  }

  const { caller } = req;
  const result = validateOrderRequest(body.orderRequest, {
    index: ctx.index,
    tenant: caller.tenant.code,
    ...(caller.actor !== undefined && { actor: caller.actor }),
    requireShipTo: ctx.requireShipTo,
    openPortFor: (serviceId) => ctx.orders.openPortFor(serviceId),
  });
  if (!result.ok) {
    const errors = result.errors.map((e) => ({
      status: 400,
      id: ctx.errorId(),
      errorCode: e.errorCode,
      message: e.message,
      field: e.field,
    }));
    return { status: 400, body: { status: "ERROR", errors } };
  }

  const { order } = result;
  const parties = resolveParties(order, caller, ctx.index);
  if (confirm) {
    return {
      status: 200,
      body: {
        orderConfirmation: buildConfirmation(order, parties, ctx.index, ctx.baseUrl),
        status: "SUCCESS",
      },
    };
  }

  const record = ctx.orders.submit({
    tenant: caller.tenant.code,
    serviceId: order.service.id,
    serviceNumber: order.service.serviceNumber,
    vendorId: order.vendor.id,
    ...(order.externalOrderNumber !== undefined && { externalOrderNumber: order.externalOrderNumber }),
    request: body.orderRequest,
    snapshot: buildOrderSnapshot(order, parties),
    approvalRequired: needsApproval(computeCostSummary(order)),
  });
  // 200, not 201 (§8.12).
  return { status: 200, body: { order: renderOrder(record, ctx.baseUrl), status: "SUCCESS" } };
}

/**
 * F26: `true` confirms; `false` or no parameter submits; anything else is an error, so a typo cannot place an
 * order. Undefined means "invalid".
 */
export function readConfirm(query: URLSearchParams): boolean | undefined {
  const values = query.getAll("confirm").map((v) => v.toLowerCase());
  if (values.length === 0) return false;
  if (values.some((v) => v !== values[0])) return undefined;
  if (values[0] === "true") return true;
  if (values[0] === "false") return false;
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
