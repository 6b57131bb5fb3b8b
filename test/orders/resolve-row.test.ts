import { describe, expect, it } from "vitest";
import type { OrderRequest } from "../../src/api/wire-types.js";
import type { CanonicalRow } from "../../src/input/canonical-row.js";
import { createExternalOrderNumber } from "../../src/orders/external-order-number.js";
import { resolveRow, type ResolveResult } from "../../src/orders/resolve-row.js";
import { exampleRequest, reference, tutorialRow } from "./reference-fixture.js";

const resolve = (row: CanonicalRow, tenant = "ACME"): ResolveResult =>
  resolveRow(row, reference(), { tenant });

const requestOf = (result: ResolveResult): OrderRequest => {
  if (!result.ok) throw new Error(`expected a request, got ${JSON.stringify(result.problems)}`);
  return result.request;
};

describe("resolveRow on the tutorial's order (examples/port-order-request.json)", () => {
  it("builds exactly the example request, key order included, with the generated externalOrderNumber", () => {
    const result = resolve(tutorialRow());
    const generated = createExternalOrderNumber({
      tenant: "ACME",
      transactionType: "PORT_NUMBER",
      serviceNumber: "5123440000",
    });
    expect(JSON.stringify(requestOf(result))).toBe(
      JSON.stringify({ ...exampleRequest(), externalOrderNumber: generated }),
    );
    expect(result).toEqual({
      ok: true,
      request: { ...exampleRequest(), externalOrderNumber: generated },
      device: "Apple iPhone 5 (16GB) - Black",
      plan: "Nationwide for Business Talk Share Plan",
      vendorId: "98",
      serviceNumber: "5123440000",
    });
  });

  it("uses the row's own external_order_number, giving the example byte for byte", () => {
    const request = requestOf(resolve(tutorialRow({ external_order_number: "MM11234" })));
    expect(JSON.stringify(request)).toBe(JSON.stringify(exampleRequest()));
  });

  it("returns the row's employee for the context header", () => {
    const result = resolve(tutorialRow({ employee: "peter.edwards.acme" }));
    expect(result.ok && result.employee).toBe("peter.edwards.acme");
  });
});

