// CONTRACT.md §9 rules 21–24 (shipTo), each broken once on top of examples/port-order-request.json.
import { describe, it } from "vitest";
import type { JsonObject } from "../../../src/simulator/orders/validation-types.js";
import { setAddressPart, shipTo } from "./order-test-helpers.js";
import { ADDRESS, expectRuleCase } from "./rule-cases.js";
import type { RuleCase } from "./rule-cases.js";

const cases: RuleCase[] = [
  {
    rule: 21,
    name: "no shipTo",
    change: (r) => delete r.shipTo,
    expected: [["400-Ship-To-error", "orderRequest.shipTo"]],
  },
  {
    rule: 21,
    name: "a blank shipTo name",
    change: (r) => (shipTo(r).name = ""),
    expected: [["400-Ship-To-error", "orderRequest.shipTo.name"]],
  },
  {
    rule: 21,
    name: "a string expedite",
    change: (r) => (shipTo(r).expedite = "yes"),
    expected: [["400-Ship-To-error", "orderRequest.shipTo.expedite"]],
  },
  {
    rule: 22,
    name: "an unknown shipTo region",
    change: (r) => (shipTo(r).regionId = "1"),
    expected: [["400-Ship-To-Region-error", "orderRequest.shipTo.regionId"]],
  },
  {
    rule: 23,
    name: "a missing CITY",
    change: (r) => setAddressPart(r, "CITY", undefined),
    expected: [["400-Address-Required-error", `${ADDRESS}.CITY`]],
  },
  {
    rule: 23,
    name: "an unknown part",
    change: (r) => setAddressPart(r, "LINE_9", "x"),
    expected: [["400-Address-Unknown-error", `${ADDRESS}.LINE_9`]],
  },
  {
    rule: 23,
    name: "a part sent twice",
    change: (r) => (shipTo(r).address as JsonObject[]).push({ id: "CITY", value: "Orange" }),
    expected: [["400-Address-Unknown-error", `${ADDRESS}.CITY`]],
  },
  {
    rule: 23,
    name: "a 101-character LINE_1",
    change: (r) => setAddressPart(r, "LINE_1", "x".repeat(101)),
    expected: [["400-Address-Length-error", `${ADDRESS}.LINE_1`]],
  },
  {
    rule: 24,
    name: "a state code that is not an option",
    change: (r) => setAddressPart(r, "STATE", "XX"),
    expected: [["400-Address-Format-error", `${ADDRESS}.STATE`]],
  },
  {
    rule: 24,
    name: "a ZIP outside the regEx",
    change: (r) => setAddressPart(r, "POSTAL_CODE", "ABCDE"),
    expected: [["400-Address-Format-error", `${ADDRESS}.POSTAL_CODE`]],
  },
];

describe("validateOrderRequest: rules 21–24", () => {
  it.each(cases)("rule $rule: $name", expectRuleCase);
});
