import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../../src/simulator/start-simulator.js";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";
import { apiHeaders, call, getToken } from "../support/sim-client.js";

let sim: RunningSimulator;
let token: string;

beforeAll(async () => {
  sim = await startSimulator();
  token = await getToken(sim);
});
afterAll(() => sim.close());

const notFound = { message: "Resource not found" };
const notAllowed = { message: "Method not allowed" };

describe("unknown paths and methods (F13)", () => {
  it.each([
    ["GET", "/assets/service"], // the prose's singular is not served (§14)
    ["GET", "/nothing"],
    ["GET", "/"],
    ["GET", "/regions/70144640/extra"],
    ["POST", "/approvals"],
  ])("%s %s -> 404", async (method, path) => {
    const body = method === "POST" ? {} : undefined;
    expect(await call(sim, token, method, path, { body })).toMatchObject({ status: 404, body: notFound });
  });

  it.each([
    ["POST", "/regions"],
    ["DELETE", "/regions/70144640"],
    ["PUT", "/vendors"],
    ["POST", "/assets/services/34415733"],
    ["PATCH", "/catalog/plans"],
    ["DELETE", "/orders"],
  ])("%s %s -> 405", async (method, path) => {
    const body = method === "DELETE" ? undefined : {};
    expect(await call(sim, token, method, path, { body })).toMatchObject({ status: 405, body: notAllowed });
  });

  it("checks the token before routing: an unknown path without a token is 401", async () => {
    const response = await fetch(`${sim.baseUrl}/nothing`);
    expect([response.status, await response.json()]).toEqual([401, { error: "invalid_token" }]);
  });

  it("answers a path outside the API base with 404 without asking for a token", async () => {
    const response = await fetch(`${sim.origin}/mobproc/v2/regions`);
    expect([response.status, await response.json()]).toEqual([404, notFound]);
  });
});

describe("request bodies (F10)", () => {
  it.each([
    ["text/plain", "{}"],
    ["application/x-www-form-urlencoded", "a=1"],
    ["", "{}"],
  ])("answers a POST sent as %j with 415", async (type, body) => {
    const headers: Record<string, string> = apiHeaders(token, sim.credentials);
    if (type !== "") headers["content-type"] = type;
    const response = await fetch(`${sim.baseUrl}/orders?confirm=true`, { method: "POST", headers, body });
    expect([response.status, await response.json()]).toEqual([415, { message: "Unsupported media type" }]);
  });

  it("accepts application/json with a charset", async () => {
    const answer = await call(sim, token, "POST", "/orders?confirm=true", {
      headers: { "content-type": "application/json; charset=utf-8" },
      body: "{}",
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errorCode: "400-Malformed-Body-error" });
  });

  it("answers a body over 1 MB with 413", async () => {
    const answer = await call(sim, token, "POST", "/orders?confirm=true", {
      body: `"${"x".repeat(1024 * 1024)}"`,
    });
    expect([answer.status, answer.body]).toEqual([413, { message: "Request entity too large" }]);
  });
});

describe("GET /ping (§8.16, F29)", () => {
  it.each([
    ["?echoText=hello%20world", "hello world"],
    ["", ""],
  ])("echoes %j", async (query, echoText) => {
    expect(await call(sim, token, "GET", `/ping${query}`)).toMatchObject({ status: 200, body: { echoText } });
  });
});
