// Endpoints and headers of the client (CONTRACT.md §4, §7, §8), against a scripted server.
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../src/api/create-api-client.js";
import type { OrderRequest } from "../../src/api/wire-types.js";
import { createTestClient } from "./helpers/test-client.js";
import { inOrder, useScriptedServer, type Reply, type Script } from "./helpers/scripted-server.js";

const start = useScriptedServer();
const REQUEST = {
  externalOrderNumber: "BP-1",
  transactionType: "PORT_NUMBER",
  serviceId: "34415733",
} as unknown as OrderRequest;

describe("headers (CONTRACT.md §4)", () => {
  it("sends the §4 headers on every call, a new correlation id per attempt, and the context header when asked", async () => {
    const api = await start(
      inOrder(
        { status: 503, json: { error: "busy" } },
        { json: { orderConfirmation: {}, status: "SUCCESS" } },
        { json: { regions: [] } },
      ),
    );
    const { client } = createTestClient(api);
    await client.confirmOrder(REQUEST, { employee: "peter.edwards.acme" });
    await client.listCountries();
    const [first, second, third] = api.api;
    for (const request of api.api) {
      expect(request.headers).toMatchObject({
        authorization: "Bearer tok-1",
        "x-tngo-tenant": "ACME",
        client_id: "client-1",
        "x-tngo-context-activityid": "run-1",
        accept: "application/json",
      });
      expect(request.headers).not.toHaveProperty("client_secret");
    }
    expect(first?.headers).toMatchObject({
      "content-type": "application/json",
      "x-tngo-context-companyemployeeid": "peter.edwards.acme",
    });
    expect(JSON.parse(second?.body ?? "")).toEqual({ orderRequest: REQUEST });
    expect(third?.headers).not.toHaveProperty("content-type");
    expect(third?.headers).not.toHaveProperty("x-tngo-context-companyemployeeid");
    const ids = api.api.map((r) => r.headers["x-tngo-context-correlationid"]);
    expect(new Set(ids).size).toBe(3);
  });
});

describe("endpoints (CONTRACT.md §8)", () => {
  const page = (name: string, items: unknown[]) => ({
    json: { [name]: { _meta: { totalCount: items.length }, items } },
  });
  const answers: Record<string, Reply> = {
    "/regions": { json: { regions: [{ id: "70144640" }] } },
    "/regions/70144640": { json: { id: "70144640", addressFormat: [] } },
    "/vendors": page("vendors", [{ id: "98" }]),
    "/catalog/plans": page("plans", [{ id: "6568886494" }]),
    "/catalog/plans/6568886494": { json: { id: "6568886494" } },
    "/catalog/devices": page("devices", [{ id: "9194713909" }]),
    "/orders/properties": {
      json: { properties: { items: [{ groupId: "MISCELLANEOUS", fields: [{ id: "PIN_PASSWORD" }] }] } },
    },
    "/assets/services/34415733": { json: { id: "34415733" } },
    "/orders": page("orders", [{ orderId: "8711260" }]),
    "/orders/8711260": { json: { order: { orderId: "8711260", status: "IN_PROGRESS" } } },
    "/orders/8711260/history": { json: { history: { items: [{ status: "ORDER_SUBMITTED", date: "d" }] } } },
  };
  const byPath: Script = (request) =>
    answers[request.path.split("?")[0] ?? ""] ?? { status: 404, json: { message: "Resource not found" } };

  it.each<[string, (client: ApiClient) => Promise<unknown>, string, unknown]>([
    ["listCountries", (c) => c.listCountries(), "/regions", [{ id: "70144640" }]],
    [
      "getCountry",
      (c) => c.getCountry("70144640"),
      "/regions/70144640",
      { id: "70144640", addressFormat: [] },
    ],
    ["listVendors", (c) => c.listVendors(), "/vendors?limit=100&offset=0", [{ id: "98" }]],
    [
      "listPlans",
      (c) => c.listPlans("98"),
      "/catalog/plans?vendor=98&limit=100&offset=0",
      { kind: "ok", value: [{ id: "6568886494" }] },
    ],
    [
      "getPlan",
      (c) => c.getPlan("6568886494"),
      "/catalog/plans/6568886494",
      { kind: "ok", value: { id: "6568886494" } },
    ],
    [
      "listDevices",
      (c) => c.listDevices("98", { serviceId: "34415733" }),
      "/catalog/devices?transactionType=PORT_NUMBER&service=34415733&vendor=98&limit=100&offset=0",
      { kind: "ok", value: [{ id: "9194713909" }] },
    ],
    [
      "getOrderProperties",
      (c) => c.getOrderProperties("98"),
      "/orders/properties?transactionType=PORT_NUMBER&vendor=98",
      { kind: "ok", value: [{ groupId: "MISCELLANEOUS", fields: [{ id: "PIN_PASSWORD" }] }] },
    ],
    [
      "getService",
      (c) => c.getService("34415733"),
      "/assets/services/34415733",
      { kind: "ok", value: { id: "34415733" } },
    ],
    [
      "listOrders",
      (c) => c.listOrders({ updatedSince: new Date("2026-03-01T11:55:00.123Z") }),
      "/orders?dateTimeUpdated=2026-03-01T11%3A55%3A00Z&limit=100&offset=0",
      [{ orderId: "8711260" }],
    ],
    [
      "getOrder",
      (c) => c.getOrder("8711260"),
      "/orders/8711260",
      { kind: "ok", value: { orderId: "8711260", status: "IN_PROGRESS" } },
    ],
    [
      "getOrderHistory",
      (c) => c.getOrderHistory("8711260", { orderSegment: "8711261" }),
      "/orders/8711260/history?orderSegment=8711261",
      { kind: "ok", value: [{ status: "ORDER_SUBMITTED", date: "d" }] },
    ],
  ])("%s", async (_name, call, path, expected) => {
    const api = await start(byPath);
    const { client } = createTestClient(api);
    await expect(call(client)).resolves.toEqual(expected);
    expect(api.api.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${path}`]);
  });

  it("pages the whole service index by 100 without any number filter (§7, §12)", async () => {
    const all = Array.from({ length: 250 }, (_, i) => ({
      id: String(1000 + i),
      serviceNumber: String(5120000000 + i),
    }));
    const api = await start((request) => {
      const query = new URLSearchParams(request.path.split("?")[1]);
      const offset = Number(query.get("offset"));
      return {
        json: {
          services: {
            _meta: { limit: 100, offset, totalCount: 250 },
            items: all.slice(offset, offset + 100),
          },
        },
      };
    });
    const { client } = createTestClient(api);
    await expect(client.listAllServices()).resolves.toEqual(all);
    expect(api.api.map((r) => r.path)).toEqual([
      "/assets/services?limit=100&offset=0",
      "/assets/services?limit=100&offset=100",
      "/assets/services?limit=100&offset=200",
    ]);
  });
});
