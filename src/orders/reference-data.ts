// What a run loads once from the API before resolving rows (CONTRACT.md §1 steps 1-3), as lookup maps. The
// loader (src/runner) fetches the parts; this module only indexes them, so tests build it from examples/*.json.
import type {
  CatalogDevice,
  Country,
  Plan,
  PropertyGroupDefinition,
  ServiceAsset,
  Vendor,
} from "../api/wire-types.js";
import { normaliseServiceNumber } from "./normalise-service-number.js";

export interface ReferenceDataParts {
  /** Countries as returned by `GET /regions/{id}`, with `addressFormat` (§8.4). */
  countries: readonly Country[];
  vendors: readonly Vendor[];
  /** The whole service index (`GET /assets/services`, every page; §8.6, D6). */
  services: readonly ServiceAsset[];
  /** `GET /catalog/plans?vendor={id}` by vendor id, with optional features (§8.9). */
  plansByVendor: Readonly<Record<string, readonly Plan[]>>;
  /** `GET /catalog/devices?transactionType=PORT_NUMBER&vendor={id}` by vendor id (§8.8). */
  devicesByVendor: Readonly<Record<string, readonly CatalogDevice[]>>;
  /** `GET /orders/properties?transactionType=PORT_NUMBER&vendor={id}` by vendor id (§8.10, F23). */
  propertiesByVendor: Readonly<Record<string, readonly PropertyGroupDefinition[]>>;
}

export interface ReferenceData {
  readonly countries: readonly Country[];
  readonly countryById: ReadonlyMap<string, Country>;
  /** By ISO alpha-2 abbreviation, upper case. */
  readonly countryByAbbreviation: ReadonlyMap<string, Country>;
  /** By name, lower case. */
  readonly countryByName: ReadonlyMap<string, Country>;
  readonly vendors: readonly Vendor[];
  readonly vendorById: ReadonlyMap<string, Vendor>;
  /** By normalised service number (digits only, NANP 1 dropped): every service with that number. */
  readonly servicesByNumber: ReadonlyMap<string, readonly ServiceAsset[]>;
  readonly serviceById: ReadonlyMap<string, ServiceAsset>;
  readonly plansByVendor: ReadonlyMap<string, readonly Plan[]>;
  readonly devicesByVendor: ReadonlyMap<string, readonly CatalogDevice[]>;
  readonly propertiesByVendor: ReadonlyMap<string, readonly PropertyGroupDefinition[]>;
}

const byKey = <T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T> => {
  const map = new Map<string, T>();
  for (const item of items) {
    const value = key(item);
    // The first one wins: IDs are unique per the contract, and a repeated name is reported as ambiguous elsewhere.
    if (value !== undefined && !map.has(value)) map.set(value, item);
  }
  return map;
};

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    map.set(value, [...(map.get(value) ?? []), item]);
  }
  return map;
};

/** The service index de-duplicates by id: paging may return an item twice (CONTRACT.md §7 client rule 3). */
const uniqueById = (services: readonly ServiceAsset[]): ServiceAsset[] => [
  ...byKey(services, (s) => s.id).values(),
];

export const createReferenceData = (parts: ReferenceDataParts): ReferenceData => {
  const services = uniqueById(parts.services);
  return {
    countries: parts.countries,
    countryById: byKey(parts.countries, (country) => country.id),
    countryByAbbreviation: byKey(parts.countries, (country) => country.abbreviation?.toUpperCase()),
    countryByName: byKey(parts.countries, (country) => country.name.toLowerCase()),
    vendors: parts.vendors,
    vendorById: byKey(parts.vendors, (vendor) => vendor.id),
    servicesByNumber: groupBy(services, (service) => normaliseServiceNumber(service.serviceNumber)),
    serviceById: byKey(services, (service) => service.id),
    plansByVendor: new Map(Object.entries(parts.plansByVendor)),
    devicesByVendor: new Map(Object.entries(parts.devicesByVendor)),
    propertiesByVendor: new Map(Object.entries(parts.propertiesByVendor)),
  };
};
