import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OTHER_TENANT_CREDENTIALS } from "../../../src/simulator/seed/seed-users.js";
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

interface ServicesPage {
  services: { _meta: Record<string, unknown>; items: { id: string; serviceNumber: string }[] };
}
const page = async (query: string, headers: Record<string, string> = {}) => {
  const answer = await call(sim, token, "GET", `/assets/services${query}`, { headers });
  return { status: answer.status, ...(answer.body as ServicesPage).services };
};
const ids = async (query: string, headers: Record<string, string> = {}) =>
  (await page(query, headers)).items.map((s) => s.id);
const flat = (status: number, errorCode: string, message: string) => ({
  status,
  body: { errorCode, id: expect.stringMatching(/^[a-z0-9]{5,12}$/) as unknown, message, status },
});

describe("the example data set (examples/)", () => {
  it("GET /assets/services/34415733 equals examples/service.json", async () => {
    const answer = await call(sim, token, "GET", "/assets/services/34415733");
    expect([answer.status, answer.body]).toEqual([200, exampleFor("service.json", sim.baseUrl)]);
  });

  it("GET /assets/services?limit=3&offset=0 has examples/services-page.json's items and links", async () => {
    const example = (exampleFor("services-page.json", sim.baseUrl) as ServicesPage).services;
    const answer = await page("?limit=3&offset=0");
    expect(answer.items).toEqual(example.items);
    expect(answer._meta).toEqual({
      ...example._meta,
      totalCount: 3000,
      hrefEnd: `${sim.baseUrl}/assets/services?limit=3&offset=2997`,
    });
  });
});

describe("GET /assets/services (§8.6)", () => {
  it("pages through every ACME line exactly once with limit=100", async () => {
    const seen = new Set<string>();
    for (let offset = 0; ; offset += 100) {
      const { items, _meta } = await page(`?limit=100&offset=${offset}`);
      for (const item of items) seen.add(item.id);
      if (offset + 100 >= (_meta.totalCount as number)) break;
    }
    expect(seen.size).toBe(3000);
  });

  it("ignores a serviceNumber parameter: the page is unfiltered (§12)", async () => {
    expect(await ids("?serviceNumber=2035550143&limit=2")).toEqual(["34415733", "34415734"]);
  });

  it.each([
    ["?employee=28673790", ["34415734", "34415735"]],
    ["?companyEmployeeId=maria.lopez.acme", ["34415734", "34415735"]],
    ["?companyEmployeeId=peter.edwards.acme&employee=28673732", ["34415733"]],
    ["?employee=", ["34415733", "34415734", "34415735"]],
  ])("filters %s", async (query, expected) => {
    expect(await ids(`${query}${query.includes("?") ? "&" : "?"}limit=3`)).toEqual(expected);
  });

  it.each([
    ["2016-04-01T09:12:44Z", true],
    ["2016-04-01T09:12:44.000+00:00", true],
    ["2016-04-01T04:12:44-05:00", true],
    ["2016-04-01", true],
    ["2016-04-01T09:12:45Z", false],
  ])(
    "keeps lines updated at or after dateTimeUpdated=%s (F8): example line included = %s",
    async (since, included) => {
      const query = `?dateTimeUpdated=${encodeURIComponent(since)}&limit=100`;
      const cutoff = Date.parse(since.length === 10 ? `${since}T00:00:00Z` : since);
      const expected = sim.fixture.services.filter(
        (s) => s.tenant === "ACME" && Date.parse(s.updated) >= cutoff,
      ).length;
      const answer = await page(query);
      expect(answer._meta.totalCount).toBe(expected);
      expect(answer.items.some((s) => s.id === "34415733")).toBe(included);
    },
  );

  it("reads a '+' offset that the query string decoded to a space", async () => {
    expect((await page("?dateTimeUpdated=2016-04-01T09:12:44+00:00")).status).toBe(200);
  });

  it.each([
    ["?employee=99999999", "400-Employee-Id-error", "Employee 99999999 does not exist."],
    ["?employee=39100001", "400-Employee-Id-error", "Employee 39100001 does not exist."],
    [
      "?companyEmployeeId=nobody.acme",
      "400-Company-Employee-Id-error",
      "Company employee nobody.acme does not exist.",
    ],
    [
      "?dateTimeUpdated=yesterday",
      "400-Date-Time-Updated-error",
      "dateTimeUpdated 'yesterday' is not an ISO-8601 date-time.",
    ],
  ])("answers %s with 400 (F15)", async (query, code, message) => {
    expect(await call(sim, token, "GET", `/assets/services${query}`)).toEqual(
      expect.objectContaining(flat(400, code, message)),
    );
  });

  it("shows only the actor's lines with a context header (F22)", async () => {
    const answer = await page("", { "x-tngo-context-companyemployeeid": "maria.lopez.acme" });
    expect([answer._meta.totalCount, answer.items.map((s) => s.id)]).toEqual([2, ["34415734", "34415735"]]);
  });

  it("shows another tenant only its own lines", async () => {
    const globex = await getToken(sim, OTHER_TENANT_CREDENTIALS);
    const answer = await call(sim, globex, "GET", "/assets/services?limit=100", {
      credentials: OTHER_TENANT_CREDENTIALS,
    });
    const { items } = (answer.body as ServicesPage).services;
    const expected = sim.fixture.services.filter((s) => s.tenant === "GLOBEX").map((s) => s.id);
    expect(items.map((s) => s.id)).toEqual(expected);
  });
});

describe("GET /assets/services/{id} (§8.7)", () => {
  it("shows the device's detailed access method (CDMA_PCS, examples/services-page.json)", async () => {
    const answer = await call(sim, token, "GET", "/assets/services/34415735");
    expect(answer.body).toMatchObject({ device: { accessMethod: "CDMA_PCS" }, serviceNumber: "2035550143" });
  });

  it.each([
    ["an unknown id", "1", {}],
    ["another tenant's line", () => sim.fixture.services.find((s) => s.tenant === "GLOBEX")?.id ?? "", {}],
    [
      "a line outside the actor's scope",
      "34415733",
      { "x-tngo-context-companyemployeeid": "maria.lopez.acme" },
    ],
  ])("answers %s with 404-Service-Not-Found-error", async (_label, id, headers) => {
    const serviceId = typeof id === "function" ? id() : id;
    expect(await call(sim, token, "GET", `/assets/services/${serviceId}`, { headers })).toEqual(
      expect.objectContaining(
        flat(404, "404-Service-Not-Found-error", `Service ${serviceId} was not found.`),
      ),
    );
  });

  it("serves the actor's own line", async () => {
    const answer = await call(sim, token, "GET", "/assets/services/34415733", {
      headers: { "x-tngo-context-employeeid": "28673732" },
    });
    expect(answer.status).toBe(200);
  });
});
