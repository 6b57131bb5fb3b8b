import { describe, expect, it } from "vitest";
import type { ValidationItem } from "../../src/api/wire-types.js";
import { columnForField, describeApiErrors } from "../../src/orders/describe-api-errors.js";
import { example } from "./reference-fixture.js";

const row = {
  sourceColumn: {
    carrier_account_number: "Acct No.",
    ship_to_state: "State",
    postal_code: "Zip",
    "prop.ORDER_REASON": "Reason",
  },
  values: {},
};

describe("columnForField", () => {
  it.each<[string | undefined, string | undefined]>([
    ["orderRequest.properties.MISCELLANEOUS.CARRIER_ACCT_NUMBER", "Acct No."],
    ["orderRequest.properties.MISCELLANEOUS.NAME_ON_INVOICE", "name_on_invoice"],
    ["orderRequest.properties.MISCELLANEOUS.PIN_PASSWORD", "pin"],
    ["orderRequest.properties.MISCELLANEOUS.SERVICE_NUMBER", "service_number"],
    ["orderRequest.properties.MISCELLANEOUS.ORDER_REASON", "Reason"],
    ["orderRequest.properties.MISCELLANEOUS.PREFERRED_PORT_DATE", "prop.PREFERRED_PORT_DATE"],
    ["orderRequest.shipTo.address.STATE", "State"],
    ["orderRequest.shipTo.address.LINE_1", "ship_to_line1"],
    ["orderRequest.shipTo.address.LINE_3", "ship_to_line3"],
    ["orderRequest.shipTo.name", "ship_to_name"],
    ["orderRequest.shipTo", "ship_to_name"],
    ["orderRequest.shipTo.regionId", "country"],
    ["orderRequest.shoppingCart.planId", "plan"],
    ["orderRequest.shoppingCart.deviceId", "device"],
    ["orderRequest.shoppingCart.optionalFeatureIds", "optional_features"],
    ["orderRequest.serviceId", "service_number"],
    ["orderRequest.regionId", "country"],
    ["orderRequest.postalCode", "Zip"],
    ["orderRequest.externalOrderNumber", "external_order_number"],
    ["orderRequest.transactionType", "transactionType"],
    [undefined, undefined],
  ])("%s → %s", (field, expected) => {
    expect(columnForField(field, row)).toBe(expected);
  });

  it("names service_id when the row identified the service by id", () => {
    const byId = { sourceColumn: { service_id: "Line ID" }, values: { service_id: "34415733" } };
    expect(columnForField("orderRequest.serviceId", byId)).toBe("Line ID");
  });
});

describe("describeApiErrors", () => {
  it("maps the example validation list to the user's columns, keeping every message and errorCode", () => {
    const { errors } = example<{ errors: ValidationItem[] }>("error-validation.json");
    expect(describeApiErrors(errors, row)).toEqual({
      code: "400-Property-Required-error",
      message:
        "Acct No.: Order property CARRIER_ACCT_NUMBER is required by vendor 98 for PORT_NUMBER. (400-Property-Required-error); " +
        "State: Address part STATE value 'XX' is not an allowed option for region 70144640. (400-Address-Format-error); " +
        "Zip: postalCode '0647' does not match ^\\d{5}$ for region 70144640. (400-Postal-Code-error)",
    });
  });

  it("keeps a flat error without a field unprefixed", () => {
    const item = {
      errorCode: "400-Port-In-Progress-error",
      message: "Service 34415733 has open order 7001.",
    };
    expect(describeApiErrors([item])).toEqual({
      code: "400-Port-In-Progress-error",
      message: "Service 34415733 has open order 7001. (400-Port-In-Progress-error)",
    });
  });

  it("says so when the list is empty", () => {
    expect(describeApiErrors([])).toEqual({
      code: "VALIDATION",
      message: "The API rejected the order without saying why",
    });
  });
});
