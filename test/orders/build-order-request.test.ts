import { describe, expect, it } from "vitest";
import { buildOrderRequest, type OrderRequestParts } from "../../src/orders/build-order-request.js";

const parts: OrderRequestParts = {
  externalOrderNumber: "BP-X",
  serviceId: "1",
  regionId: "70144641",
  planId: "7",
  properties: [
    { groupId: "EMPTY", fields: [] },
    { groupId: "MISCELLANEOUS", fields: [{ id: "NAME_ON_INVOICE", type: "TEXT", text: "A" }] },
  ],
  shipTo: {
    name: "A",
    regionId: "70144641",
    expedite: false,
    address: [{ id: "LINE_1", value: "1 Main St" }],
  },
};

describe("buildOrderRequest", () => {
  it("leaves out empty optional parts and empty property groups, in the example's key order", () => {
    expect(
      JSON.stringify(buildOrderRequest({ ...parts, postalCode: "", deviceId: "", optionalFeatureIds: [] })),
    ).toBe(
      JSON.stringify({
        externalOrderNumber: "BP-X",
        transactionType: "PORT_NUMBER",
        serviceId: "1",
        regionId: "70144641",
        shoppingCart: { planId: "7" },
        properties: [
          { groupId: "MISCELLANEOUS", fields: [{ id: "NAME_ON_INVOICE", type: "TEXT", text: "A" }] },
        ],
        shipTo: {
          name: "A",
          regionId: "70144641",
          address: [{ id: "LINE_1", value: "1 Main St" }],
          expedite: false,
        },
      }),
    );
  });

  it("puts the postal code after regionId and the device before the plan", () => {
    const request = buildOrderRequest({
      ...parts,
      postalCode: "06477",
      deviceId: "9",
      optionalFeatureIds: ["2"],
    });
    expect(Object.keys(request)).toEqual([
      "externalOrderNumber",
      "transactionType",
      "serviceId",
      "regionId",
      "postalCode",
      "shoppingCart",
      "properties",
      "shipTo",
    ]);
    expect(request.shoppingCart).toEqual({ deviceId: "9", planId: "7", optionalFeatureIds: ["2"] });
  });
});
