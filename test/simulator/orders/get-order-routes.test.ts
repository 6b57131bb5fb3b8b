// Order follow-up over real HTTP (CONTRACT.md §8.13–8.16, §11): GET /orders/{id}, history, shipments, GET /orders.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JsonObject } from "../../../src/simulator/orders/validation-types.js";
import {
  exampleOrderRequest,
  MARIA_TO_ATT,
  portRequest,
  readExample,
  resolveKnownInconsistencies,
  TMOBILE_LINE_TO_ATT,
  toExampleHost,
} from "./order-test-helpers.js";
import { AS_PETER, ok, startOrdersSim } from "./orders-sim.js";
import type { OrdersSim } from "./orders-sim.js";

let s: OrdersSim;
afterEach(async () => {
  await s.close();
});

const ERROR_ID = /^[a-z0-9]{5,12}$/;
const ids = (body: JsonObject) => ((body.orders as JsonObject).items as JsonObject[]).map((o) => o.orderId);
const flat404 = (errorCode: string, message: string) => ({
  errorCode,
  id: expect.stringMatching(ERROR_ID) as unknown,
  message,
  status: 404,
});

describe("GET /orders/{id} and its history", () => {
  beforeEach(async () => {
    s = await startOrdersSim();
    ok(await s.post("/orders", { orderRequest: exampleOrderRequest() }, AS_PETER));
    s.setClock("2016-04-26T15:10:00Z");
    s.sim.orders.advanceAll();
  });

  it("shows the order one step later as examples/order.json", async () => {
    const body = ok(await s.get("/orders/8711260"));
    expect(toExampleHost(body, s.sim.baseUrl)).toEqual(resolveKnownInconsistencies(readExample("order")));
  });

  it.each(["", "?orderSegment=8711261"])(
    "answers /orders/8711260/history%s as examples/order-history.json",
    async (q) => {
      expect(ok(await s.get(`/orders/8711260/history${q}`))).toEqual(readExample("order-history"));
    },
  );

  it("answers shipments with an empty list (F29)", async () => {
    expect(ok(await s.get("/orders/8711260/shipments?orderSegment=8711261"))).toEqual({
      shipments: { items: [] },
    });
  });

  it.each([
    ["/orders/8711262", "404-Order-Not-Found-error", "Order 8711262 does not exist."],
    ["/orders/8711262/history", "404-Order-Not-Found-error", "Order 8711262 does not exist."],
    [
      "/orders/8711260/history?orderSegment=8711263",
      "404-Order-Segment-Not-Found-error",
      "Order 8711260 has no segment 8711263.",
    ],
    [
      "/orders/8711260/shipments?orderSegment=1",
      "404-Order-Segment-Not-Found-error",
      "Order 8711260 has no segment 1.",
    ],
  ])("answers %s with a flat 404", async (path, errorCode, message) => {
    const answer = await s.get(path);
    expect([answer.status, answer.body]).toEqual([404, flat404(errorCode, message)]);
  });

  it("hides the order from another tenant (404, not 403)", async () => {
    const answer = await s.getAsOtherTenant("/orders/8711260");
    expect([answer.status, answer.body]).toEqual([
      404,
      flat404("404-Order-Not-Found-error", "Order 8711260 does not exist."),
    ]);
    expect(ok(await s.getAsOtherTenant("/orders")).orders).toMatchObject({
      _meta: { totalCount: 0 },
      items: [],
    });
  });

  it("answers POST /orders/8711260 with 405 (F13)", async () => {
    const answer = await s.post("/orders/8711260", {});
    expect([answer.status, answer.body]).toEqual([405, { message: "Method not allowed" }]);
  });
});

