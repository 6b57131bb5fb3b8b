import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OTHER_TENANT_CREDENTIALS, RESTRICTED_CREDENTIALS } from "../../../src/simulator/seed/seed-users.js";
import { startSimulator } from "../../../src/simulator/start-simulator.js";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";
import { getToken } from "../support/sim-client.js";

let sim: RunningSimulator;
let token: string;
let restrictedToken: string;
let globexToken: string;
const OTHER_ACME_EMPLOYEE = "28680002"; // a generated ACME employee the restricted user may not act for

beforeAll(async () => {
  sim = await startSimulator();
  token = await getToken(sim);
  restrictedToken = await getToken(sim, RESTRICTED_CREDENTIALS);
  globexToken = await getToken(sim, OTHER_TENANT_CREDENTIALS);
});
afterAll(() => sim.close());

async function get(path: string, headers: Record<string, string>) {
  const response = await fetch(`${sim.baseUrl}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const demoHeaders = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${token}`,
  client_id: "bulkport-sandbox",
  "x-tngo-tenant": "ACME",
  ...extra,
});
const flat = (status: number, errorCode: string, message: string) => ({
  status,
  body: { errorCode, id: expect.stringMatching(/^[a-z0-9]{5,12}$/) as unknown, message, status },
});
const invalidToken = { status: 401, body: { error: "invalid_token" } };

describe("§4 check 1: token and client_id -> 401 invalid_token", () => {
  it.each([
    ["no Authorization", { authorization: "" }],
    ["a non-Bearer scheme", { authorization: `Basic ${"x".repeat(10)}` }],
    ["an unknown token", { authorization: "Bearer sim-not-issued" }],
    ["no client_id", { client_id: "" }],
    ["a blank client_id", { client_id: "   " }],
    ["another client's id", { client_id: "acme-helpdesk" }],
  ])("with %s", async (_label, change) => {
    expect(await get("/regions", demoHeaders(change))).toEqual(invalidToken);
  });

  it("comes before the tenant check", async () => {
    expect(await get("/regions", demoHeaders({ authorization: "", "x-tngo-tenant": "" }))).toEqual(
      invalidToken,
    );
  });

  it("accepts a lower-case bearer scheme", async () => {
    expect((await get("/regions", demoHeaders({ authorization: `bearer ${token}` }))).status).toBe(200);
  });
});

describe("§4 checks 2 and 3: the tenant header", () => {
  it.each([[""], ["   "]])("answers %j with 400-Tenant-Header-error (blank = absent)", async (tenant) => {
    expect(await get("/regions", demoHeaders({ "x-tngo-tenant": tenant }))).toEqual(
      flat(400, "400-Tenant-Header-error", "The X-TNGO-TENANT header is required."),
    );
  });

  it.each([["GLOBEX"], ["NOPE"], ["acme"]])(
    "answers tenant %j with 403-Tenant-Forbidden-error",
    async (tenant) => {
      expect(await get("/regions", demoHeaders({ "x-tngo-tenant": tenant }))).toEqual(
        flat(403, "403-Tenant-Forbidden-error", `The access token is not valid for tenant '${tenant}'.`),
      );
    },
  );

  it("serves another tenant's user its own lines only", async () => {
    const answer = await get("/assets/services?limit=100", {
      authorization: `Bearer ${globexToken}`,
      client_id: OTHER_TENANT_CREDENTIALS.clientId,
      "x-tngo-tenant": "GLOBEX",
    });
    const services = answer.body.services as { _meta: { totalCount: number } };
    expect([answer.status, services._meta.totalCount]).toEqual([200, 5]);
  });
});

