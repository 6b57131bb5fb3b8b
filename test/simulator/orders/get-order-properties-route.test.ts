// GET /orders/properties over real HTTP (CONTRACT.md §8.10, F23).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../../../src/simulator/orders/validation-types.js";
import { readExample, toExampleHost } from "./order-test-helpers.js";
import { ok, startOrdersSim } from "./orders-sim.js";
import type { OrdersSim } from "./orders-sim.js";

let s: OrdersSim;
beforeAll(async () => {
  s = await startOrdersSim();
});
afterAll(async () => {
  await s.close();
});

const fieldIds = (body: JsonObject) =>
  ((body.properties as JsonObject).items as { fields: JsonObject[] }[])[0]!.fields.map((f) => [
    f.id,
    f.validation,
  ]);

describe("GET /orders/properties", () => {
  it("answers transactionType=PORT_NUMBER&vendor=98 as examples/order-properties-port-number.json", async () => {
    const body = ok(await s.get("/orders/properties?transactionType=PORT_NUMBER&vendor=98"));
    expect(toExampleHost(body, s.sim.baseUrl)).toEqual(readExample("order-properties-port-number"));
  });

  it("resolves service= to the line's CURRENT carrier (F23): AT&T's set, PIN required", async () => {
    const byService = ok(await s.get("/orders/properties?transactionType=PORT_NUMBER&service=34415733"));
    const byVendor = ok(await s.get("/orders/properties?transactionType=PORT_NUMBER&vendor=96"));
    expect((byService.properties as JsonObject).items).toEqual((byVendor.properties as JsonObject).items);
    expect(fieldIds(byService)).toContainEqual(["PIN_PASSWORD", "REQUIRED"]);
  });

  it("gives T-Mobile's set the ORDER_REASON CHOICE with one 'other' choice (F9)", async () => {
    const fields = (
      (ok(await s.get("/orders/properties?transactionType=PORT_NUMBER&vendor=99")).properties as JsonObject)
        .items as { fields: JsonObject[] }[]
    )[0]!.fields;
    expect(fields.find((f) => f.id === "ORDER_REASON")).toEqual({
      id: "ORDER_REASON",
      label: "Reason for Porting",
      type: "CHOICE",
      validation: "REQUIRED",
      choices: [
        { id: "1", label: "Cost savings", isOther: false },
        { id: "2", label: "Better coverage", isOther: false },
        { id: "9", label: "Other", isOther: true },
      ],
    });
  });

  it.each([
    ["vendor=98", "400-Transaction-Type-error", "transactionType must be passed in."],
    [
      "transactionType=UPGRADE&vendor=98",
      "400-Transaction-Type-error",
      "Transaction type UPGRADE is not supported; this API supports PORT_NUMBER.",
    ],
    [
      "transactionType=PORT_NUMBER",
      "400-Vendor-Service-Id-error",
      "Vendor ID or Service ID must be passed in.",
    ],
    [
      "transactionType=PORT_NUMBER&vendor=%20",
      "400-Vendor-Service-Id-error",
      "Vendor ID or Service ID must be passed in.",
    ],
    ["transactionType=PORT_NUMBER&vendor=1", "400-Vendor-Id-error", "Vendor 1 does not exist."],
    ["transactionType=PORT_NUMBER&service=1", "400-Service-Id-error", "Service 1 does not exist."],
  ])("answers ?%s with a flat 400 %s", async (query, errorCode, message) => {
    const answer = await s.get(`/orders/properties?${query}`);
    expect([answer.status, answer.body]).toEqual([
      400,
      { errorCode, id: expect.stringMatching(/^[a-z0-9]{5,12}$/) as unknown, message, status: 400 },
    ]);
  });

  it("does not show another employee's line to a context employee (F22)", async () => {
    const answer = await s.get("/orders/properties?transactionType=PORT_NUMBER&service=34415733", {
      "x-tngo-context-companyemployeeid": "maria.lopez.acme",
    });
    expect([answer.status, (answer.body as JsonObject).errorCode]).toEqual([400, "400-Service-Id-error"]);
  });

  it("answers POST /orders/properties with 405 (F13)", async () => {
    const answer = await s.post("/orders/properties", {});
    expect([answer.status, answer.body]).toEqual([405, { message: "Method not allowed" }]);
  });
});
