import { describe, expect, it } from "vitest";
import {
  readCollection,
  readConfirmation,
  readHistory,
  readOrder,
  readPropertyGroups,
  readRegions,
  readResource,
} from "../../src/api/read-envelope.js";

const order = {
  orderId: "8711260",
  status: "ORDER_SUBMITTED",
  externalOrderNumber: "MM11234",
  extra: { ignored: true },
};

describe("readOrder (D12: wrapped or bare)", () => {
  it.each([
    ["wrapped", { order, status: "SUCCESS" }, order],
    ["bare", order, order],
    ["numeric orderId", { order: { orderId: 8711260, status: "X" } }, undefined],
    ["no status", { order: { orderId: "1" } }, undefined],
    ["not an object", "order", undefined],
  ])("%s", (_name, body, expected) => {
    expect(readOrder(body)).toEqual(expected);
  });
});

describe("readCollection (D5)", () => {
  const services = readCollection<{ id: string }>("services");
  it.each([
    [
      "a page",
      { services: { _meta: { limit: 100, offset: 0, totalCount: 7, hrefNext: "x" }, items: [{ id: "1" }] } },
      { _meta: { limit: 100, offset: 0, totalCount: 7 }, items: [{ id: "1" }] },
    ],
    ["no _meta", { services: { items: [] } }, { _meta: {}, items: [] }],
    ["the wrong envelope", { orders: { items: [] } }, undefined],
    ["items not an array", { services: { items: {} } }, undefined],
    ["an item without a string id", { services: { items: [{ id: 1 }] } }, undefined],
  ])("%s", (_name, body, expected) => {
    expect(services(body)).toEqual(expected);
  });

  it("checks the id key it is given", () => {
    expect(readCollection("orders", "orderId")({ orders: { items: [{ orderId: "2" }] } })).toEqual({
      _meta: {},
      items: [{ orderId: "2" }],
    });
  });
});

describe("other shapes", () => {
  it.each([
    [
      "regions as a bare array (§8.2)",
      readRegions({ regions: [{ id: "70144640", name: "United States" }] }),
      [{ id: "70144640", name: "United States" }],
    ],
    ["regions in a paged envelope", readRegions({ regions: { items: [{ id: "1" }] } }), [{ id: "1" }]],
    ["regions with a bad item", readRegions({ regions: [{ name: "x" }] }), undefined],
    ["a bare resource", readResource({ id: "6568886494", name: "Plan" }), { id: "6568886494", name: "Plan" }],
    ["a resource without id", readResource({ name: "Plan" }), undefined],
    [
      "a confirmation",
      readConfirmation({ orderConfirmation: { postalCode: "06477" }, status: "SUCCESS" }),
      { postalCode: "06477" },
    ],
    ["no confirmation", readConfirmation({ status: "SUCCESS" }), undefined],
    [
      "property groups (§8.10)",
      readPropertyGroups({
        properties: {
          _meta: { href: "h" },
          items: [{ groupId: "MISCELLANEOUS", fields: [{ id: "PIN_PASSWORD" }] }],
        },
      }),
      [{ groupId: "MISCELLANEOUS", fields: [{ id: "PIN_PASSWORD" }] }],
    ],
    [
      "property groups without fields",
      readPropertyGroups({ properties: { items: [{ groupId: "G" }] } }),
      undefined,
    ],
    [
      "history (§8.15)",
      readHistory({ history: { items: [{ status: "ORDER_SUBMITTED", date: "d" }] } }),
      [{ status: "ORDER_SUBMITTED", date: "d" }],
    ],
    ["history without items", readHistory({ history: {} }), undefined],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it.each([
    ["a string (confirmation)", "iPhone 5"],
    ["an object (service asset)", { id: "m1", name: "iPhone 5", imageUrl: "u" }],
  ])("accepts device.model as %s (§14)", (_name, model) => {
    const service = { id: "34415733", serviceNumber: "5123440000", status: "ACTIVE", device: { model } };
    expect(readCollection("services")({ services: { items: [service] } })?.items).toEqual([service]);
  });
});
