// prepareRow (pure): a row becomes an order request ready to confirm, or an outcome decided before any request.
// Reference data and the row are the contract's tutorial example (test/orders/reference-fixture.ts).
import { describe, expect, it } from "vitest";
import type { CanonicalRow } from "../../src/input/canonical-row.js";
import { createExternalOrderNumber } from "../../src/orders/external-order-number.js";
import { prepareRow, serviceNumberOf, type PrepareOptions } from "../../src/runner/prepare-rows.js";
import { exampleRequest, reference, tutorialRow } from "../orders/reference-fixture.js";

const OPTIONS: PrepareOptions = { tenant: "ACME" };
const STABLE_NUMBER = createExternalOrderNumber({
  tenant: "ACME",
  transactionType: "PORT_NUMBER",
  serviceNumber: "5123440000",
});

const decided = (row: CanonicalRow, options: PrepareOptions = OPTIONS) => {
  const prepared = prepareRow(row, reference(), options);
  if (prepared.kind !== "decided") throw new Error(`line ${row.line} was not decided`);
  const { row: _row, ...outcome } = prepared.outcome;
  return outcome;
};

describe("prepareRow", () => {
  it("a good row: ready, with the tutorial's request under the line's stable external order number", () => {
    const prepared = prepareRow(tutorialRow({ employee: "peter.edwards.acme" }), reference(), OPTIONS);

    expect(prepared).toMatchObject({
      kind: "ready",
      serviceNumber: "5123440000",
      employee: "peter.edwards.acme",
      device: "Apple iPhone 5 (16GB) - Black",
      plan: "Nationwide for Business Talk Share Plan",
    });
    if (prepared.kind !== "ready") return;
    expect(prepared.request).toEqual({ ...exampleRequest(), externalOrderNumber: STABLE_NUMBER });
  });

  it("a DUPLICATE row is decided as DUPLICATE, before its other checks", () => {
    const message =
      "Wireless #: service number 5123440000 is already on line 2; each number is ported once per run";
    const row = { ...tutorialRow({ plan: "Gold Plan" }), problems: [{ code: "DUPLICATE", message }] };

    expect(decided(row)).toEqual({
      status: "DUPLICATE",
      code: "DUPLICATE",
      message,
      serviceNumber: "5123440000",
    });
  });

  it("a row of a carrier whose catalog could not be loaded FAILS with the reason, not a guess", () => {
    const reason = "could not load the carrier's plans: GET /catalog/plans answered HTTP 503";

    expect(decided(tutorialRow(), { ...OPTIONS, vendorFailures: new Map([["98", reason]]) })).toEqual({
      status: "FAILED",
      code: "CATALOG_UNAVAILABLE",
      message: reason,
      serviceNumber: "5123440000",
    });
  });

  it.each([
    [
      "an unknown plan",
      { plan: "Gold Plan" },
      "PLAN_UNKNOWN",
      'Plan: "Gold Plan" is not a plan of Verizon Wireless; closest: "Nationwide for Business Talk Share Plan"',
    ],
    [
      "an unknown plan and state: the first code, every problem",
      { plan: "Gold Plan", ship_to_state: "ZZ" },
      "PLAN_UNKNOWN",
      'Plan: "Gold Plan" is not a plan of Verizon Wireless; closest: "Nationwide for Business Talk Share Plan"; State: "ZZ" is not a State of United States; closest: "AZ", "AL", "AK"',
    ],
  ])("%s: INVALID with the user's column names", (_name, values, code, message) => {
    expect(decided(tutorialRow(values))).toEqual({
      status: "INVALID",
      code,
      message,
      serviceNumber: "5123440000",
    });
  });

  it.each([
    ["none on record: the stable number", {}, undefined, STABLE_NUMBER],
    ["one on record: a rerun sends it again", {}, "BP-EARLIER", "BP-EARLIER"],
    [
      "the row's own value wins over the record",
      { external_order_number: "MM11234" },
      "BP-EARLIER",
      "MM11234",
    ],
  ])("external order number, %s", (_name, values, known, expected) => {
    const prepared = prepareRow(tutorialRow(values), reference(), {
      ...OPTIONS,
      knownExternalOrderNumber: (number) => (number === "5123440000" ? known : undefined),
    });

    expect(prepared.kind === "ready" && prepared.request.externalOrderNumber).toBe(expected);
  });
});

describe("serviceNumberOf", () => {
  it.each([
    ["the SERVICE_NUMBER property", exampleRequest(), "5123440000"],
    ["no such property", { ...exampleRequest(), properties: [] }, ""],
  ])("%s", (_name, request, expected) => {
    expect(serviceNumberOf(request)).toBe(expected);
  });
});
