import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../../src/simulator/start-simulator.js";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";
import { exampleFor } from "../support/examples.js";
import { call, getToken } from "../support/sim-client.js";

let sim: RunningSimulator;
let token: string;

beforeAll(async () => {
  sim = await startSimulator();
  token = await getToken(sim);
});
afterAll(() => sim.close());

type Collection = Record<string, { _meta: { totalCount: number }; items: { id: string }[] }>;
const itemIds = async (path: string) => {
  const answer = await call(sim, token, "GET", path);
  const [collection] = Object.values(answer.body as Collection);
  return collection?.items.map((item) => item.id);
};
const flat = (status: number, errorCode: string, message: string) => ({
  status,
  body: { errorCode, id: expect.stringMatching(/^[a-z0-9]{5,12}$/) as unknown, message, status },
});

describe("the example data set (examples/)", () => {
  it("GET /catalog/devices?transactionType=PORT_NUMBER&service=34415733&vendor=98 equals examples/catalog-devices.json", async () => {
    const answer = await call(
      sim,
      token,
      "GET",
      "/catalog/devices?transactionType=PORT_NUMBER&service=34415733&vendor=98",
    );
    expect([answer.status, answer.body]).toEqual([200, exampleFor("catalog-devices.json", sim.baseUrl)]);
  });

  it("GET /catalog/plans?vendor=98 equals examples/plans-page.json", async () => {
    const answer = await call(sim, token, "GET", "/catalog/plans?vendor=98");
    expect([answer.status, answer.body]).toEqual([200, exampleFor("plans-page.json", sim.baseUrl)]);
  });

  it("GET /catalog/plans/6568886494 is the bare plan (§8.9)", async () => {
    const example = exampleFor("plans-page.json", sim.baseUrl) as Collection;
    const answer = await call(sim, token, "GET", "/catalog/plans/6568886494");
    expect([answer.status, answer.body]).toEqual([200, example.plans?.items[0]]);
  });
});

describe("GET /catalog/devices (§8.8)", () => {
  it.each([
    ["?vendor=98", ["9194713909", "9194713915", "9194713921", "9194713927"]],
    ["?vendor=98&service=34415733", ["9194713909", "9194713915"]],
    ["?vendor=99&transactionType=PORT_NUMBER", ["9194714101", "9194714107", "9194714113"]],
    ["?vendor=&limit=3", ["9194713909", "9194713915", "9194713921"]],
  ])("lists %s", async (query, expected) => {
    expect(await itemIds(`/catalog/devices${query}`)).toEqual(expected);
  });

  it("drops a device the fixture excludes for the service", async () => {
    const device = sim.fixture.devices.find((d) => d.vendorId === "99" && d.excludedServiceIds.length > 0);
    const serviceId = device?.excludedServiceIds[0] ?? "";
    expect(await itemIds(`/catalog/devices?vendor=99&service=${serviceId}`)).not.toContain(device?.id);
  });

  it.each([
    ["?vendor=5", "400-Vendor-Id-error", "Vendor 5 does not exist."],
    ["?service=1", "400-Service-Id-error", "Service 1 does not exist."],
    [
      "?transactionType=UPGRADE",
      "400-Transaction-Type-error",
      "Transaction type 'UPGRADE' is not supported; use PORT_NUMBER.",
    ],
  ])("answers %s with 400 (F15)", async (query, code, message) => {
    expect(await call(sim, token, "GET", `/catalog/devices${query}`)).toEqual(
      expect.objectContaining(flat(400, code, message)),
    );
  });

  it("answers another tenant's service as unknown", async () => {
    const globexLine = sim.fixture.services.find((s) => s.tenant === "GLOBEX")?.id ?? "";
    expect((await call(sim, token, "GET", `/catalog/devices?service=${globexLine}`)).status).toBe(400);
  });

  it("gives one device by id, or 404-Device-Not-Found-error", async () => {
    expect(await call(sim, token, "GET", "/catalog/devices/9194713915")).toMatchObject({
      status: 200,
      body: { name: "Samsung Galaxy S5 (16GB) - Black", price: { amount: 99.99 } },
    });
    expect(await call(sim, token, "GET", "/catalog/devices/1")).toEqual(
      expect.objectContaining(flat(404, "404-Device-Not-Found-error", "Device 1 was not found.")),
    );
  });
});

describe("GET /catalog/plans (§8.9)", () => {
  it.each([
    ["?limit=100", 11],
    ["?vendor=96", 2],
    ["?vendor=101", 2],
  ])("lists %s: %i plans", async (query, count) => {
    const answer = await call(sim, token, "GET", `/catalog/plans${query}`);
    expect((answer.body as Collection).plans?._meta.totalCount).toBe(count);
  });

  it("prices Canadian plans in CAD", async () => {
    expect(await call(sim, token, "GET", "/catalog/plans/6568887301")).toMatchObject({
      body: { price: { amount: 65, currencyCode: "CAD", recurrence: "MONTHLY" }, vendor: { id: "101" } },
    });
  });

  it("answers an unknown vendor with 400 and an unknown plan with 404", async () => {
    expect(await call(sim, token, "GET", "/catalog/plans?vendor=5")).toEqual(
      expect.objectContaining(flat(400, "400-Vendor-Id-error", "Vendor 5 does not exist.")),
    );
    expect(await call(sim, token, "GET", "/catalog/plans/1")).toEqual(
      expect.objectContaining(flat(404, "404-Plan-Not-Found-error", "Plan 1 was not found.")),
    );
  });
});