describe("resolveRow variations", () => {
  const example = exampleRequest();
  const generated = createExternalOrderNumber({
    tenant: "ACME",
    transactionType: "PORT_NUMBER",
    serviceNumber: "5123440000",
  });
  const fields = example.properties[0]?.fields ?? [];

  it.each<[string, CanonicalRow, (request: OrderRequest) => unknown, unknown]>([
    [
      "carrier, plan, device and features by id",
      tutorialRow({
        new_carrier: "98",
        plan: "6568886494",
        device: "9194713909",
        optional_features: "2082;1399",
      }),
      (r) => r,
      { ...example, externalOrderNumber: generated },
    ],
    [
      "carrier name in another case",
      tutorialRow({ new_carrier: "VERIZON wireless" }),
      (r) => r.shoppingCart.planId,
      "6568886494",
    ],
    [
      "duplicate features merged, blanks ignored",
      tutorialRow({ optional_features: "2082; ;Visual Voice Mail;2101;" }),
      (r) => r.shoppingCart.optionalFeatureIds,
      ["2082", "2101"],
    ],
    [
      "no device and no features: both keys left out",
      tutorialRow({ device: "", optional_features: "" }),
      (r) => r.shoppingCart,
      { planId: "6568886494" },
    ],
    [
      "service by a number in another spelling",
      tutorialRow({ service_number: "1 (512) 344-0000" }),
      (r) => r.serviceId,
      "34415733",
    ],
    [
      "service by id",
      tutorialRow({ service_id: "34415733", service_number: "" }),
      (r) => r.serviceId,
      "34415733",
    ],
    [
      "the single ACTIVE service among two with one number",
      tutorialRow({ service_number: "2125550100" }),
      (r) => r.serviceId,
      "50000002",
    ],
    [
      "CURRENT_CARRIER defaults to the service's current carrier",
      tutorialRow({ current_carrier: "" }),
      (r) => r.properties[0]?.fields[3],
      { id: "CURRENT_CARRIER", type: "TEXT", text: "AT&T Mobility" },
    ],
    [
      "a PIN is sent in the carrier's property order",
      tutorialRow({ pin: "4821" }),
      (r) => r.properties[0]?.fields.map((f) => f.id),
      [...fields.map((f) => f.id), "PIN_PASSWORD"],
    ],
    [
      "a US date is sent as an ISO date-time",
      tutorialRow({}, { PREFERRED_PORT_DATE: "12/22/2016" }),
      (r) => r.properties[0]?.fields.at(-1),
      { id: "PREFERRED_PORT_DATE", type: "DATE", date: "2016-12-22T00:00:00Z" },
    ],
    ["expedite empty is false", tutorialRow({ expedite: "" }), (r) => r.shipTo.expedite, false],
    ["expedite false", tutorialRow({ expedite: "false" }), (r) => r.shipTo.expedite, false],
    [
      "postal code taken from the ship-to ZIP+4",
      tutorialRow({ postal_code: "", ship_to_postal_code: "06477-1234" }),
      (r) => [r.postalCode, r.shipTo.address.at(-1)],
      ["06477", { id: "POSTAL_CODE", value: "06477-1234" }],
    ],
    [
      "ship-to ZIP taken from the postal code",
      tutorialRow({ ship_to_postal_code: "" }),
      (r) => r.shipTo.address.at(-1),
      { id: "POSTAL_CODE", value: "06477" },
    ],
    [
      "optional address line 2 sent when given",
      tutorialRow({ ship_to_line2: "Suite 4" }),
      (r) => r.shipTo.address.map((p) => p.id),
      ["LINE_1", "LINE_2", "CITY", "STATE", "POSTAL_CODE"],
    ],
    [
      "a Canadian order",
      tutorialRow({
        country: "Canada",
        postal_code: "K1A 0B1",
        ship_to_postal_code: "K1A 0B1",
        ship_to_state: "ON",
        ship_to_city: "Ottawa",
      }),
      (r) => [r.regionId, r.postalCode, r.shipTo.regionId, r.shipTo.address],
      [
        "70144641",
        "K1A 0B1",
        "70144641",
        [
          { id: "LINE_1", value: "35 Executive Blvd" },
          { id: "CITY", value: "Ottawa" },
          { id: "STATE", value: "ON" },
          { id: "POSTAL_CODE", value: "K1A 0B1" },
        ],
      ],
    ],
    ["country by abbreviation", tutorialRow({ country: "us" }), (r) => r.regionId, "70144640"],
    ["country empty means the United States", tutorialRow({ country: "" }), (r) => r.regionId, "70144640"],
  ])("%s", (_name, row, pick, expected) => {
    expect(pick(requestOf(resolve(row)))).toEqual(expected);
  });

  const tmobile = {
    new_carrier: "T-Mobile",
    plan: "T-Mobile Business Unlimited",
    device: "",
    optional_features: "",
    pin: "4821",
  };
  it.each([
    ["Better coverage", { id: "ORDER_REASON", type: "CHOICE", choice: { id: "2" } }],
    ["1", { id: "ORDER_REASON", type: "CHOICE", choice: { id: "1" } }],
    [
      "Other: moving offices",
      { id: "ORDER_REASON", type: "CHOICE", choice: { id: "9", otherText: "moving offices" } },
    ],
  ])("T-Mobile's ORDER_REASON %j", (reason, expected) => {
    const request = requestOf(resolve(tutorialRow(tmobile, { ORDER_REASON: reason })));
    expect(request.properties[0]?.fields.map((f) => f.id)).toEqual([
      "CARRIER_ACCT_NUMBER",
      "NAME_ON_INVOICE",
      "CONTACT_NUMBER",
      "CURRENT_CARRIER",
      "SERVICE_NUMBER",
      "PIN_PASSWORD",
      "ORDER_REASON",
    ]);
    expect(request.properties[0]?.fields.at(-1)).toEqual(expected);
  });

  it("does not send a PIN to a carrier whose property set has none", () => {
    const withoutPin = reference()
      .propertiesByVendor.get("98")
      ?.map((group) => ({
        groupId: group.groupId,
        fields: group.fields.filter((field) => field.id !== "PIN_PASSWORD"),
      }));
    const ref = reference({ propertiesByVendor: { "98": withoutPin ?? [] } });
    const result = resolveRow(tutorialRow({ pin: "4821" }), ref, { tenant: "ACME" });
    expect(requestOf(result).properties[0]?.fields.map((f) => f.id)).toEqual(fields.map((f) => f.id));
  });
});
