// POST /orders?confirm=true and POST /orders over real HTTP (CONTRACT.md §8.11, §8.12, §9, §10).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JsonObject } from "../../../src/simulator/orders/validation-types.js";
import {
  cart,
  exampleOrderRequest,
  portRequest,
  readExample,
  resolveKnownInconsistencies,
  toExampleHost,
} from "./order-test-helpers.js";
import { AS_PETER, ok, startOrdersSim } from "./orders-sim.js";
import type { OrdersSim } from "./orders-sim.js";

let s: OrdersSim;
beforeEach(async () => {
  s = await startOrdersSim();
});
afterEach(async () => {
  await s.close();
});

const exampleBody = (): { orderRequest: JsonObject } => ({ orderRequest: exampleOrderRequest() });
const ERROR_ID = /^[a-z0-9]{5,12}$/;
const EXAMPLE_LINE = { serviceId: "34415733", serviceNumber: "5123440000" };

describe("POST /orders?confirm=true", () => {
  it("expands the example request into examples/port-order-confirmation.json (§14 inconsistencies resolved)", async () => {
    const body = ok(await s.post("/orders?confirm=true", exampleBody(), AS_PETER));
    expect(toExampleHost(body, s.sim.baseUrl)).toEqual(
      resolveKnownInconsistencies(readExample("port-order-confirmation")),
    );
    expect(s.sim.orders.all()).toEqual([]);
  });

  it("without a context header: accountHolder is the line's employee, requestedBy the authenticated user", async () => {
    const confirmation = ok(await s.post("/orders?confirm=true", exampleBody()))
      .orderConfirmation as JsonObject;
    const ids = [confirmation.accountHolder, confirmation.requestedBy].map((e) => (e as JsonObject).id);
    expect(ids).toEqual(["28673732", "28673700"]);
  });

  it.each([
    ["the example", (r: JsonObject) => r, [199.99, 141.68]],
    ["Mobile Hotspot only", (r: JsonObject) => void (cart(r).optionalFeatureIds = ["2101"]), [199.99, 58.69]],
    [
      "the cheaper device, no features",
      (r: JsonObject) => {
        cart(r).deviceId = "9194713915";
        delete cart(r).optionalFeatureIds;
      },
      [99.99, 38.69],
    ],
  ])("costSummary for %s: ONETIME then MONTHLY, in cents", async (_name, change, [oneTime, monthly]) => {
    const request = exampleOrderRequest();
    change(request);
    const confirmation = ok(
      await s.post("/orders?confirm=true", { orderRequest: request }),
    ).orderConfirmation;
    expect((confirmation as JsonObject).costSummary).toEqual([
      { amount: oneTime, currencyCode: "USD", recurrence: "ONETIME" },
      { amount: monthly, currencyCode: "USD", recurrence: "MONTHLY" },
    ]);
  });

  it("omits shoppingCart.device when no device is ordered, and normalises DATE values (§10)", async () => {
    // The example line (AT&T, GSM) to T-Mobile (GSM): no device needed; T-Mobile wants a PIN and a reason.
    const { orderRequest } = portRequest({ ...EXAMPLE_LINE, planId: "6568887101", pin: "1234" });
    const fields = (orderRequest.properties as { fields: JsonObject[] }[])[0]!.fields;
    fields.push({ id: "ORDER_REASON", type: "CHOICE", choice: { id: "1" } });
    fields.push({ id: "PREFERRED_PORT_DATE", type: "DATE", date: "12/22/2016" });
    const confirmation = ok(await s.post("/orders?confirm=true", { orderRequest }))
      .orderConfirmation as JsonObject;
    expect(Object.keys(confirmation.shoppingCart as JsonObject)).toEqual(["plan", "quantity"]);
    const echoed = (confirmation.properties as { fields: JsonObject[] }[])[0]!.fields.slice(-2);
    expect(echoed).toEqual([
      { id: "ORDER_REASON", label: "Reason for Porting", type: "CHOICE", choice: { id: "1" } },
      { id: "PREFERRED_PORT_DATE", label: "Preferred Port Date", type: "DATE", date: "2016-12-22T00:00:00Z" },
    ]);
  });
});

