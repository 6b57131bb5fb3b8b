// The validator as a whole (CONTRACT.md §9): the example passes, accepted variants pass, every error comes back at
// once and dependent checks are skipped (F16). The per-rule tables are in validate-*-rules.test.ts.
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../../src/simulator/orders/validation-types.js";
import {
  cart,
  exampleOrderRequest,
  setAddressPart,
  setProperty,
  shipTo,
  toTmobile,
} from "./order-test-helpers.js";
import { ADDRESS, MISC, text, validate } from "./rule-cases.js";

describe("validateOrderRequest", () => {
  it("accepts examples/port-order-request.json against the default fixture", () => {
    expect(validate(exampleOrderRequest())).toMatchObject({ ok: true });
  });

  it.each([
    ["merged duplicate features", (r: JsonObject) => (cart(r).optionalFeatureIds = ["1399", "2082", "1399"])],
    [
      "a date-only DATE",
      (r: JsonObject) => setProperty(r, "PREFERRED_PORT_DATE", { type: "DATE", date: "2016-12-22" }),
    ],
    [
      "an MM/DD/YYYY DATE",
      (r: JsonObject) => setProperty(r, "PREFERRED_PORT_DATE", { type: "DATE", date: "12/22/2016" }),
    ],
    ["a blank OPTIONAL property", (r: JsonObject) => setProperty(r, "PIN_PASSWORD", text(""))],
    [
      "shipTo.region.id instead of regionId",
      (r: JsonObject) => {
        delete shipTo(r).regionId;
        shipTo(r).region = { id: "70144640" };
      },
    ],
    ["ZIP+4 in the address", (r: JsonObject) => setAddressPart(r, "POSTAL_CODE", "06477-1234")],
    ["the other choice with otherText", (r: JsonObject) => toTmobile(r, { id: "9", otherText: "Merger" })],
    [
      "unknown orderRequest and shoppingCart keys (F11)",
      (r: JsonObject) => {
        r.comment = "x";
        cart(r).coupon = "y";
      },
    ],
  ])("accepts %s", (_name, change) => {
    const request = exampleOrderRequest();
    change(request);
    expect(validate(request)).toMatchObject({ ok: true });
  });

  it("skips shipTo when requireShipTo is off and none is sent", () => {
    const request = exampleOrderRequest();
    delete request.shipTo;
    const result = validate(request, { context: () => ({ requireShipTo: false }) });
    expect(result.ok && result.order.shipTo).toBe(undefined);
    expect(result.ok).toBe(true);
  });

  it("reports every error at once and skips checks that need an unknown service (F16)", () => {
    const request = exampleOrderRequest();
    request.serviceId = "99999999";
    request.postalCode = "0647";
    setProperty(request, "CARRIER_ACCT_NUMBER", undefined);
    setProperty(request, "SERVICE_NUMBER", text("0000000000"));
    setAddressPart(request, "STATE", "XX");
    const result = validate(request, { context: () => ({ openPortFor: () => "8711260" }) });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        errorCode: "400-Service-Id-error",
        field: "orderRequest.serviceId",
        message: "Service 99999999 does not exist.",
      },
      {
        errorCode: "400-Postal-Code-error",
        field: "orderRequest.postalCode",
        message: "postalCode '0647' does not match ^\\d{5}$ for region 70144640.",
      },
      {
        errorCode: "400-Property-Required-error",
        field: `${MISC}.CARRIER_ACCT_NUMBER`,
        message: "Order property CARRIER_ACCT_NUMBER is required by vendor 98 for PORT_NUMBER.",
      },
      {
        errorCode: "400-Address-Format-error",
        field: `${ADDRESS}.STATE`,
        message: "Address part STATE value 'XX' is not an allowed option for region 70144640.",
      },
    ]);
  });

  it("names the open order in the rule 7 message", () => {
    const result = validate(exampleOrderRequest(), { context: () => ({ openPortFor: () => "8711260" }) });
    expect(result.ok ? "" : result.errors[0]?.message).toBe(
      "Service 34415733 already has an open PORT_NUMBER order 8711260.",
    );
  });

  it("skips the property rules when the plan is unknown (no carrier, no property set)", () => {
    const request = exampleOrderRequest();
    cart(request).planId = "1";
    setProperty(request, "CARRIER_ACCT_NUMBER", undefined);
    const result = validate(request);
    expect(result.ok ? [] : result.errors.map((e) => e.errorCode)).toEqual(["400-Plan-Id-error"]);
  });
});