describe("§4 check 4: context headers (D13)", () => {
  const forbidden = (value: string, header: string) =>
    flat(
      403,
      "403-Context-Forbidden-error",
      `The authenticated user may not act for employee '${value}' (${header}).`,
    );
  const totalFor = async (headers: Record<string, string>) => {
    const answer = await get("/assets/services", headers);
    return [answer.status, (answer.body.services as { _meta: { totalCount: number } })._meta.totalCount];
  };

  it.each([
    ["x-tngo-context-employeeid", "99999999", "X-TNGO-CONTEXT-EMPLOYEEID"],
    ["x-tngo-context-companyemployeeid", "nobody.acme", "X-TNGO-CONTEXT-COMPANYEMPLOYEEID"],
    ["x-tngo-context-employeeid", "39100001", "X-TNGO-CONTEXT-EMPLOYEEID"],
  ])("answers unknown or other-tenant %s %s with 403", async (header, value, name) => {
    expect(await get("/regions", demoHeaders({ [header]: value }))).toEqual(forbidden(value, name));
  });

  it("scopes the call to the actor named by either header", async () => {
    expect(await totalFor(demoHeaders({ "x-tngo-context-employeeid": "28673732" }))).toEqual([200, 1]);
    expect(await totalFor(demoHeaders({ "x-tngo-context-companyemployeeid": "maria.lopez.acme" }))).toEqual([
      200, 2,
    ]);
  });

  it("lets EMPLOYEEID take precedence over COMPANYEMPLOYEEID", async () => {
    const both = {
      "x-tngo-context-employeeid": "28673732",
      "x-tngo-context-companyemployeeid": "nobody.acme",
    };
    expect(await totalFor(demoHeaders(both))).toEqual([200, 1]);
    const badFirst = {
      "x-tngo-context-employeeid": "99999999",
      "x-tngo-context-companyemployeeid": "peter.edwards.acme",
    };
    expect(await get("/regions", demoHeaders(badFirst))).toEqual(
      forbidden("99999999", "X-TNGO-CONTEXT-EMPLOYEEID"),
    );
  });

  it("treats a blank EMPLOYEEID as absent", async () => {
    const headers = {
      "x-tngo-context-employeeid": "  ",
      "x-tngo-context-companyemployeeid": "peter.edwards.acme",
    };
    expect(await totalFor(demoHeaders(headers))).toEqual([200, 1]);
  });

  it("lets a restricted user act for its list and itself, and for no one else", async () => {
    const restricted = (employeeId: string) => ({
      authorization: `Bearer ${restrictedToken}`,
      client_id: RESTRICTED_CREDENTIALS.clientId,
      "x-tngo-tenant": "ACME",
      "x-tngo-context-employeeid": employeeId,
    });
    expect((await get("/regions", restricted("28673732"))).status).toBe(200);
    expect((await get("/regions", restricted("28680001"))).status).toBe(200); // its own record
    expect(await get("/regions", restricted(OTHER_ACME_EMPLOYEE))).toEqual(
      forbidden(OTHER_ACME_EMPLOYEE, "X-TNGO-CONTEXT-EMPLOYEEID"),
    );
  });
});

describe("what the simulator records (§4: logs ACTIVITYID and CORRELATIONID, never tokens)", () => {
  it("keeps tenant, client, context, activity and correlation ids, and no Authorization", async () => {
    await get(
      "/ping?echoText=hi",
      demoHeaders({
        "x-tngo-context-companyemployeeid": "peter.edwards.acme",
        "x-tngo-context-hierarchyid": "H1",
        "x-tngo-context-activityid": "run-2016-04-26-0001",
        "x-tngo-context-correlationid": "7d1f0a54-3c2e-4a8e-9a57-2f1c3c1e9b10",
      }),
    );
    const entry = sim.requests().at(-1);
    expect(entry).toEqual({
      seq: expect.any(Number) as unknown,
      receivedAt: expect.any(String) as unknown,
      method: "GET",
      path: "/mobproc/v1/ping",
      query: { echoText: "hi" },
      status: 200,
      tenant: "ACME",
      clientId: "bulkport-sandbox",
      contextCompanyEmployeeId: "peter.edwards.acme",
      contextHierarchyId: "H1",
      activityId: "run-2016-04-26-0001",
      correlationId: "7d1f0a54-3c2e-4a8e-9a57-2f1c3c1e9b10",
    });
    expect(JSON.stringify(sim.requests())).not.toContain(token);
  });
});
