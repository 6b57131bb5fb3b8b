// CONTRACT.md §9 rules 2–14 (transaction, service, region, postal code, cart), each broken once on top of
// examples/port-order-request.json.
import { describe, it } from "vitest";
import { cart, setProperty } from "./order-test-helpers.js";
import { exampleLine, expectRuleCase, text } from "./rule-cases.js";
import type { RuleCase } from "./rule-cases.js";

const cases: RuleCase[] = [
  {
    rule: 2,
    name: "another transaction type",
    change: (r) => (r.transactionType = "UPGRADE"),
    expected: [["400-Transaction-Type-error", "orderRequest.transactionType"]],
  },
  {
    rule: 2,
    name: "no transaction type",
    change: (r) => delete r.transactionType,
    expected: [["400-Transaction-Type-error", "orderRequest.transactionType"]],
  },
  {
    rule: 3,
    name: "a numeric externalOrderNumber",
    change: (r) => (r.externalOrderNumber = 11234),
    expected: [["400-External-Order-Number-error", "orderRequest.externalOrderNumber"]],
  },
  {
    rule: 4,
    name: "no serviceId",
    change: (r) => delete r.serviceId,
    expected: [["400-Service-Id-error", "orderRequest.serviceId"]],
  },
  {
    rule: 4,
    name: "an unknown serviceId",
    change: (r) => (r.serviceId = "99999999"),
    expected: [["400-Service-Id-error", "orderRequest.serviceId"]],
  },
  {
    rule: 4,
    name: "another tenant's service",
    change: () => undefined,
    context: () => ({ tenant: "GLOBEX" }),
    expected: [["400-Service-Id-error", "orderRequest.serviceId"]],
  },
  {
    rule: 4,
    name: "a service not assigned to the actor (F22)",
    change: () => undefined,
    context: (f) => ({ actor: f.employees.find((e) => e.id === "28673790")! }),
    expected: [["400-Service-Id-error", "orderRequest.serviceId"]],
  },
  {
    rule: 5,
    name: "a SUSPENDED service",
    change: () => undefined,
    setup: (f) => (exampleLine(f).status = "SUSPENDED"),
    expected: [["400-Service-Status-error", "orderRequest.serviceId"]],
  },
  {
    rule: 6,
    name: "PORT_NUMBER not among orderActions",
    change: () => undefined,
    setup: (f) => (exampleLine(f).orderActions = ["UPGRADE"]),
    expected: [["400-Order-Action-error", "orderRequest.serviceId"]],
  },
  {
    rule: 7,
    name: "an open port",
    change: () => undefined,
    context: () => ({ openPortFor: () => "8711260" }),
    expected: [["400-Port-In-Progress-error", "orderRequest.serviceId"]],
  },
  {
    rule: 8,
    name: "no regionId",
    change: (r) => delete r.regionId,
    expected: [["400-Region-Id-error", "orderRequest.regionId"]],
  },
  {
    rule: 8,
    name: "a state as regionId",
    change: (r) => (r.regionId = "158385987"),
    expected: [["400-Region-Id-error", "orderRequest.regionId"]],
  },
  {
    rule: 9,
    name: "a 4-digit US postalCode",
    change: (r) => (r.postalCode = "0647"),
    expected: [["400-Postal-Code-error", "orderRequest.postalCode"]],
  },
  {
    rule: 9,
    name: "no US postalCode",
    change: (r) => delete r.postalCode,
    expected: [["400-Postal-Code-error", "orderRequest.postalCode"]],
  },
  {
    rule: 10,
    name: "no planId",
    change: (r) => delete cart(r).planId,
    expected: [["400-Plan-Id-error", "orderRequest.shoppingCart.planId"]],
  },
  {
    rule: 10,
    name: "an unknown planId",
    change: (r) => (cart(r).planId = "1"),
    expected: [["400-Plan-Id-error", "orderRequest.shoppingCart.planId"]],
  },
  {
    rule: 11,
    name: "a plan of the current carrier",
    change: (r) => {
      cart(r).planId = "6568887001";
      delete cart(r).deviceId;
      delete cart(r).optionalFeatureIds;
      setProperty(r, "PIN_PASSWORD", text("1234"));
    },
    expected: [["400-Same-Carrier-error", "orderRequest.shoppingCart.planId"]],
  },
  {
    rule: 12,
    name: "an unknown deviceId",
    change: (r) => (cart(r).deviceId = "1"),
    expected: [["400-Device-Id-error", "orderRequest.shoppingCart.deviceId"]],
  },
  {
    rule: 12,
    name: "a device of another carrier",
    change: (r) => (cart(r).deviceId = "9194714001"),
    expected: [["400-Device-Id-error", "orderRequest.shoppingCart.deviceId"]],
  },
  {
    rule: 12,
    name: "a device excluded for the service",
    change: (r) => (cart(r).deviceId = "9194713921"),
    expected: [["400-Device-Id-error", "orderRequest.shoppingCart.deviceId"]],
  },
  {
    rule: 13,
    name: "no device though GSM -> CDMA",
    change: (r) => delete cart(r).deviceId,
    expected: [["400-Device-Required-error", "orderRequest.shoppingCart.deviceId"]],
  },
  {
    rule: 14,
    name: "a feature the plan lacks",
    change: (r) => (cart(r).optionalFeatureIds = ["2082", "3101"]),
    expected: [["400-Optional-Feature-Id-error", "orderRequest.shoppingCart.optionalFeatureIds"]],
  },
];

describe("validateOrderRequest: rules 2–14", () => {
  it.each(cases)("rule $rule: $name", expectRuleCase);
});
