import { describe, expect, it } from "vitest";
import type { OrderConfirmation, OrderRequest } from "../../src/api/wire-types.js";
import type { RowProblem } from "../../src/input/canonical-row.js";
import { checkConfirmation, summariseConfirmation } from "../../src/orders/check-confirmation.js";

import { exampleConfirmation, exampleRequest } from "./reference-fixture.js";

const row = {
  sourceColumn: { carrier_account_number: "Acct No.", ship_to_state: "State", postal_code: "Zip" },
};
const mismatch = (column: string, message: string): RowProblem => ({
  code: "CONFIRMATION_MISMATCH",
  column,
  message,
});

/** The example confirmation as the simulator answers the example request: CONTACT_NUMBER echoed as sent (§14). */
const echo = (): OrderConfirmation => {
  const confirmation = exampleConfirmation();
  const field = confirmation.properties?.[0]?.fields.find((candidate) => candidate.id === "CONTACT_NUMBER");
  if (field !== undefined) field.text = "2035559360";
  return confirmation;
};

describe("checkConfirmation", () => {
  it("finds nothing wrong with the example confirmation of the example request (labels differ and are ignored)", () => {
    expect(checkConfirmation(exampleRequest(), echo(), row)).toEqual([]);
  });

  it("flags the example's own inconsistency: CONTACT_NUMBER sent 2035559360, echoed 2035559999 (CONTRACT.md §14)", () => {
    expect(checkConfirmation(exampleRequest(), exampleConfirmation(), row)).toEqual([
      mismatch(
        "contact_number",
        'CONTACT_NUMBER was sent as "2035559360" but the confirmation says "2035559999"; check the row before submitting',
      ),
    ]);
  });

  it("compares DATE values as calendar dates and CHOICE values by id and other text", () => {
    const request: OrderRequest = {
      ...exampleRequest(),
      properties: [
        {
          groupId: "MISCELLANEOUS",
          fields: [
            { id: "PREFERRED_PORT_DATE", type: "DATE", date: "12/22/2016" },
            { id: "ORDER_REASON", type: "CHOICE", choice: { id: "9", otherText: "moving" } },
          ],
        },
      ],
    };
    const confirmation = echo();
    confirmation.properties = [
      {
        groupId: "MISCELLANEOUS",
        fields: [
          { id: "PREFERRED_PORT_DATE", label: "Preferred Port Date", date: "2016-12-22T00:00:00Z" },
          { id: "ORDER_REASON", label: "Order Reason", choice: { id: "9", otherText: "moved" } },
          { id: "EXTRA", label: "Unknown extra field", text: "ignored" },
        ],
      },
    ];
    expect(checkConfirmation(request, confirmation, row)).toEqual([
      mismatch(
        "prop.ORDER_REASON",
        'ORDER_REASON was sent as "9: moving" but the confirmation says "9: moved"; check the row before submitting',
      ),
    ]);
  });

  it.each<[string, (c: OrderConfirmation) => void, RowProblem[]]>([
    [
      "external order number",
      (c) => void (c.externalOrderNumber = "MM11235"),
      [
        mismatch(
          "external_order_number",
          'External order number was sent as "MM11234" but the confirmation says "MM11235"; check the row before submitting',
        ),
      ],
    ],
    [
      "service id",
      (c) => void (c.service = { id: "34415734", serviceNumber: "5123440000" }),
      [
        mismatch(
          "service_number",
          'Service id was sent as "34415733" but the confirmation says "34415734"; check the row before submitting',
        ),
      ],
    ],
    [
      "service number",
      (c) => void (c.service = { id: "34415733", serviceNumber: "5123440001" }),
      [
        mismatch(
          "service_number",
          'Service number was sent as "5123440000" but the confirmation says "5123440001"; check the row before submitting',
        ),
      ],
    ],
    [
      "service missing",
      (c) => void delete c.service,
      [
        mismatch(
          "service_number",
          'Service id was sent as "34415733" but the confirmation does not echo it; check the row before submitting',
        ),
        mismatch(
          "service_number",
          'Service number was sent as "5123440000" but the confirmation does not echo it; check the row before submitting',
        ),
      ],
    ],
    [
      "region",
      (c) => void (c.region = { id: "70144641" }),
      [
        mismatch(
          "country",
          'Country was sent as "70144640" but the confirmation says "70144641"; check the row before submitting',
        ),
      ],
    ],
    [
      "postal code",
      (c) => void (c.postalCode = "06478"),
      [
        mismatch(
          "Zip",
          'Postal code was sent as "06477" but the confirmation says "06478"; check the row before submitting',
        ),
      ],
    ],
    [
      "account number (value not shown)",
      (c) => void (c.properties![0]!.fields[0]!.text = "987654321"),
      [
        mismatch(
          "Acct No.",
          "CARRIER_ACCT_NUMBER was sent as given but the confirmation says something else; check the row before submitting",
        ),
      ],
    ],
    [
      "a property not echoed",
      (c) => void c.properties![0]!.fields.splice(1, 1),
      [
        mismatch(
          "name_on_invoice",
          'NAME_ON_INVOICE was sent as "Peter Edwards" but the confirmation does not echo it; check the row before submitting',
        ),
      ],
    ],
    [
      "ship-to name",
      (c) => void (c.shipTo!.name = "P. Edwards"),
      [
        mismatch(
          "ship_to_name",
          'Ship-to name was sent as "Peter Edwards" but the confirmation says "P. Edwards"; check the row before submitting',
        ),
      ],
    ],
    [
      "ship-to region",
      (c) => void (c.shipTo!.region = { id: "1" }),
      [
        mismatch(
          "country",
          'Ship-to country was sent as "70144640" but the confirmation says "1"; check the row before submitting',
        ),
      ],
    ],
    [
      "expedite",
      (c) => void (c.shipTo!.expedite = false),
      [
        mismatch(
          "expedite",
          'Expedite was sent as "true" but the confirmation says "false"; check the row before submitting',
        ),
      ],
    ],
    [
      "expedite absent means false",
      (c) => void delete c.shipTo!.expedite,
      [
        mismatch(
          "expedite",
          'Expedite was sent as "true" but the confirmation says "false"; check the row before submitting',
        ),
      ],
    ],
    [
      "a ship-to address value",
      (c) => void (c.shipTo!.address![2]!.value = "NY"),
      [
        mismatch(
          "State",
          'Ship-to STATE was sent as "CT" but the confirmation says "NY"; check the row before submitting',
        ),
      ],
    ],
    [
      "an extra address part is ignored",
      (c) => void c.shipTo!.address!.push({ id: "LINE_2", value: "x" }),
      [],
    ],
  ])("flags a changed %s", (_name, mutate, expected) => {
    const confirmation = echo();
    mutate(confirmation);
    expect(checkConfirmation(exampleRequest(), confirmation, row)).toEqual(expected);
  });
});

describe("summariseConfirmation", () => {
  it("takes names and the costSummary of the example confirmation", () => {
    expect(summariseConfirmation(exampleConfirmation(), "2016-04-26T14:02:11Z")).toEqual({
      device: "Apple iPhone 5 (16GB) - Black",
      plan: "Nationwide for Business Talk Share Plan",
      oneTimeCost: 199.99,
      monthlyCost: 141.68,
      currency: "USD",
      confirmedAt: "2016-04-26T14:02:11Z",
    });
  });

  it("leaves out what the confirmation does not say", () => {
    expect(summariseConfirmation({}, "2016-04-26T14:02:11Z")).toEqual({
      confirmedAt: "2016-04-26T14:02:11Z",
    });
  });
});
