// The client against the simulator (src/simulator) over real HTTP: what the simulator can produce, it does.
import { afterEach, describe, expect, it } from "vitest";
import { createApiClient, type ApiClient } from "../../src/api/create-api-client.js";
import type { OrderRequest } from "../../src/api/wire-types.js";
import { createLimiter, type Limiter } from "../../src/runner/create-limiter.js";
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from "../../src/simulator/start-simulator.js";
import { createMemoryLogger, type MemoryLogger } from "./helpers/memory-logger.js";
import { createVirtualTime, type VirtualTime } from "./helpers/virtual-time.js";

// examples/port-order-request.json, which passes every rule against the default fixture (CONTRACT.md §9).
const EXAMPLE_REQUEST: OrderRequest = {
  externalOrderNumber: "MM11234",
  transactionType: "PORT_NUMBER",
  serviceId: "34415733",
  regionId: "70144640",
  postalCode: "06477",
  shoppingCart: { deviceId: "9194713909", planId: "6568886494", optionalFeatureIds: ["2082", "1399"] },
  properties: [
    {
      groupId: "MISCELLANEOUS",
      fields: [
        { id: "CARRIER_ACCT_NUMBER", type: "TEXT", text: "123456789" },
        { id: "NAME_ON_INVOICE", type: "TEXT", text: "Peter Edwards" },
        { id: "CONTACT_NUMBER", type: "TEXT", text: "2035559360" },
        { id: "CURRENT_CARRIER", type: "TEXT", text: "Formerly AT&T Wireless" },
        { id: "SERVICE_NUMBER", type: "TEXT", text: "5123440000" },
      ],
    },
  ],
  shipTo: {
    name: "Peter Edwards",
    regionId: "70144640",
    expedite: true,
    address: [
      { id: "LINE_1", value: "35 Executive Blvd" },
      { id: "CITY", value: "Orange" },
      { id: "STATE", value: "CT" },
      { id: "POSTAL_CODE", value: "06477" },
    ],
  },
};

interface Setup {
  sim: RunningSimulator;
  client: ApiClient;
  time: VirtualTime;
  limiter: Limiter;
  logger: MemoryLogger;
}

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function setup(options: SimulatorOptions = {}, frozenClientClock = false): Promise<Setup> {
  const time = createVirtualTime();
  sim = await startSimulator({ services: 300, ...options, clock: time.date });
  const limiter = createLimiter({
    concurrency: 4,
    ratePerSec: 50,
    now: time.nowMs,
    sleep: (ms) => (time.advance(ms), Promise.resolve()),
  });
  const logger = createMemoryLogger();
  const { tenant, clientId, clientSecret, username, password } = sim.credentials;
  const client = createApiClient({
    baseUrl: sim.baseUrl,
    tokenUrl: sim.tokenUrl,
    tenant,
    clientId,
    clientSecret,
    username,
    password,
    runId: "run-sim",
    limiter,
    logger,
    sleep: time.sleep,
    random: () => 0.5,
    now: frozenClientClock ? () => Date.parse("2026-03-01T12:00:00Z") : time.nowMs,
  });
  return { sim, client, time, limiter, logger };
}

const api = (s: RunningSimulator, path: string) =>
  s.requests().filter((r) => r.path.startsWith(`/mobproc/v1${path}`));
// The grant type travels in the form body, which the simulator's request log does not keep: read our own log.
const grants = (logger: MemoryLogger) =>
  logger.lines.filter((line) => line.message === "access token obtained").map((line) => line.fields.grant);

