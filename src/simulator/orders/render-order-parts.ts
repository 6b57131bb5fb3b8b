// JSON renderings of fixture records as they appear inside confirmations and orders (examples/port-order-*.json),
// built on the read-only routes' renderers so a vendor or device looks the same everywhere. `baseUrl` prefixes
// every href: the public base URL for a response, "" for a stored order snapshot (see build-order.ts).
import type { FixtureIndex } from "../seed/index-fixture.js";
import type { SimCountry, SimEmployee, SimOptionalFeature, SimPlan, SimServiceAsset } from "../seed/types.js";
import { renderPlan } from "../routes/render-catalog.js";
import { meta, renderEmployeeRef, renderManufacturerRef } from "../routes/render-refs.js";
import type { EchoShipTo } from "./validation-types.js";

/** Orders show the employee's officePhone, which service assets leave out (examples/port-order-*.json). */
export function renderEmployee(employee: SimEmployee, baseUrl: string): Record<string, unknown> {
  return {
    ...renderEmployeeRef(employee, baseUrl),
    ...(employee.officePhone !== undefined && { officePhone: employee.officePhone }),
  };
}

export function renderRegionRef(country: SimCountry, baseUrl: string): Record<string, unknown> {
  return {
    _meta: meta(baseUrl, `/regions/${encodeURIComponent(country.id)}`),
    id: country.id,
    name: country.name,
  };
}

/** A Plan (CONTRACT.md §8.9) listing only the selected optional features (§10). */
export function renderSelectedPlan(
  plan: SimPlan,
  features: SimOptionalFeature[],
  index: FixtureIndex,
  baseUrl: string,
): Record<string, unknown> {
  return {
    ...renderPlan(plan, index, baseUrl),
    optionalFeatures: features.map((f) => ({ description: f.description, id: f.id, price: { ...f.price } })),
  };
}

/** The service's current device; `model` is a string here, an object in service assets (CONTRACT.md §14). */
export function renderCurrentDevice(service: SimServiceAsset, baseUrl: string): Record<string, unknown> {
  const { device } = service;
  return {
    accessMethod: device.accessMethodLabel ?? device.accessMethod,
    companyAssetId: device.companyAssetId,
    id: device.id,
    macAddress: device.macAddress,
    manufacturer: renderManufacturerRef(device.manufacturer, baseUrl),
    model: device.modelName,
    serialNumber: { type: "IMEI", value: device.serialNumber },
    simId: device.simId,
  };
}

export function renderServiceSummary(service: SimServiceAsset, baseUrl: string): Record<string, unknown> {
  return {
    _meta: meta(baseUrl, `/assets/services/${encodeURIComponent(service.id)}`),
    contractDates: { ...service.contractDates },
    id: service.id,
    serviceNumber: service.serviceNumber,
    status: service.status,
  };
}

/** shipTo as echoed (§10): labels from the country's addressFormat, expedite defaulting to false. */
export function renderShipTo(shipTo: EchoShipTo, baseUrl: string): Record<string, unknown> {
  return {
    address: shipTo.address.map((part) => ({ ...part })),
    expedite: shipTo.expedite,
    name: shipTo.name,
    region: renderRegionRef(shipTo.country, baseUrl),
  };
}