describe("POST /orders (submit)", () => {
  it("creates order 8711260 as examples/port-order-submitted.json, plus `updated` (F27)", async () => {
    const body = ok(await s.post("/orders", exampleBody(), AS_PETER));
    const expected = resolveKnownInconsistencies(readExample("port-order-submitted"));
    (expected.order as JsonObject).updated = "2016-04-26T14:45:20Z";
    expect(toExampleHost(body, s.sim.baseUrl)).toEqual(expected);
    expect(s.sim.orders.all().map((o) => [o.orderId, o.segmentId, o.status])).toEqual([
      ["8711260", "8711261", "ORDER_SUBMITTED"],
    ]);
    expect(s.sim.orders.all()[0]?.request).toEqual(exampleOrderRequest());
  });

  it.each(["false", "FALSE"])("treats confirm=%s as a submit", async (value) => {
    ok(await s.post(`/orders?confirm=${value}`, exampleBody()));
    expect(s.sim.orders.all().length).toBe(1);
  });

  it("blocks a second port of the line while the first is open (rule 7), naming the open order", async () => {
    ok(await s.post("/orders", exampleBody()));
    const again = await s.post("/orders", exampleBody());
    expect(again.status).toBe(400);
    expect(again.body).toEqual({
      status: "ERROR",
      errors: [
        {
          status: 400,
          id: expect.stringMatching(ERROR_ID) as unknown,
          errorCode: "400-Port-In-Progress-error",
          message: "Service 34415733 already has an open PORT_NUMBER order 8711260.",
          field: "orderRequest.serviceId",
        },
      ],
    });
    const confirmAfter = await s.post("/orders?confirm=true", exampleBody());
    expect(confirmAfter.status).toBe(400);
  });

  it("does not deduplicate: the same body after the first port COMPLETED creates a second order (D11)", async () => {
    ok(await s.post("/orders", exampleBody()));
    s.sim.orders.setStatus("8711260", "COMPLETED");
    const second = ok(await s.post("/orders", exampleBody()));
    expect((second.order as JsonObject).orderId).toBe("8711262");
    expect(s.sim.orders.all().map((o) => [o.orderId, o.externalOrderNumber, o.serviceId])).toEqual([
      ["8711260", "MM11234", "34415733"],
      ["8711262", "MM11234", "34415733"],
    ]);
  });

  it("a confirm reserves nothing: confirm, then submit, creates exactly one order", async () => {
    ok(await s.post("/orders?confirm=true", exampleBody()));
    ok(await s.post("/orders", exampleBody()));
    expect(s.sim.orders.all().length).toBe(1);
  });
});

describe("POST /orders: request errors", () => {
  it.each(["yes", "", "1"])("answers confirm=%j with a flat 400-Query-Param-error (F26)", async (value) => {
    const answer = await s.post(`/orders?confirm=${value}`, exampleBody());
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errorCode: "400-Query-Param-error",
      id: expect.stringMatching(ERROR_ID) as unknown,
      message: `confirm must be true or false, got '${value}'.`,
      status: 400,
    });
    expect(s.sim.orders.all()).toEqual([]);
  });

  it.each(["{", "[]", "null", '{"orderRequest": []}', '{"order": {}}'])(
    "answers body %s with a flat 400-Malformed-Body-error (rule 1)",
    async (raw) => {
      const answer = await s.post("/orders?confirm=true", raw);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        errorCode: "400-Malformed-Body-error",
        id: expect.stringMatching(ERROR_ID) as unknown,
        message: "The request body must be a JSON object with an orderRequest object.",
        status: 400,
      });
    },
  );

  it("lists every validation error in one 400 (F16), the same for confirm and submit", async () => {
    const request = exampleOrderRequest();
    request.postalCode = "0647";
    cart(request).planId = "0";
    const expected = {
      status: "ERROR",
      errors: [
        ["400-Postal-Code-error", "orderRequest.postalCode"],
        ["400-Plan-Id-error", "orderRequest.shoppingCart.planId"],
      ].map(([errorCode, field]) => ({
        status: 400,
        id: expect.stringMatching(ERROR_ID) as unknown,
        errorCode,
        message: expect.any(String) as unknown,
        field,
      })),
    };
    for (const path of ["/orders?confirm=true", "/orders"]) {
      const answer = await s.post(path, { orderRequest: request });
      expect([answer.status, answer.body]).toEqual([400, expected]);
    }
    expect(s.sim.orders.all()).toEqual([]);
  });

  it("refuses a line that is not the context employee's (rule 4, F22)", async () => {
    const answer = await s.post("/orders?confirm=true", exampleBody(), {
      "x-tngo-context-companyemployeeid": "maria.lopez.acme",
    });
    expect(answer.status).toBe(400);
    expect((answer.body as { errors: JsonObject[] }).errors.map((e) => [e.errorCode, e.message])).toEqual([
      ["400-Service-Id-error", "Service 34415733 is not assigned to employee 28673790."],
    ]);
  });

  it.each(["PUT", "DELETE", "PATCH"])("answers %s /orders with 405 (F13)", async (method) => {
    const answer = await s.send(method, "/orders");
    expect([answer.status, answer.body]).toEqual([405, { message: "Method not allowed" }]);
  });
});

describe("POST /orders with requireShipTo: false", () => {
  it("accepts a port without shipTo and echoes none", async () => {
    await s.close();
    s = await startOrdersSim({ requireShipTo: false });
    const request = exampleOrderRequest();
    delete request.shipTo;
    const order = ok(await s.post("/orders", { orderRequest: request })).order as JsonObject;
    expect(order.shipTo).toBe(undefined);
    expect(order.orderId).toBe("8711260");
  });
});