describe("GET /orders", () => {
  // Three orders a minute apart, then the first one moves: sorted by `updated` the order is 62, 64, 60.
  beforeEach(async () => {
    s = await startOrdersSim();
    ok(await s.post("/orders", { orderRequest: exampleOrderRequest() }, AS_PETER));
    s.setClock("2016-04-26T14:46:20Z");
    ok(await s.post("/orders", portRequest(MARIA_TO_ATT)));
    s.setClock("2016-04-26T14:47:20Z");
    ok(await s.post("/orders", portRequest(TMOBILE_LINE_TO_ATT)));
    s.setClock("2016-04-26T14:48:20Z");
    s.sim.orders.setStatus("8711260", "IN_PROGRESS");
  });

  it.each([
    ["", ["8711262", "8711264", "8711260"]],
    ["?sortAscending=false", ["8711260", "8711264", "8711262"]],
    ["?dateTimeUpdated=2016-04-26T14:47:20Z", ["8711264", "8711260"]],
    ["?dateTimeUpdated=2016-04-26T16:47:20%2B02:00", ["8711264", "8711260"]],
    ["?dateTimeUpdated=2016-04-26T14:48:21Z", []],
    ["?employee=28673790", ["8711262"]],
    ["?companyEmployeeId=peter.edwards.acme", ["8711260"]],
    ["?companyEmployeeId=nobody", []],
  ])("GET /orders%s lists %j", async (query, expected) => {
    expect(ids(ok(await s.get(`/orders${query}`)))).toEqual(expected);
  });

  it("pages with limit/offset and _meta links (§7)", async () => {
    const first = ok(await s.get("/orders?limit=2")).orders as JsonObject;
    const base = `${s.sim.baseUrl}/orders`;
    expect(first._meta).toEqual({
      href: `${base}?limit=2&offset=0`,
      limit: 2,
      offset: 0,
      totalCount: 3,
      hrefNext: `${base}?limit=2&offset=2`,
      hrefEnd: `${base}?limit=2&offset=2`,
    });
    expect(ids(ok(await s.get("/orders?limit=2&offset=2")))).toEqual(["8711260"]);
    const bad = await s.get("/orders?limit=0");
    expect([bad.status, (bad.body as JsonObject).errorCode]).toEqual([400, "400-Pagination-error"]);
  });

  it("lists the summary keys only, unless include* flags ask for more (§8.14, F29)", async () => {
    const keys = (query: string) =>
      s
        .get(`/orders${query}`)
        .then((a) => Object.keys(((ok(a).orders as JsonObject).items as JsonObject[])[0]!));
    const summary = [
      "_meta",
      "accountHolder",
      "dateSubmitted",
      "externalOrderNumber",
      "orderId",
      "requestedBy",
    ];
    const tail = ["serviceNumber", "status", "transactionType", "updated"];
    expect(await keys("")).toEqual([...summary, ...tail]);
    expect(
      await keys("?includeOrderSegments=true&includeOrderProperties=TRUE&includeShipToAddress=true"),
    ).toEqual([
      ...summary.slice(0, 5),
      "orderSegments",
      "properties",
      "requestedBy",
      "serviceNumber",
      "shipTo",
      ...tail.slice(1),
    ]);
  });

  it("answers a bad dateTimeUpdated with a flat 400", async () => {
    const answer = await s.get("/orders?dateTimeUpdated=yesterday");
    expect([answer.status, answer.body]).toEqual([
      400,
      {
        errorCode: "400-Date-Time-Updated-error",
        id: expect.stringMatching(ERROR_ID) as unknown,
        message: "dateTimeUpdated 'yesterday' is not an ISO-8601 date-time.",
        status: 400,
      },
    ]);
  });
});

describe("orderVisibilityDelayMs", () => {
  it("hides a new order from GET /orders and /orders/{id} until the delay is over; rule 7 still sees it", async () => {
    s = await startOrdersSim({ orderVisibilityDelayMs: 5000 });
    ok(await s.post("/orders", { orderRequest: exampleOrderRequest() }));
    s.advance(4999);
    expect((await s.get("/orders/8711260")).status).toBe(404);
    expect(ids(ok(await s.get("/orders")))).toEqual([]);
    expect((await s.post("/orders", { orderRequest: exampleOrderRequest() })).status).toBe(400);
    s.advance(1);
    expect((await s.get("/orders/8711260")).status).toBe(200);
    expect(ids(ok(await s.get("/orders")))).toEqual(["8711260"]);
  });
});
