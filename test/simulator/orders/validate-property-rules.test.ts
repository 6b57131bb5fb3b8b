// CONTRACT.md §9 rules 15–20 (order properties), each broken once on top of examples/port-order-request.json.
import { describe, it } from "vitest";
import type { JsonObject } from "../../../src/simulator/orders/validation-types.js";
import { setProperty, toTmobile } from "./order-test-helpers.js";
import { expectRuleCase, MISC, text } from "./rule-cases.js";
import type { RuleCase } from "./rule-cases.js";

const cases: RuleCase[] = [
  {
    rule: 15,
    name: "a missing REQUIRED property",
    change: (r) => setProperty(r, "CARRIER_ACCT_NUMBER", undefined),
    expected: [["400-Property-Required-error", `${MISC}.CARRIER_ACCT_NUMBER`]],
  },
  {
    rule: 15,
    name: "a blank REQUIRED property",
    change: (r) => setProperty(r, "NAME_ON_INVOICE", text("   ")),
    expected: [["400-Property-Required-error", `${MISC}.NAME_ON_INVOICE`]],
  },
  {
    rule: 16,
    name: "an unknown property",
    change: (r) => setProperty(r, "FAVOURITE_COLOUR", text("blue")),
    expected: [["400-Property-Unknown-error", `${MISC}.FAVOURITE_COLOUR`]],
  },
  {
    rule: 16,
    name: "an unknown group",
    change: (r) =>
      (r.properties as JsonObject[]).push({
        groupId: "EXTRA",
        fields: [{ id: "PIN_PASSWORD", ...text("1234") }],
      }),
    expected: [["400-Property-Unknown-error", "orderRequest.properties.EXTRA.PIN_PASSWORD"]],
  },
  {
    rule: 16,
    name: "a TEXT property sent as DATE",
    change: (r) => setProperty(r, "CONTACT_NUMBER", { type: "DATE", date: "2016-12-22" }),
    expected: [["400-Property-Type-error", `${MISC}.CONTACT_NUMBER`]],
  },
  {
    rule: 17,
    name: "a too short CONTACT_NUMBER",
    change: (r) => setProperty(r, "CONTACT_NUMBER", text("203555")),
    expected: [["400-Property-Length-error", `${MISC}.CONTACT_NUMBER`]],
  },
  {
    rule: 17,
    name: "a too long optional PIN",
    change: (r) => setProperty(r, "PIN_PASSWORD", text("12345678901")),
    expected: [["400-Property-Length-error", `${MISC}.PIN_PASSWORD`]],
  },
  {
    rule: 17,
    name: "a value outside the regEx",
    change: (r) => setProperty(r, "CARRIER_ACCT_NUMBER", text("12AB")),
    setup: (f) => (f.propertySets.find((s) => s.vendorId === "98")!.groups[0]!.fields[0]!.regEx = "\\d+"),
    expected: [["400-Property-Format-error", `${MISC}.CARRIER_ACCT_NUMBER`]],
  },
  {
    rule: 18,
    name: "an impossible date",
    change: (r) => setProperty(r, "PREFERRED_PORT_DATE", { type: "DATE", date: "2016-02-30" }),
    expected: [["400-Property-Format-error", `${MISC}.PREFERRED_PORT_DATE`]],
  },
  {
    rule: 18,
    name: "a date in words",
    change: (r) => setProperty(r, "PREFERRED_PORT_DATE", { type: "DATE", date: "next Tuesday" }),
    expected: [["400-Property-Format-error", `${MISC}.PREFERRED_PORT_DATE`]],
  },
  {
    rule: 18,
    name: "a valid date outside the definition's regEx, applied to the string sent",
    change: (r) => setProperty(r, "PREFERRED_PORT_DATE", { type: "DATE", date: "12/22/2016" }),
    setup: (f) => {
      const fields = f.propertySets.find((s) => s.vendorId === "98")!.groups[0]!.fields;
      fields.find((d) => d.id === "PREFERRED_PORT_DATE")!.regEx = "\\d{4}-\\d{2}-\\d{2}";
    },
    expected: [["400-Property-Format-error", `${MISC}.PREFERRED_PORT_DATE`]],
  },
  {
    rule: 17,
    name: "a number as TEXT",
    change: (r) => setProperty(r, "CARRIER_ACCT_NUMBER", { type: "TEXT", text: 123456789 }),
    expected: [["400-Property-Type-error", `${MISC}.CARRIER_ACCT_NUMBER`]],
  },
  {
    rule: 19,
    name: "an unknown choice",
    change: (r) => toTmobile(r, { id: "7" }),
    expected: [["400-Property-Choice-error", `${MISC}.ORDER_REASON`]],
  },
  {
    rule: 19,
    name: "the other choice without otherText",
    change: (r) => toTmobile(r, { id: "9", otherText: " " }),
    expected: [["400-Property-Other-Text-error", `${MISC}.ORDER_REASON`]],
  },
  {
    rule: 20,
    name: "another line's SERVICE_NUMBER",
    change: (r) => setProperty(r, "SERVICE_NUMBER", text("5123440001")),
    expected: [["400-Property-Service-Number-error", `${MISC}.SERVICE_NUMBER`]],
  },
];

describe("validateOrderRequest: rules 15–20", () => {
  it.each(cases)("rule $rule: $name", expectRuleCase);
});
