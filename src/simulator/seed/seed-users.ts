// Tenants and logins (CONTRACT.md §3, §13, D13). The demo account's credentials are what `bulkport sandbox`
// prints and what `--sandbox` uses; they only ever open this local simulator.
import {
  ACME,
  GLOBEX,
  MARIA_LOPEZ_ID,
  PETER_EDWARDS_ID,
  SERVICE_ACCOUNT_EMPLOYEE_ID,
} from "./seed-employees.js";
import type { SimTenant, SimUser } from "./types.js";

export const SANDBOX_CREDENTIALS = {
  tenant: ACME,
  clientId: "bulkport-sandbox",
  clientSecret: "sandbox-secret",
  username: "bulkport-demo",
  password: "sandbox-password",
} as const;

/** A login that may act only for the two example employees and itself. */
export const RESTRICTED_CREDENTIALS = {
  tenant: ACME,
  clientId: "acme-helpdesk",
  clientSecret: "helpdesk-secret",
  username: "helpdesk.acme",
  password: "helpdesk-password",
} as const;

/** A login of another tenant, for 403-Tenant-Forbidden and cross-tenant 404 tests. */
export const OTHER_TENANT_CREDENTIALS = {
  tenant: GLOBEX,
  clientId: "globex-portal",
  clientSecret: "globex-secret",
  username: "admin.globex",
  password: "globex-password",
} as const;

export function createTenants(): SimTenant[] {
  return [
    { code: ACME, name: "Acme Corporation" },
    { code: GLOBEX, name: "Globex Corporation" },
  ];
}

/** `restrictedEmployeeId` is the helpdesk user's own record; `globexEmployeeId` the other tenant's admin. */
export function createUsers(restrictedEmployeeId: string, globexEmployeeId: string): SimUser[] {
  const user = (
    c: typeof SANDBOX_CREDENTIALS | typeof RESTRICTED_CREDENTIALS | typeof OTHER_TENANT_CREDENTIALS,
  ) => ({
    username: c.username,
    password: c.password,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    tenant: c.tenant,
  });
  return [
    { ...user(SANDBOX_CREDENTIALS), employeeId: SERVICE_ACCOUNT_EMPLOYEE_ID, mayActFor: "*" },
    {
      ...user(RESTRICTED_CREDENTIALS),
      employeeId: restrictedEmployeeId,
      mayActFor: [PETER_EDWARDS_ID, MARIA_LOPEZ_ID],
    },
    { ...user(OTHER_TENANT_CREDENTIALS), employeeId: globexEmployeeId, mayActFor: "*" },
  ];
}
