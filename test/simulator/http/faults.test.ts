import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator } from "../../../src/simulator/start-simulator.js";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";
import { readExample } from "../support/examples.js";
import { call, getToken } from "../support/sim-client.js";

let sim: RunningSimulator;
let token: string;

beforeAll(async () => {
  sim = await startSimulator({ faults: { faultSeed: 42 } });
  token = await getToken(sim);
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.setKnobs({ latencyMs: 0, faults: { faultSeed: 42 } });
});

describe("dropped connections (F14)", () => {
  it("destroys the connection: fetch rejects, and the request is recorded with status 0", async () => {
    sim.setKnobs({ faults: { dropRate: 1 } });
    await expect(call(sim, token, "GET", "/regions")).rejects.toThrow(TypeError);
    expect(sim.requests().at(-1)).toMatchObject({ path: "/mobproc/v1/regions", status: 0, fault: "drop" });
  });
});

describe("server errors (§5: 500 flat, 503 gateway bodies)", () => {
  it("answers every call with 500 or 503 at rate 1, with the contract's bodies", async () => {
    sim.setKnobs({ faults: { serverErrorRate: 1 } });
    const statuses = new Set<number>();
    for (let i = 0; i < 16; i++) {
      const answer = await call(sim, token, "GET", "/vendors");
      statuses.add(answer.status);
      if (answer.status === 500) {
        expect(answer.body).toEqual({
          errorCode: "500-Internal-error",
          id: expect.stringMatching(/^[a-z0-9]{8}$/) as unknown,
          message: "An internal error occurred. Try again later.",
          status: 500,
        });
      } else {
        expect(answer.status).toBe(503);
        expect([
          { error: "Service Unavailable" },
          "<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>",
          undefined,
        ]).toContainEqual(answer.body);
      }
    }
    expect([...statuses].sort()).toEqual([500, 503]);
    expect(sim.requests().at(-1)?.fault).toBe("server-error");
  });

  it("rolls the same dice for the same faultSeed", async () => {
    const run = async () => {
      sim.setKnobs({ faults: { serverErrorRate: 0.5, faultSeed: 7 } });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await call(sim, token, "GET", "/ping")).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });
});

describe("latency", () => {
  it("holds every answer back: a client that gives up sooner sees no answer", async () => {
    sim.setKnobs({ latencyMs: 400 });
    const request = fetch(`${sim.baseUrl}/ping`, {
      headers: { authorization: `Bearer ${token}`, client_id: "bulkport-sandbox", "x-tngo-tenant": "ACME" },
      signal: AbortSignal.timeout(50),
    });
    await expect(request).rejects.toThrow(/aborted/);
    sim.setKnobs({ latencyMs: 0 });
    const answer = await fetch(`${sim.baseUrl}/ping`, {
      headers: { authorization: `Bearer ${token}`, client_id: "bulkport-sandbox", "x-tngo-tenant": "ACME" },
      signal: AbortSignal.timeout(5000),
    });
    expect(answer.status).toBe(200);
  });
});

describe("commit then fail (§11.3)", () => {
  it("creates the order, yet the submit fails; a confirm is never affected", async () => {
    sim.setKnobs({ faults: { commitThenFailRate: 1, faultSeed: 42 } });
    const body = readExample("port-order-request.json");
    const confirm = await call(sim, token, "POST", "/orders?confirm=true", { body });
    expect(confirm.status).toBe(200);
    expect(sim.orders.all()).toHaveLength(0);

    const outcomes: (number | string)[] = [];
    for (let i = 0; i < 6; i++) {
      const outcome = await call(sim, token, "POST", "/orders", { body }).then(
        (answer) => answer.status,
        () => "dropped",
      );
      outcomes.push(outcome);
      const created = sim.orders.all().at(-1);
      expect([sim.orders.all().length, created?.externalOrderNumber, created?.status]).toEqual([
        i + 1,
        "MM11234",
        "ORDER_SUBMITTED",
      ]);
      expect(sim.requests().at(-1)).toMatchObject({
        path: "/mobproc/v1/orders",
        fault: outcome === "dropped" ? "drop" : "commit-then-fail",
      });
      // Close the port so the next submit of the same line passes rule 7.
      sim.orders.setStatus(created?.orderId ?? "", "COMPLETED");
    }
    expect(new Set(outcomes)).toEqual(new Set([500, 504, "dropped"]));
  });
});
