// Order follow-up (CONTRACT.md §8.13–8.16): `GET /orders`, `/orders/{id}`, `/orders/{id}/history` and
// `/orders/{id}/shipments`. Only the caller's tenant's orders exist, and only once their visibility delay is over.
import { flatError } from "../http/errors.js";
import { paginate } from "../http/paginate.js";
import type { RouteContext, SimRequest, SimResponse } from "../http/route-types.js";
import { parseDateTime } from "../routes/parse-date-time.js";
import { renderOrder } from "./build-order.js";
import type { OrderParts } from "./build-order.js";
import type { SimOrderRecord } from "./order-store.js";

/** §8.14: filters narrow (F8), items sorted by `updated` then `orderId`, paged like every collection (§7). */
export function listOrders(req: SimRequest, ctx: RouteContext): SimResponse {
  const { query } = req;
  const since = query.get("dateTimeUpdated");
  const sinceMs = since === null ? undefined : parseDateTime(since);
  if (since !== null && sinceMs === undefined) {
    return flatError(
      400,
      "400-Date-Time-Updated-error",
      `dateTimeUpdated '${since}' is not an ISO-8601 date-time.`,
      ctx.errorId(),
    );
  }
  const employee = query.get("employee");
  const companyEmployeeId = query.get("companyEmployeeId");
  const ascending = query.get("sortAscending")?.toLowerCase() !== "false";
  // Release 1.3.1 names the parts segment/propertyGroup/shipTo; the simulator uses the examples' keys (F29).
  const parts: OrderParts = {
    orderSegments: isTrue(query.get("includeOrderSegments")),
    properties: isTrue(query.get("includeOrderProperties")),
    shipTo: isTrue(query.get("includeShipToAddress")),
  };

  const matching = ctx.orders
    .all()
    .filter((o) => isShown(o, req, ctx))
    // F8: `dateTimeUpdated` means updated at or after it.
    .filter((o) => sinceMs === undefined || Date.parse(o.updated) >= sinceMs)
    .filter((o) => employee === null || o.snapshot.accountHolder?.["id"] === employee)
    .filter(
      (o) =>
        companyEmployeeId === null || o.snapshot.accountHolder?.["companyEmployeeId"] === companyEmployeeId,
    )
    .sort((a, b) => (ascending ? 1 : -1) * compareOrders(a, b));

  const page = paginate(matching, query, `${ctx.baseUrl}/orders`, {
    pageAlignedOffset: ctx.pageAlignedOffset,
    errorId: ctx.errorId,
  });
  if (!page.ok) return page.response;
  const items = page.items.map((o) => renderOrder(o, ctx.baseUrl, parts));
  return { status: 200, body: { orders: { _meta: page.meta, items } } };
}

/** §8.13: `{"order":…}` with the current status, no top-level `"status":"SUCCESS"`. */
export function getOrder(req: SimRequest, ctx: RouteContext, orderId: string): SimResponse {
  const order = findShown(orderId, req, ctx);
  if (order === undefined) return orderNotFound(orderId, ctx);
  return { status: 200, body: { order: renderOrder(order, ctx.baseUrl) } };
}

/** §8.15: oldest first; without `orderSegment` it covers all segments (F29). */
export function getOrderHistory(req: SimRequest, ctx: RouteContext, orderId: string): SimResponse {
  const found = findSegment(orderId, req, ctx);
  if (!found.ok) return found.response;
  return { status: 200, body: { history: { items: found.order.history.map((h) => ({ ...h })) } } };
}

/** §8.16: not used by the client; a minimal shape (F29). */
export function getOrderShipments(req: SimRequest, ctx: RouteContext, orderId: string): SimResponse {
  const found = findSegment(orderId, req, ctx);
  if (!found.ok) return found.response;
  return { status: 200, body: { shipments: { items: [] } } };
}

function isShown(order: SimOrderRecord, req: SimRequest, ctx: RouteContext): boolean {
  return order.tenant === req.caller.tenant.code && ctx.orders.isVisible(order);
}

function findShown(orderId: string, req: SimRequest, ctx: RouteContext): SimOrderRecord | undefined {
  const order = ctx.orders.get(orderId);
  return order !== undefined && isShown(order, req, ctx) ? order : undefined;
}

function findSegment(
  orderId: string,
  req: SimRequest,
  ctx: RouteContext,
): { ok: true; order: SimOrderRecord } | { ok: false; response: SimResponse } {
  const order = findShown(orderId, req, ctx);
  if (order === undefined) return { ok: false, response: orderNotFound(orderId, ctx) };
  const segment = req.query.get("orderSegment");
  if (segment !== null && segment !== order.segmentId) {
    const message = `Order ${orderId} has no segment ${segment}.`;
    return {
      ok: false,
      response: flatError(404, "404-Order-Segment-Not-Found-error", message, ctx.errorId()),
    };
  }
  return { ok: true, order };
}

function orderNotFound(orderId: string, ctx: RouteContext): SimResponse {
  return flatError(404, "404-Order-Not-Found-error", `Order ${orderId} does not exist.`, ctx.errorId());
}

function isTrue(value: string | null): boolean {
  return value?.toLowerCase() === "true";
}

/** By `updated`, then by orderId as a number: the simulator's own ids are numeric strings (F27). */
function compareOrders(a: SimOrderRecord, b: SimOrderRecord): number {
  return Date.parse(a.updated) - Date.parse(b.updated) || Number(a.orderId) - Number(b.orderId);
}
