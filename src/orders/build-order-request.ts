// The PORT_NUMBER order request, shaped exactly as examples/port-order-request.json (CONTRACT.md §8.11): keys in
// the tutorial's order, empty optional parts left out, `shipTo.regionId` (the port tutorial's form, §9 conflicts).
import type { AddressValue, OrderRequest, PropertyGroupValue } from "../api/wire-types.js";

export interface OrderRequestParts {
  externalOrderNumber: string;
  serviceId: string;
  regionId: string;
  /** Sent when given; required by the API for the US only (§9 rule 9). */
  postalCode?: string;
  planId: string;
  deviceId?: string;
  optionalFeatureIds?: readonly string[];
  properties: readonly PropertyGroupValue[];
  shipTo: { name: string; regionId: string; expedite: boolean; address: readonly AddressValue[] };
}

export const buildOrderRequest = (parts: OrderRequestParts): OrderRequest => {
  const features = parts.optionalFeatureIds ?? [];
  return {
    externalOrderNumber: parts.externalOrderNumber,
    transactionType: "PORT_NUMBER",
    serviceId: parts.serviceId,
    regionId: parts.regionId,
    ...(parts.postalCode === undefined || parts.postalCode === "" ? {} : { postalCode: parts.postalCode }),
    shoppingCart: {
      ...(parts.deviceId === undefined || parts.deviceId === "" ? {} : { deviceId: parts.deviceId }),
      planId: parts.planId,
      ...(features.length === 0 ? {} : { optionalFeatureIds: [...features] }),
    },
    properties: parts.properties
      .filter((group) => group.fields.length > 0)
      .map((group) => ({ groupId: group.groupId, fields: group.fields.map((field) => ({ ...field })) })),
    // Key order as in the example file (name, regionId, address, expedite), not as in the wire type.
    shipTo: {
      name: parts.shipTo.name,
      regionId: parts.shipTo.regionId,
      address: parts.shipTo.address.map(({ id, value }) => ({ id, value })),
      expedite: parts.shipTo.expedite,
    },
  };
};
