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

const flat = (status: number, errorCode: string, message: string) => ({
  status,
  body: { errorCode, id: expect.stringMatching(/^[a-z0-9]{5,12}$/) as unknown, message, status },
});

describe("the example data set (examples/)", () => {
  it("GET /regions equals examples/regions.json", async () => {
    expect(await call(sim, token, "GET", "/regions")).toMatchObject({ status: 200 });
    expect((await call(sim, token, "GET", "/regions")).body).toEqual(exampleFor("regions.json", sim.baseUrl));
  });

  it("GET /regions/70144640 equals examples/region-us.json", async () => {
    expect((await call(sim, token, "GET", "/regions/70144640")).body).toEqual(
      exampleFor("region-us.json", sim.baseUrl),
    );
  });

  it("GET /vendors lists examples/vendors.json's three carriers first, each with its access method", async () => {
    const answer = await call(sim, token, "GET", "/vendors");
    const example = exampleFor("vendors.json", sim.baseUrl) as { vendors: { items: object[] } };
    const { vendors } = answer.body as { vendors: { _meta: object; items: object[] } };
    const methods = ["GSM", "CDMA", "GSM"];
    expect(vendors.items.slice(0, 3)).toEqual(
      example.vendors.items.map((v, i) => ({ ...v, accessMethod: methods[i] })),
    );
    expect(vendors._meta).toEqual({
      href: `${sim.baseUrl}/vendors?limit=10&offset=0`,
      limit: 10,
      offset: 0,
      totalCount: 6,
    });
  });
});

describe("GET /regions?parentRegion= (§8.3)", () => {
  it("lists the US states with clean hrefs (F21)", async () => {
    const answer = await call(sim, token, "GET", "/regions?parentRegion=70144640");
    const regions = (answer.body as { regions: object[] }).regions;
    expect(regions).toHaveLength(51);
    expect(regions[0]).toEqual({
      _meta: { href: `${sim.baseUrl}/regions/158385987`, hrefParent: `${sim.baseUrl}/regions/70144640` },
      abbreviation: "AL",
      id: "158385987",
      name: "Alabama",
      parentId: "70144640",
      type: "STATE_PROVINCE",
    });
  });

  it("lists Canada's 13 provinces and territories", async () => {
    const answer = await call(sim, token, "GET", "/regions?parentRegion=70144641&type=ALL");
    expect((answer.body as { regions: object[] }).regions).toHaveLength(13);
  });

  it("lists nothing under a state, and answers an unknown parent with 400 (F15)", async () => {
    expect(await call(sim, token, "GET", "/regions?parentRegion=158385987")).toMatchObject({
      status: 200,
      body: { regions: [] },
    });
    expect(await call(sim, token, "GET", "/regions?parentRegion=1")).toEqual(
      expect.objectContaining(flat(400, "400-Region-Id-error", "Region 1 does not exist.")),
    );
  });
});

describe("GET /regions/{id} (§8.4)", () => {
  it("gives Canada's address format with provinces and a Canadian postal code rule", async () => {
    const answer = await call(sim, token, "GET", "/regions/70144641");
    const body = answer.body as {
      addressFormat: { id: string; regEx?: string; options?: object[] }[];
      currency: object;
    };
    expect(body.currency).toEqual({ code: "CAD", name: "Canadian Dollars", symbol: "$" });
    const byId = Object.fromEntries(body.addressFormat.map((p) => [p.id, p]));
    expect(byId.POSTAL_CODE?.regEx).toBe("[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]");
    expect(byId.STATE?.options).toHaveLength(13);
  });

  it("gives a state its summary", async () => {
    expect(await call(sim, token, "GET", "/regions/158385987")).toMatchObject({
      status: 200,
      body: { name: "Alabama" },
    });
  });

  it("answers an unknown id with 404-Region-Not-Found-error", async () => {
    expect(await call(sim, token, "GET", "/regions/123")).toEqual(
      expect.objectContaining(flat(404, "404-Region-Not-Found-error", "Region 123 was not found.")),
    );
  });
});

describe("GET /vendors (§8.5)", () => {
  it("pages and ignores `type`", async () => {
    const answer = await call(sim, token, "GET", "/vendors?type=CARRIER&limit=2&offset=4");
    const { vendors } = answer.body as { vendors: { _meta: object; items: { id: string }[] } };
    expect(vendors.items.map((v) => v.id)).toEqual(["101", "102"]);
    expect(vendors._meta).toEqual({
      href: `${sim.baseUrl}/vendors?type=CARRIER&limit=2&offset=4`,
      limit: 2,
      offset: 4,
      totalCount: 6,
      hrefStart: `${sim.baseUrl}/vendors?type=CARRIER&limit=2&offset=0`,
      hrefPrevious: `${sim.baseUrl}/vendors?type=CARRIER&limit=2&offset=2`,
    });
  });

  it("answers bad paging with 400-Pagination-error", async () => {
    expect((await call(sim, token, "GET", "/vendors?limit=0")).body).toMatchObject({
      errorCode: "400-Pagination-error",
    });
  });

  it("gives one vendor by id, or 404-Vendor-Not-Found-error", async () => {
    expect(await call(sim, token, "GET", "/vendors/99")).toMatchObject({
      status: 200,
      body: { name: "T-Mobile" },
    });
    expect(await call(sim, token, "GET", "/vendors/5")).toEqual(
      expect.objectContaining(flat(404, "404-Vendor-Not-Found-error", "Vendor 5 was not found.")),
    );
  });
});
