// JSON for the small objects many resources embed (CONTRACT.md §8): vendor, manufacturer and employee
// references, with absolute `_meta` hrefs built from the public base URL (§2).
import type { SimEmployee, SimVendor } from "../seed/types.js";

export const meta = (baseUrl: string, path: string): { href: string } => ({ href: `${baseUrl}${path}` });

/** As in examples/vendors.json items and every embedded `vendor` object. */
export function renderVendorRef(vendor: SimVendor, baseUrl: string) {
  return {
    _meta: meta(baseUrl, `/vendors/${encodeURIComponent(vendor.id)}`),
    id: vendor.id,
    logoUrl: vendor.logoUrl,
    name: vendor.name,
  };
}

export function renderManufacturerRef(name: string, baseUrl: string) {
  return {
    _meta: meta(baseUrl, `/manufacturers/${encodeURIComponent(name)}`),
    id: name,
    logoUrl: `https://api.tangoe.com/images/manufacturers/${encodeURIComponent(name)}.gif`,
    name,
  };
}

/** The employee as a service asset shows it (examples/service.json: no officePhone). */
export function renderEmployeeRef(employee: SimEmployee, baseUrl: string) {
  return {
    _meta: meta(baseUrl, `/employees/${encodeURIComponent(employee.id)}`),
    companyEmployeeId: employee.companyEmployeeId,
    department: { ...employee.department },
    email: employee.email,
    firstName: employee.firstName,
    id: employee.id,
    lastName: employee.lastName,
    status: employee.status,
  };
}
