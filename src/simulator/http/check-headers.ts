// The §4 checks every API call passes, in the contract's order (CONTRACT.md §4, F5, D3, D13): token and
// client_id (401), tenant header (400), tenant match (403), context employee (403). Blank headers count as
// absent (D2); X-TNGO-CONTEXT-EMPLOYEEID takes precedence over -COMPANYEMPLOYEEID.
import type { IncomingHttpHeaders } from "node:http";
import type { FixtureIndex } from "../seed/index-fixture.js";
import type { SimEmployee, SimUser } from "../seed/types.js";
import { flatError, invalidToken } from "./errors.js";
import type { Caller, SimResponse } from "./route-types.js";
import type { TokenStore } from "./token-store.js";

export type HeaderCheck = { ok: true; caller: Caller } | { ok: false; response: SimResponse };

/** A header's trimmed value; blank or all-space counts as absent. */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const raw = headers[name.toLowerCase()];
  const value = (Array.isArray(raw) ? raw.join(", ") : (raw ?? "")).trim();
  return value === "" ? undefined : value;
}

const mayActFor = (user: SimUser, employee: SimEmployee): boolean =>
  employee.id === user.employeeId || user.mayActFor === "*" || user.mayActFor.includes(employee.id);

export interface HeaderCheckDeps {
  index: FixtureIndex;
  tokens: TokenStore;
  errorId: () => string;
}

export function checkHeaders(headers: IncomingHttpHeaders, deps: HeaderCheckDeps): HeaderCheck {
  const { index } = deps;
  const fail = (response: SimResponse): HeaderCheck => ({ ok: false, response });

  const bearer = /^Bearer\s+(\S+)$/i.exec(headerValue(headers, "authorization") ?? "");
  const grant = bearer?.[1] === undefined ? undefined : deps.tokens.access(bearer[1]);
  const clientId = headerValue(headers, "client_id");
  const user = grant === undefined ? undefined : index.user(grant.username);
  if (grant === undefined || user === undefined || clientId !== grant.clientId) return fail(invalidToken());

  const tenantCode = headerValue(headers, "x-tngo-tenant");
  if (tenantCode === undefined) {
    return fail(
      flatError(400, "400-Tenant-Header-error", "The X-TNGO-TENANT header is required.", deps.errorId()),
    );
  }
  const tenant = index.tenant(tenantCode);
  if (tenantCode !== grant.tenant || tenant === undefined) {
    const message = `The access token is not valid for tenant '${tenantCode}'.`;
    return fail(flatError(403, "403-Tenant-Forbidden-error", message, deps.errorId()));
  }

  const employeeId = headerValue(headers, "x-tngo-context-employeeid");
  const companyEmployeeId = headerValue(headers, "x-tngo-context-companyemployeeid");
  const named = employeeId ?? companyEmployeeId;
  if (named === undefined) return { ok: true, caller: { user, tenant, clientId } };
  const actor =
    employeeId !== undefined ? index.employee(employeeId) : index.employeeByCompanyId(tenant.code, named);
  // Unknown employees get 403 like forbidden ones, on purpose (§4 check 4).
  if (actor === undefined || actor.tenant !== tenant.code || !mayActFor(user, actor)) {
    const header =
      employeeId !== undefined ? "X-TNGO-CONTEXT-EMPLOYEEID" : "X-TNGO-CONTEXT-COMPANYEMPLOYEEID";
    const message = `The authenticated user may not act for employee '${named}' (${header}).`;
    return fail(flatError(403, "403-Context-Forbidden-error", message, deps.errorId()));
  }
  return { ok: true, caller: { user, tenant, clientId, actor } };
}
