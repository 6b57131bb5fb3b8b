// CONTRACT.md §11.1: ORDER_SUBMITTED -> [AWAITING_APPROVAL] -> IN_PROGRESS -> PORT_SCHEDULED -> SHIPPED ->
// COMPLETED; scripted outcomes end REJECTED or CANCELLED once the carrier has the port.
import { describe, expect, it } from "vitest";
import {
  isTerminalStatus,
  needsApproval,
  nextLifecycleStep,
} from "../../../src/simulator/orders/advance-lifecycle.js";
import type { SimScriptedOutcome } from "../../../src/simulator/seed/types.js";

const plain = { approvalRequired: false, hasDevice: true };
const rejected: SimScriptedOutcome = { serviceId: "1", finalStatus: "REJECTED", comment: "PIN incorrect" };

describe("nextLifecycleStep", () => {
  it.each([
    [
      "ORDER_SUBMITTED",
      plain,
      undefined,
      { status: "IN_PROGRESS", comment: "Port request sent to Verizon Wireless." },
    ],
    [
      "ORDER_SUBMITTED",
      { ...plain, approvalRequired: true },
      undefined,
      { status: "AWAITING_APPROVAL", comment: "Order is awaiting approval." },
    ],
    [
      "AWAITING_APPROVAL",
      plain,
      undefined,
      { status: "IN_PROGRESS", comment: "Order approved. Port request sent to Verizon Wireless." },
    ],
    [
      "IN_PROGRESS",
      plain,
      undefined,
      { status: "PORT_SCHEDULED", comment: "Verizon Wireless scheduled the port." },
    ],
    ["IN_PROGRESS", plain, rejected, { status: "REJECTED", comment: "PIN incorrect" }],
    [
      "ORDER_SUBMITTED",
      plain,
      rejected,
      { status: "IN_PROGRESS", comment: "Port request sent to Verizon Wireless." },
    ],
    ["PORT_SCHEDULED", plain, undefined, { status: "SHIPPED", comment: "Device and SIM shipped." }],
    [
      "PORT_SCHEDULED",
      { ...plain, hasDevice: false },
      undefined,
      { status: "SHIPPED", comment: "SIM shipped." },
    ],
    ["SHIPPED", plain, undefined, { status: "COMPLETED", comment: "Port completed." }],
    ["COMPLETED", plain, undefined, undefined],
    ["REJECTED", plain, undefined, undefined],
    ["CANCELLED", plain, undefined, undefined],
    ["ON_HOLD", plain, undefined, undefined],
  ] as const)("%s -> %j", (status, order, scripted, expected) => {
    expect(nextLifecycleStep({ ...order, status }, "Verizon Wireless", scripted)).toEqual(expected);
  });
});

describe("isTerminalStatus", () => {
  it.each([
    ["COMPLETED", true],
    ["REJECTED", true],
    ["CANCELLED", true],
    ["ORDER_SUBMITTED", false],
    ["SHIPPED", false],
    ["ON_HOLD", false],
  ])("%s: %s", (status, expected) => {
    expect(isTerminalStatus(status)).toBe(expected);
  });
});

describe("needsApproval", () => {
  it.each([
    [199.99, false],
    [300, false],
    [300.01, true],
  ])("one-time %s: %s", (amount, expected) => {
    const summary = [
      { amount, currencyCode: "USD", recurrence: "ONETIME" as const },
      { amount: 1000, currencyCode: "USD", recurrence: "MONTHLY" as const },
    ];
    expect(needsApproval(summary)).toBe(expected);
  });
});
