import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../../src/simulator/start-simulator.js";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";
import { readExample } from "../support/examples.js";
import { call, getToken } from "../support/sim-client.js";

let sim: RunningSimulator;
let token: string;

beforeAll(async () => {
  sim = await startSimulator();
  token = await getToken(sim);
});
afterAll(() => sim.close());

async function hook(method: string, path: string, body?: unknown) {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    init.headers = { "content-type": "application/json" };
  }
  const response = await fetch(`${sim.origin}/_sandbox${path}`, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("/_sandbox hooks (outside the API base; no auth)", () => {
  it("lists the requests received, without the hooks themselves", async () => {
    await call(sim, token, "GET", "/ping");
    const before = sim.requests().length;
    const answer = await hook("GET", "/requests");
    const requests = answer.body.requests as { path: string }[];
    expect(requests).toHaveLength(before);
    expect(requests.map((r) => r.path)).toEqual(["/as/token.oauth2", "/mobproc/v1/ping"]);
  });

  it("changes knobs, and rejects a bad one with the option's name", async () => {
    const answer = await hook("POST", "/knobs", {
      latencyMs: 0,
      rateLimit: { capacity: 2, refillPerSec: 1 },
    });
    expect(answer).toEqual({
      status: 200,
      body: {
        knobs: {
          latencyMs: 0,
          rateLimit: { capacity: 2, refillPerSec: 1, retryAfterFormat: "seconds" },
          faults: { serverErrorRate: 0, dropRate: 0, commitThenFailRate: 0, faultSeed: 1 },
        },
      },
    });
    const ping = await call(sim, token, "GET", "/ping");
    expect(ping.headers.get("x-ratelimit-limit")).toBe("2");
    expect(await hook("POST", "/knobs", { faults: { dropRate: 2 } })).toEqual({
      status: 400,
      body: { message: "Expected `faults.dropRate` to be a number from 0 to 1, got 2" },
    });
    expect(await hook("POST", "/knobs", { latency: 5 })).toEqual({
      status: 400,
      body: { message: "Unknown option `latency`; expected one of latencyMs, rateLimit, faults" },
    });
    expect(await hook("POST", "/knobs", "{not json")).toEqual({
      status: 400,
      body: { message: "The body must be JSON." },
    });
    await hook("POST", "/knobs", { rateLimit: false });
  });

  it("answers unknown hooks with 404 and wrong methods with 405", async () => {
    expect(await hook("GET", "/nothing")).toEqual({ status: 404, body: { message: "Resource not found" } });
    expect(await hook("POST", "/orders")).toEqual({ status: 405, body: { message: "Method not allowed" } });
    expect(await hook("GET", "/advance")).toEqual({ status: 405, body: { message: "Method not allowed" } });
  });

  it("answers a status change for an unknown order with 404, and a bad body with 400", async () => {
    expect(await hook("POST", "/orders/1/status", { status: "COMPLETED" })).toEqual({
      status: 404,
      body: { message: "Order 1 was not found." },
    });
    expect(await hook("POST", "/orders/1/status", { comment: "x" })).toEqual({
      status: 400,
      body: { message: "`status` must be a non-empty string." },
    });
  });

  it("lists orders with their request, sets statuses and advances", async () => {
    const request = readExample("port-order-request.json") as { orderRequest: unknown };
    const submitted = await call(sim, token, "POST", "/orders", { body: request });
    expect(submitted.status).toBe(200);

    const listed = await hook("GET", "/orders");
    expect(listed.status).toBe(200);
    expect(listed.body.orders).toEqual([
      {
        orderId: "8711260",
        segmentId: "8711261",
        tenant: "ACME",
        externalOrderNumber: "MM11234",
        serviceId: "34415733",
        serviceNumber: "5123440000",
        vendorId: "98",
        status: "ORDER_SUBMITTED",
        dateSubmitted: expect.any(String) as unknown,
        updated: expect.any(String) as unknown,
        request: request.orderRequest,
        history: [
          {
            status: "ORDER_SUBMITTED",
            date: expect.any(String) as unknown,
            comment: expect.any(String) as unknown,
          },
        ],
      },
    ]);

    const advanced = await hook("POST", "/advance");
    expect(advanced).toEqual({ status: 200, body: { changed: 1 } });
    expect(sim.orders.all()[0]?.status).not.toBe("ORDER_SUBMITTED");

    const set = await hook("POST", "/orders/8711260/status", {
      status: "REJECTED",
      comment: "PIN incorrect",
    });
    expect(set.status).toBe(200);
    expect(
      (set.body.order as { status: string; history: { comment: string }[] }).history.at(-1),
    ).toMatchObject({
      status: "REJECTED",
      comment: "PIN incorrect",
    });
    expect(sim.orders.all()[0]?.status).toBe("REJECTED");
  });
});
