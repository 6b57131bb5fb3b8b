// Which failures end the run and which stay with a row (CONTRACT.md §5), through the client.
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../src/api/create-api-client.js";
import type { OrderRequest } from "../../src/api/wire-types.js";
import { createTestClient } from "./helpers/test-client.js";
import { flatError as flat, inOrder, useScriptedServer, type Reply } from "./helpers/scripted-server.js";

const start = useScriptedServer();
const REQUEST = {
  externalOrderNumber: "BP-1",
  transactionType: "PORT_NUMBER",
  serviceId: "34415733",
} as unknown as OrderRequest;

describe("whole-run failures (CONTRACT.md §5)", () => {
  it.each<[string, Reply, (client: ApiClient) => Promise<unknown>, { code: string; message: string }]>([
    [
      "a 403 without a context header",
      flat(403, "403-Tenant-Forbidden-error", "Wrong tenant."),
      (c) => c.listPlans("98"),
      {
        code: "AUTH",
        message:
          "GET /catalog/plans?vendor=98&limit=100&offset=0 answered HTTP 403 (403-Tenant-Forbidden-error: Wrong tenant.): the tenant or the user lacks the rights",
      },
    ],
    [
      "a 404 on a fixed path",
      { status: 404, json: { message: "Resource not found" } },
      (c) => c.confirmOrder(REQUEST),
      {
        code: "UNREACHABLE",
        message: "POST /orders?confirm=true answered HTTP 404 (Resource not found): check the base URL",
      },
    ],
    [
      "a 405",
      { status: 405, json: { message: "Method not allowed" } },
      (c) => c.getOrder("1", { employee: "e" }),
      { code: "UNREACHABLE", message: "GET /orders/1 answered HTTP 405 (Method not allowed)" },
    ],
    [
      "a 415 on a submit",
      { status: 415, json: { message: "Unsupported media type" } },
      (c) => c.submitOrder(REQUEST, { employee: "e" }),
      { code: "UNREACHABLE", message: "POST /orders answered HTTP 415 (Unsupported media type)" },
    ],
    [
      "a 400 on a run-wide lookup",
      flat(400, "400-Pagination-error", "Bad limit."),
      (c) => c.listAllServices(),
      {
        code: "UNREACHABLE",
        message:
          "GET /assets/services?limit=100&offset=0 answered HTTP 400 (400-Pagination-error: Bad limit.)",
      },
    ],
    [
      "a 404 for the run's country",
      flat(404, "404-Region-Not-Found-error", "No region 1."),
      (c) => c.getCountry("1"),
      {
        code: "UNREACHABLE",
        message: "GET /regions/1 answered HTTP 404 (404-Region-Not-Found-error: No region 1.)",
      },
    ],
  ])("%s", async (_name, reply, call, expected) => {
    const api = await start(inOrder(reply));
    const { client } = createTestClient(api);
    await expect(call(client)).rejects.toMatchObject(expected);
    expect(api.api).toHaveLength(1);
  });

  it.each<[string, Reply, (client: ApiClient) => Promise<unknown>, unknown]>([
    [
      "a 404 on a row's order",
      flat(404, "404-Order-Not-Found-error", "No order 7."),
      (c) => c.getOrder("7"),
      {
        kind: "failed",
        status: 404,
        errorCode: "404-Order-Not-Found-error",
        message: "GET /orders/7 answered HTTP 404 (404-Order-Not-Found-error: No order 7.)",
      },
    ],
    [
      "a 404 on a shared plan",
      flat(404, "404-Plan-Not-Found-error", "No plan 5."),
      (c) => c.getPlan("5"),
      {
        kind: "failed",
        status: 404,
        errorCode: "404-Plan-Not-Found-error",
        message: "GET /catalog/plans/5 answered HTTP 404 (404-Plan-Not-Found-error: No plan 5.)",
      },
    ],
    [
      "a 400 on shared properties",
      flat(400, "400-Vendor-Id-error", "Unknown vendor 1."),
      (c) => c.getOrderProperties("1"),
      {
        kind: "failed",
        status: 400,
        errorCode: "400-Vendor-Id-error",
        message:
          "GET /orders/properties?transactionType=PORT_NUMBER&vendor=1 answered HTTP 400 (400-Vendor-Id-error: Unknown vendor 1.)",
      },
    ],
    [
      "a 403 for a row's actor on devices",
      flat(403, "403-Context-Forbidden-error", "No."),
      (c) => c.listDevices("98", { employee: "e" }),
      {
        kind: "failed",
        status: 403,
        errorCode: "403-Context-Forbidden-error",
        message:
          "GET /catalog/devices?transactionType=PORT_NUMBER&vendor=98&limit=100&offset=0 answered HTTP 403 (403-Context-Forbidden-error: No.)",
      },
    ],
  ])("keeps %s to the rows", async (_name, reply, call, expected) => {
    const api = await start(inOrder(reply));
    const { client } = createTestClient(api);
    await expect(call(client)).resolves.toEqual(expected);
  });
});
