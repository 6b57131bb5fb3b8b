// Lookup maps over a Fixture, built once per simulator so a request never scans 100,000 lines.
import type {
  Fixture,
  SimCatalogDevice,
  SimCountry,
  SimEmployee,
  SimPlan,
  SimPropertySet,
  SimServiceAsset,
  SimStateProvince,
  SimTenant,
  SimUser,
  SimVendor,
} from "./types.js";

export interface FixtureIndex {
  tenant(code: string): SimTenant | undefined;
  employee(id: string): SimEmployee | undefined;
  employeeByCompanyId(tenant: string, companyEmployeeId: string): SimEmployee | undefined;
  user(username: string): SimUser | undefined;
  /** True when some user holds this client id and secret (§3 invalid_client otherwise). */
  isClient(clientId: string, clientSecret: string): boolean;
  service(id: string): SimServiceAsset | undefined;
  /** A tenant's lines in fixture order. */
  servicesOfTenant(tenant: string): readonly SimServiceAsset[];
  /** The lines an employee holds, in fixture order. */
  servicesOfEmployee(employeeId: string): readonly SimServiceAsset[];
  vendor(id: string): SimVendor | undefined;
  country(id: string): SimCountry | undefined;
  stateProvince(id: string): SimStateProvince | undefined;
  statesProvincesOf(countryId: string): readonly SimStateProvince[];
  plan(id: string): SimPlan | undefined;
  device(id: string): SimCatalogDevice | undefined;
  propertySet(vendorId: string): SimPropertySet | undefined;
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

export function indexFixture(fixture: Fixture): FixtureIndex {
  const tenants = byKey(fixture.tenants, (t) => t.code);
  const employees = byKey(fixture.employees, (e) => e.id);
  const employeesByCompanyId = byKey(fixture.employees, (e) => `${e.tenant}\u0000${e.companyEmployeeId}`);
  const users = byKey(fixture.users, (u) => u.username);
  const clients = new Set(fixture.users.map((u) => `${u.clientId}\u0000${u.clientSecret}`));
  const services = byKey(fixture.services, (s) => s.id);
  const servicesByTenant = groupBy(fixture.services, (s) => s.tenant);
  const servicesByEmployee = groupBy(fixture.services, (s) => s.employeeId);
  const vendors = byKey(fixture.vendors, (v) => v.id);
  const countries = byKey(fixture.countries, (c) => c.id);
  const states = byKey(fixture.statesProvinces, (s) => s.id);
  const statesByCountry = groupBy(fixture.statesProvinces, (s) => s.parentId);
  const plans = byKey(fixture.plans, (p) => p.id);
  const devices = byKey(fixture.devices, (d) => d.id);
  const propertySets = byKey(
    fixture.propertySets.filter((p) => p.transactionType === "PORT_NUMBER"),
    (p) => p.vendorId,
  );
  return {
    tenant: (code) => tenants.get(code),
    employee: (id) => employees.get(id),
    employeeByCompanyId: (tenant, companyEmployeeId) =>
      employeesByCompanyId.get(`${tenant}\u0000${companyEmployeeId}`),
    user: (username) => users.get(username),
    isClient: (clientId, clientSecret) => clients.has(`${clientId}\u0000${clientSecret}`),
    service: (id) => services.get(id),
    servicesOfTenant: (tenant) => servicesByTenant.get(tenant) ?? [],
    servicesOfEmployee: (employeeId) => servicesByEmployee.get(employeeId) ?? [],
    vendor: (id) => vendors.get(id),
    country: (id) => countries.get(id),
    stateProvince: (id) => states.get(id),
    statesProvincesOf: (countryId) => statesByCountry.get(countryId) ?? [],
    plan: (id) => plans.get(id),
    device: (id) => devices.get(id),
    propertySet: (vendorId) => propertySets.get(vendorId),
  };
}
