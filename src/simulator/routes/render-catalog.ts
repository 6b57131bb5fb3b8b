// Catalog devices and plans as examples/catalog-devices.json and examples/plans-page.json show them
// (CONTRACT.md §8.8, §8.9).
import type { FixtureIndex } from "../seed/index-fixture.js";
import type { SimCatalogDevice, SimPlan, SimVendor } from "../seed/types.js";
import { meta, renderManufacturerRef, renderVendorRef } from "./render-refs.js";

const unknownVendor = (id: string): SimVendor => ({ id, name: id, logoUrl: "", accessMethod: "GSM" });

export function renderCatalogDevice(device: SimCatalogDevice, index: FixtureIndex, baseUrl: string) {
  return {
    _meta: meta(baseUrl, `/catalog/devices/${encodeURIComponent(device.id)}`),
    id: device.id,
    imageUrl: device.imageUrl,
    manufacturer: renderManufacturerRef(device.manufacturer, baseUrl),
    name: device.name,
    price: { ...device.price },
    vendor: renderVendorRef(index.vendor(device.vendorId) ?? unknownVendor(device.vendorId), baseUrl),
  };
}

export function renderPlan(plan: SimPlan, index: FixtureIndex, baseUrl: string) {
  return {
    _meta: meta(baseUrl, `/catalog/plans/${encodeURIComponent(plan.id)}`),
    id: plan.id,
    includedFeatures: plan.includedFeatures.map((f) => ({ ...f })),
    name: plan.name,
    optionalFeatures: plan.optionalFeatures.map((f) => ({
      description: f.description,
      id: f.id,
      price: { ...f.price },
    })),
    price: { ...plan.price },
    vendor: renderVendorRef(index.vendor(plan.vendorId) ?? unknownVendor(plan.vendorId), baseUrl),
  };
}
