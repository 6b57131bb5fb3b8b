// GET /assets/services and GET /assets/services/{id} (CONTRACT.md §8.6, §8.7, D6, F8, F22). With a context
// header only the actor's lines are visible. There is no serviceNumber filter: unknown parameters are ignored
// (F11, §12), so `?serviceNumber=` answers an unfiltered page.
import { defineRoutes, queryParam } from "../http/define-routes.js";
import { flatError } from "../http/errors.js";
import { paginate } from "../http/paginate.js";
import type { RouteContext, SimRequest, SimResponse } from "../http/route-types.js";
import type { SimServiceAsset } from "../seed/types.js";
import { parseDateTime } from "./parse-date-time.js";
import { renderServiceAsset } from "./render-service-asset.js";

type Filtered = { ok: true; services: readonly SimServiceAsset[] } | { ok: false; response: SimResponse };

function filterServices(req: SimRequest, ctx: RouteContext): Filtered {
  const { caller } = req;
  const tenant = caller.tenant.code;
  const bad = (code: string, message: string): Filtered => ({
    ok: false,
    response: flatError(400, code, message, ctx.errorId()),
  });
  let services = caller.actor
    ? ctx.index.servicesOfEmployee(caller.actor.id)
    : ctx.index.servicesOfTenant(tenant);

  const employeeId = queryParam(req.query, "employee");
  if (employeeId !== undefined) {
    const employee = ctx.index.employee(employeeId);
    if (employee?.tenant !== tenant)
      return bad("400-Employee-Id-error", `Employee ${employeeId} does not exist.`);
    services = services.filter((s) => s.employeeId === employee.id);
  }
  const companyEmployeeId = queryParam(req.query, "companyEmployeeId");
  if (companyEmployeeId !== undefined) {
    const employee = ctx.index.employeeByCompanyId(tenant, companyEmployeeId);
    if (employee === undefined) {
      return bad("400-Company-Employee-Id-error", `Company employee ${companyEmployeeId} does not exist.`);
    }
    services = services.filter((s) => s.employeeId === employee.id);
  }
  const updatedSince = queryParam(req.query, "dateTimeUpdated");
  if (updatedSince !== undefined) {
    const since = parseDateTime(updatedSince);
    if (since === undefined) {
      return bad(
        "400-Date-Time-Updated-error",
        `dateTimeUpdated '${updatedSince}' is not an ISO-8601 date-time.`,
      );
    }
    // F8: `updated` at or after the given instant.
    services = services.filter((s) => Date.parse(s.updated) >= since);
  }
  return { ok: true, services };
}

export const serviceRoutes = defineRoutes([
  {
    pattern: "/assets/services",
    methods: {
      GET: (req, ctx) => {
        const filtered = filterServices(req, ctx);
        if (!filtered.ok) return filtered.response;
        // paginate only slices; the readonly index array is not modified.
        const page = paginate(
          filtered.services as SimServiceAsset[],
          req.query,
          `${ctx.baseUrl}/assets/services`,
          {
            pageAlignedOffset: ctx.pageAlignedOffset,
            errorId: ctx.errorId,
          },
        );
        if (!page.ok) return page.response;
        const items = page.items.map((s) => renderServiceAsset(s, ctx.index, ctx.baseUrl));
        return { status: 200, body: { services: { _meta: page.meta, items } } };
      },
    },
  },
  {
    pattern: "/assets/services/:id",
    methods: {
      GET: (req, ctx, { id = "" }) => {
        const service = ctx.index.service(id);
        const { actor, tenant } = req.caller;
        // Another tenant's line, or one outside the actor's scope, is not found (§8.7).
        if (
          service === undefined ||
          service.tenant !== tenant.code ||
          (actor && service.employeeId !== actor.id)
        ) {
          return flatError(404, "404-Service-Not-Found-error", `Service ${id} was not found.`, ctx.errorId());
        }
        return { status: 200, body: renderServiceAsset(service, ctx.index, ctx.baseUrl) };
      },
    },
  },
]);
