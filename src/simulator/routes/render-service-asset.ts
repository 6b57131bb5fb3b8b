// A ServiceAsset as examples/service.json shows it (CONTRACT.md §8.6, §8.7).
import type { FixtureIndex } from "../seed/index-fixture.js";
import type { SimServiceAsset, SimVendor } from "../seed/types.js";
import { meta, renderEmployeeRef, renderManufacturerRef, renderVendorRef } from "./render-refs.js";

// The device's own actions are fixture data the contract does not vary.
const DEVICE_ORDER_ACTIONS = ["UPGRADE", "SWAP_DEVICES"];

const unknownVendor = (id: string): SimVendor => ({ id, name: id, logoUrl: "", accessMethod: "GSM" });

export function renderServiceAsset(service: SimServiceAsset, index: FixtureIndex, baseUrl: string) {
  const { device } = service;
  const employee = index.employee(service.employeeId);
  const vendorRef = (id: string) => renderVendorRef(index.vendor(id) ?? unknownVendor(id), baseUrl);
  return {
    _meta: meta(baseUrl, `/assets/services/${encodeURIComponent(service.id)}`),
    contractDates: { ...service.contractDates },
    device: {
      _meta: meta(baseUrl, `/assets/devices/${encodeURIComponent(device.id)}`),
      accessMethod: device.accessMethodLabel ?? device.accessMethod,
      companyAssetId: device.companyAssetId,
      id: device.id,
      macAddress: device.macAddress,
      manufacturer: renderManufacturerRef(device.manufacturer, baseUrl),
      model: {
        id: device.modelId,
        imageUrl: `https://api.tangoe.com/images/models/${encodeURIComponent(device.modelId)}.jpg`,
        name: device.modelName,
      },
      orderActions: [...DEVICE_ORDER_ACTIONS],
      serialNumber: { type: "IMEI", value: device.serialNumber },
      simId: device.simId,
    },
    ...(employee === undefined ? {} : { employee: renderEmployeeRef(employee, baseUrl) }),
    id: service.id,
    orderActions: [...service.orderActions],
    plan: { name: service.planName },
    serviceNumber: service.serviceNumber,
    status: service.status,
    updated: service.updated,
    vendor: { billing: vendorRef(service.billingVendorId), current: vendorRef(service.currentVendorId) },
  };
}
