// GET /catalog/devices, /catalog/devices/{id}, /catalog/plans and /catalog/plans/{id} (CONTRACT.md §8.8, §8.9,
// D9, F9, F20: the actor is ignored). A device is eligible when its vendor equals `vendor` and the fixture does
// not exclude it for `service`; all filters are optional, and an unknown id in a filter is a 400 (F15).
import { defineRoutes, queryParam } from "../http/define-routes.js";
import { flatError } from "../http/errors.js";
import { paginate } from "../http/paginate.js";
import type { RouteContext, SimRequest, SimResponse } from "../http/route-types.js";
import type { SimCatalogDevice, SimPlan } from "../seed/types.js";
import { renderCatalogDevice, renderPlan } from "./render-catalog.js";

function page<T>(
  items: T[],
  req: SimRequest,
  ctx: RouteContext,
  path: string,
  key: string,
  render: (item: T) => unknown,
) {
  const result = paginate(items, req.query, `${ctx.baseUrl}${path}`, {
    pageAlignedOffset: ctx.pageAlignedOffset,
    errorId: ctx.errorId,
  });
  if (!result.ok) return result.response;
  return { status: 200, body: { [key]: { _meta: result.meta, items: result.items.map(render) } } };
}

/** The `vendor` filter: absent, or a known vendor id. */
function vendorFilter(req: SimRequest, ctx: RouteContext): { vendorId?: string } | SimResponse {
  const vendorId = queryParam(req.query, "vendor");
  if (vendorId === undefined) return {};
  if (ctx.index.vendor(vendorId) === undefined) {
    return flatError(400, "400-Vendor-Id-error", `Vendor ${vendorId} does not exist.`, ctx.errorId());
  }
  return { vendorId };
}

function listDevices(req: SimRequest, ctx: RouteContext): SimResponse {
  const transactionType = queryParam(req.query, "transactionType");
  if (transactionType !== undefined && transactionType !== "PORT_NUMBER") {
    const message = `Transaction type '${transactionType}' is not supported; use PORT_NUMBER.`;
    return flatError(400, "400-Transaction-Type-error", message, ctx.errorId());
  }
  const vendor = vendorFilter(req, ctx);
  if ("status" in vendor) return vendor;
  const serviceId = queryParam(req.query, "service");
  if (serviceId !== undefined && ctx.index.service(serviceId)?.tenant !== req.caller.tenant.code) {
    return flatError(400, "400-Service-Id-error", `Service ${serviceId} does not exist.`, ctx.errorId());
  }
  const eligible = ctx.fixture.devices.filter(
    (d: SimCatalogDevice) =>
      (vendor.vendorId === undefined || d.vendorId === vendor.vendorId) &&
      (serviceId === undefined || !d.excludedServiceIds.includes(serviceId)),
  );
  return page(eligible, req, ctx, "/catalog/devices", "devices", (d) =>
    renderCatalogDevice(d, ctx.index, ctx.baseUrl),
  );
}

function listPlans(req: SimRequest, ctx: RouteContext): SimResponse {
  const vendor = vendorFilter(req, ctx);
  if ("status" in vendor) return vendor;
  const plans = ctx.fixture.plans.filter(
    (p: SimPlan) => vendor.vendorId === undefined || p.vendorId === vendor.vendorId,
  );
  return page(plans, req, ctx, "/catalog/plans", "plans", (p) => renderPlan(p, ctx.index, ctx.baseUrl));
}

export const catalogRoutes = defineRoutes([
  { pattern: "/catalog/devices", methods: { GET: listDevices } },
  {
    pattern: "/catalog/devices/:id",
    methods: {
      GET: (_req, ctx, { id = "" }) => {
        const device = ctx.index.device(id);
        if (device === undefined) {
          return flatError(404, "404-Device-Not-Found-error", `Device ${id} was not found.`, ctx.errorId());
        }
        return { status: 200, body: renderCatalogDevice(device, ctx.index, ctx.baseUrl) };
      },
    },
  },
  { pattern: "/catalog/plans", methods: { GET: listPlans } },
  {
    pattern: "/catalog/plans/:id",
    methods: {
      GET: (_req, ctx, { id = "" }) => {
        const plan = ctx.index.plan(id);
        if (plan === undefined) {
          return flatError(404, "404-Plan-Not-Found-error", `Plan ${id} was not found.`, ctx.errorId());
        }
        return { status: 200, body: renderPlan(plan, ctx.index, ctx.baseUrl) };
      },
    },
  },
]);
