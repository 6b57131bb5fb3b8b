import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESTRICTED_CREDENTIALS } from "../../../src/simulator/seed/seed-users.js";
import { startSimulator } from "../../../src/simulator/start-simulator.js";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";
import { call, getToken } from "../support/sim-client.js";

let sim: RunningSimulator;
let token: string;
let nowMs = Date.parse("2016-04-26T14:00:00Z");

beforeAll(async () => {
  sim = await startSimulator({ clock: () => new Date(nowMs) });
  token = await getToken(sim);
});
afterAll(() => sim.close());

const rateHeaders = (headers: Headers) =>
  ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "retry-after"].map((name) =>
    headers.get(name),
  );

describe("rate limit (CONTRACT.md §6, F18, F19)", () => {
  it("is off by default: no X-Ratelimit-* headers", async () => {
    const answer = await call(sim, token, "GET", "/ping");
    expect(rateHeaders(answer.headers)).toEqual([null, null, null, null]);
  });

  it("admits `capacity` calls, then answers 429 with Retry-After in seconds, and refills", async () => {
    sim.setKnobs({ rateLimit: { capacity: 3, refillPerSec: 1 } });
    const seen: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const answer = await call(sim, token, "GET", "/ping");
      seen.push([answer.status, ...rateHeaders(answer.headers)]);
    }
    expect(seen).toEqual([
      [200, "3", "2", "0", null],
      [200, "3", "1", "0", null],
      [200, "3", "0", "1000", null],
      [429, "3", "0", "1000", "1"],
    ]);
    const refused = await call(sim, token, "GET", "/ping");
    expect(refused.body).toEqual({ error: "Quota has been exceeded" });
    nowMs += 1000;
    expect((await call(sim, token, "GET", "/ping")).status).toBe(200);
  });

  it("counts per client_id", async () => {
    sim.setKnobs({ rateLimit: { capacity: 1, refillPerSec: 0.5 } });
    expect((await call(sim, token, "GET", "/ping")).status).toBe(200);
    expect((await call(sim, token, "GET", "/ping")).status).toBe(429);
    const other = await getToken(sim, RESTRICTED_CREDENTIALS);
    expect((await call(sim, other, "GET", "/ping", { credentials: RESTRICTED_CREDENTIALS })).status).toBe(
      200,
    );
  });

  it("states Retry-After as an HTTP-date when asked", async () => {
    sim.setKnobs({ rateLimit: { capacity: 1, refillPerSec: 0.25, retryAfterFormat: "http-date" } });
    await call(sim, token, "GET", "/ping");
    const refused = await call(sim, token, "GET", "/ping");
    expect([refused.status, ...rateHeaders(refused.headers)]).toEqual([
      429,
      "1",
      "0",
      "4000",
      new Date(nowMs + 4000).toUTCString(),
    ]);
  });

  it("puts the headers on every API answer while on, errors included", async () => {
    sim.setKnobs({ rateLimit: { capacity: 5, refillPerSec: 1 } });
    const answer = await call(sim, token, "GET", "/regions/1");
    expect([answer.status, ...rateHeaders(answer.headers)]).toEqual([404, "5", "4", "0", null]);
  });

  it("stops when switched off", async () => {
    sim.setKnobs({ rateLimit: { capacity: 1, refillPerSec: 0.001 } });
    await call(sim, token, "GET", "/ping");
    expect((await call(sim, token, "GET", "/ping")).status).toBe(429);
    sim.setKnobs({ rateLimit: false });
    const answer = await call(sim, token, "GET", "/ping");
    expect([answer.status, ...rateHeaders(answer.headers)]).toEqual([200, null, null, null, null]);
  });
});