describe("tokens", () => {
  it("refreshes with the refresh token before the simulator's tokenLifetimeSec runs out", async () => {
    const { sim, client, time, logger } = await setup({ tokenLifetimeSec: 600 });
    await client.listCountries();
    time.advance(530_000); // 70 s left: more than the 60 s margin
    await client.listCountries();
    time.advance(20_000); // 50 s left
    await client.listCountries();
    expect(grants(logger)).toEqual(["password", "refresh_token"]);
    expect(sim.requests().filter((r) => r.path === "/as/token.oauth2")).toHaveLength(2);
    expect(api(sim, "/regions").map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it("recovers from a 401 when the simulator's clock runs ahead of the client's", async () => {
    const { sim, client, time, logger } = await setup({ tokenLifetimeSec: 600 }, true);
    await client.listCountries();
    time.advance(610_000); // the simulator sees an expired token; the client's clock stood still
    await expect(client.listCountries()).resolves.toHaveLength(sim.fixture.countries.length);
    expect(api(sim, "/regions").map((r) => r.status)).toEqual([200, 401, 200]);
    expect(grants(logger)).toEqual(["password", "refresh_token"]);
    expect(sim.requests().filter((r) => r.path === "/as/token.oauth2")).toHaveLength(2);
  });
});

describe("paging", () => {
  it("reads 3,000 services in 30 pages of 100", async () => {
    const { sim, client } = await setup({ services: 3000 });
    const services = await client.listAllServices();
    const acme = sim.fixture.services.filter((s) => s.tenant === "ACME");
    expect(services.map((s) => s.id).sort()).toEqual(acme.map((s) => s.id).sort());
    const pages = api(sim, "/assets/services");
    expect(pages).toHaveLength(Math.ceil(acme.length / 100));
    expect(pages.map((r) => r.query.offset)).toEqual(pages.map((_, i) => String(i * 100)));
    expect(new Set(pages.map((r) => r.query.limit))).toEqual(new Set(["100"]));
  });
});

describe("rate limiting", () => {
  it.each(["seconds", "http-date"] as const)(
    "waits out 429s with Retry-After as %s, and every call succeeds",
    async (format) => {
      const { sim, client, limiter, logger } = await setup({
        rateLimit: { capacity: 2, refillPerSec: 1, retryAfterFormat: format },
      });
      const results = await Promise.all(Array.from({ length: 8 }, () => client.getCountry("70144640")));
      expect(results.map((country) => country.id)).toEqual(Array(8).fill("70144640"));
      const calls = api(sim, "/regions/70144640");
      const limited = calls.filter((r) => r.status === 429).length;
      expect(limited).toBeGreaterThan(0);
      expect(calls).toHaveLength(8 + limited);
      expect(limiter.stats().rateLimited).toBe(limited);
      const logged429 = logger.lines.filter((line) => line.fields.status === 429);
      expect(logged429).toHaveLength(limited);
    },
  );
});

describe("faults", () => {
  it("retries 503/500 bursts on lookups and still reads everything", async () => {
    const { sim, client, time } = await setup({ faults: { serverErrorRate: 0.3, faultSeed: 7 } });
    const services = await client.listAllServices();
    expect(services).toHaveLength(sim.fixture.services.filter((s) => s.tenant === "ACME").length);
    const faulted = sim.requests().filter((r) => r.fault === "server-error");
    expect(faulted.length).toBeGreaterThan(0);
    expect(time.waits).toHaveLength(faulted.length);
    expect(api(sim, "/assets/services")).toHaveLength(
      3 + faulted.filter((r) => r.path.includes("/assets/services")).length,
    );
  });

  it("calls a commit-then-fail submit in doubt after exactly one POST, and the order exists", async () => {
    const { sim, client, time } = await setup({ faults: { commitThenFailRate: 1, faultSeed: 3 } });
    const since = time.date();
    const result = await client.submitOrder(EXAMPLE_REQUEST);
    expect(result.kind).toBe("in-doubt");
    const posts = api(sim, "/orders").filter((r) => r.method === "POST");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.fault).toBe("commit-then-fail");
    const orders = await client.listOrders({ updatedSince: new Date(since.getTime() - 300_000) });
    expect(orders.filter((o) => o.externalOrderNumber === "MM11234")).toHaveLength(1);
  });
});

describe("orders", () => {
  it("confirms, submits and reads back the example order", async () => {
    const { client } = await setup();
    const confirmed = await client.confirmOrder(EXAMPLE_REQUEST, { employee: "peter.edwards.acme" });
    expect(confirmed.kind).toBe("ok");
    const submitted = await client.submitOrder(EXAMPLE_REQUEST, { employee: "peter.edwards.acme" });
    if (submitted.kind !== "ok") throw new Error(`expected ok, got ${JSON.stringify(submitted)}`);
    expect(submitted.order.status).toBe("ORDER_SUBMITTED");
    const again = await client.getOrder(submitted.order.orderId);
    expect(again).toMatchObject({
      kind: "ok",
      value: { orderId: submitted.order.orderId, externalOrderNumber: "MM11234" },
    });
    const rejected = await client.confirmOrder(EXAMPLE_REQUEST);
    expect(rejected).toMatchObject({
      kind: "rejected",
      status: 400,
      items: [{ errorCode: "400-Port-In-Progress-error", field: "orderRequest.serviceId" }],
    });
  });
});
