// CONTRACT.md §1 steps 1–3: everything rows are resolved against is fetched once per run, never once per row:
// countries and their address formats, vendors, the whole service index, and per new carrier named in the sheet
// its plans, catalog devices and order properties. A failed per-carrier lookup fails only that carrier's rows.
import type { LookupResult } from "../api/api-results.js";
import type {
  CatalogDevice,
  Country,
  Plan,
  PropertyGroupDefinition,
  RegionSummary,
  ServiceAsset,
  Vendor,
} from "../api/wire-types.js";
import type { CanonicalRow } from "../input/canonical-row.js";
import { createReferenceData, type ReferenceData } from "../orders/reference-data.js";

export interface ReferenceClient {
  listCountries(): Promise<RegionSummary[]>;
  getCountry(id: string): Promise<Country>;
  listVendors(): Promise<Vendor[]>;
  listAllServices(): Promise<ServiceAsset[]>;
  listPlans(vendorId: string): Promise<LookupResult<Plan[]>>;
  listDevices(vendorId: string): Promise<LookupResult<CatalogDevice[]>>;
  getOrderProperties(vendorId: string): Promise<LookupResult<PropertyGroupDefinition[]>>;
}

export interface LoadedReference {
  reference: ReferenceData;
  /** Carriers whose catalog or order properties could not be loaded, with why. */
  vendorFailures: ReadonlyMap<string, string>;
}

export async function loadReferenceData(
  client: ReferenceClient,
  rows: readonly CanonicalRow[],
): Promise<LoadedReference> {
  const [regions, vendors, services] = await Promise.all([
    client.listCountries(),
    client.listVendors(),
    client.listAllServices(),
  ]);
  const countryIds = regions.filter((region) => region.type === "COUNTRY").map((region) => region.id);
  const [countries, perVendor] = await Promise.all([
    Promise.all(countryIds.map((id) => client.getCountry(id))),
    Promise.all(
      vendorsNamedIn(rows, vendors).map(async (id) => {
        const [plans, devices, properties] = await Promise.all([
          client.listPlans(id),
          client.listDevices(id),
          client.getOrderProperties(id),
        ]);
        return { id, plans, devices, properties };
      }),
    ),
  ]);
  const vendorFailures = new Map<string, string>();
  const loaded = <T>(id: string, what: string, result: LookupResult<T>, empty: T): T => {
    if (result.kind === "ok") return result.value;
    vendorFailures.set(id, `could not load the carrier's ${what}: ${result.message}`);
    return empty;
  };
  const parts = perVendor.map((v) => ({
    id: v.id,
    plans: loaded(v.id, "plans", v.plans, []),
    devices: loaded(v.id, "devices", v.devices, []),
    properties: loaded(v.id, "order properties", v.properties, []),
  }));
  const reference = createReferenceData({
    countries,
    vendors,
    services,
    plansByVendor: Object.fromEntries(parts.map((v) => [v.id, v.plans])),
    devicesByVendor: Object.fromEntries(parts.map((v) => [v.id, v.devices])),
    propertiesByVendor: Object.fromEntries(parts.map((v) => [v.id, v.properties])),
  });
  return { reference, vendorFailures };
}

/** The vendor a `new_carrier` value names, by id or by name (case-insensitive, trimmed; D8, F25). */
export function vendorNamed(value: string | undefined, vendors: readonly Vendor[]): string | undefined {
  const wanted = value?.trim().toLowerCase();
  if (!wanted) return undefined;
  return vendors.find(
    (vendor) => vendor.id.toLowerCase() === wanted || vendor.name.trim().toLowerCase() === wanted,
  )?.id;
}

/** The vendors a sheet's `new_carrier` column names. */
export function vendorsNamedIn(rows: readonly CanonicalRow[], vendors: readonly Vendor[]): string[] {
  const named = new Set<string>();
  for (const row of rows) {
    const id = vendorNamed(row.values.new_carrier, vendors);
    if (id !== undefined) named.add(id);
  }
  return [...named].sort();
}
