import { describe, expect, it } from "vitest";
import { createFixture } from "../../src/simulator/seed/create-fixture.js";
import { startSimulator } from "../../src/simulator/start-simulator.js";
import type { SimulatorOptions } from "../../src/simulator/start-simulator.js";
import { call, getToken, passwordForm } from "./support/sim-client.js";

describe("startSimulator", () => {
  it("listens on a free port and returns its URLs and the demo credentials", async () => {
    const sim = await startSimulator();
    try {
      expect(sim.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect([sim.baseUrl, sim.tokenUrl]).toEqual([
        `${sim.origin}/mobproc/v1`,
        `${sim.origin}/as/token.oauth2`,
      ]);
      expect(sim.credentials).toEqual({
        tenant: "ACME",
        clientId: "bulkport-sandbox",
        clientSecret: "sandbox-secret",
        username: "bulkport-demo",
        password: "sandbox-password",
      });
      expect(sim.fixture.services.filter((s) => s.tenant === "ACME")).toHaveLength(3000);
      expect(sim.orders.all()).toEqual([]);
    } finally {
      await sim.close();
    }
  });

  it("stops listening on close, and close can be called twice", async () => {
    const sim = await startSimulator({ services: 50 });
    await sim.close();
    await sim.close();
    await expect(fetch(`${sim.baseUrl}/ping`)).rejects.toThrow(TypeError);
  });

  it("builds hrefs from publicBaseUrl when given", async () => {
    const sim = await startSimulator({ services: 50, publicBaseUrl: "https://sandbox.example/mobproc/v1/" });
    try {
      const answer = await call(sim, await getToken(sim), "GET", "/vendors/96");
      expect(answer.body).toMatchObject({ _meta: { href: "https://sandbox.example/mobproc/v1/vendors/96" } });
    } finally {
      await sim.close();
    }
  });

  it("serves a given fixture", async () => {
    const fixture = createFixture({ seed: 9, services: 40 });
    const sim = await startSimulator({ fixture });
    try {
      expect(sim.fixture).toBe(fixture);
      const answer = await call(sim, await getToken(sim), "GET", "/assets/services");
      expect(answer.body).toMatchObject({ services: { _meta: { totalCount: 40 } } });
    } finally {
      await sim.close();
    }
  });

  it("records token requests without secrets", async () => {
    const sim = await startSimulator({ services: 50 });
    try {
      const query = new URLSearchParams(passwordForm(sim.credentials)).toString();
      await fetch(`${sim.tokenUrl}?${query}`, { method: "POST" });
      expect(sim.requests()).toEqual([
        {
          seq: 1,
          receivedAt: expect.any(String) as unknown,
          method: "POST",
          path: "/as/token.oauth2",
          query: { grant_type: "password", client_id: "bulkport-sandbox", scope: "MOBPROC" },
          status: 200,
        },
      ]);
    } finally {
      await sim.close();
    }
  });

  it.each<[SimulatorOptions, string]>([
    [{ port: -1 }, "Expected `port` to be an integer from 0 to 65535, got -1"],
    [{ port: 70000 }, "Expected `port` to be an integer from 0 to 65535, got 70000"],
    [{ host: "" }, 'Expected `host` to be a non-empty string, got ""'],
    [{ seed: 2 ** 32 }, "Expected `seed` to be an integer from 0 to 4294967295, got 4294967296"],
    [{ services: 3 }, "Expected `services` to be an integer from 16 to 1000000, got 3"],
    [
      { fixture: createFixture({ services: 20 }), seed: 2 },
      "Expected either `fixture` or `seed`/`services`, not both",
    ],
    [{ latencyMs: -5 }, "Expected `latencyMs` to be a finite number >= 0, got -5"],
    [
      { rateLimit: { capacity: 0, refillPerSec: 1 } },
      "Expected `rateLimit.capacity` to be an integer from 1 to 1000000, got 0",
    ],
    [
      { rateLimit: { capacity: 5, refillPerSec: 0 } },
      "Expected `rateLimit.refillPerSec` to be a finite number > 0, got 0",
    ],
    [
      { rateLimit: { capacity: 5, refillPerSec: 1, retryAfterFormat: "ms" as "seconds" } },
      'Expected `rateLimit.retryAfterFormat` to be "seconds" or "http-date", got "ms"',
    ],
    [
      { rateLimit: true as unknown as false },
      "Expected `rateLimit` to be false or {capacity, refillPerSec, retryAfterFormat?}, got true",
    ],
    [{ faults: { dropRate: 1.5 } }, "Expected `faults.dropRate` to be a number from 0 to 1, got 1.5"],
    [
      { faults: { serverErrorRate: Number.NaN } },
      "Expected `faults.serverErrorRate` to be a number from 0 to 1, got NaN",
    ],
    [
      { faults: { commitThenFail: 1 } as object },
      "Unknown option `faults.commitThenFail`; expected one of serverErrorRate, dropRate, commitThenFailRate, faultSeed",
    ],
    [{ tokenLifetimeSec: 0 }, "Expected `tokenLifetimeSec` to be an integer from 1 to 31536000, got 0"],
    [
      { refreshLifetimeSec: 1.5 },
      "Expected `refreshLifetimeSec` to be an integer from 1 to 31536000, got 1.5",
    ],
    [
      { lifecycle: "auto" as "manual" },
      'Expected `lifecycle` to be "manual" or {secondsPerStep}, got "auto"',
    ],
    [
      { lifecycle: { secondsPerStep: 0 } },
      "Expected `lifecycle.secondsPerStep` to be a finite number > 0, got 0",
    ],
    [{ orderVisibilityDelayMs: -1 }, "Expected `orderVisibilityDelayMs` to be a finite number >= 0, got -1"],
    [
      { pageAlignedOffset: "yes" as unknown as boolean },
      'Expected `pageAlignedOffset` to be a boolean, got "yes"',
    ],
    [{ requireShipTo: 1 as unknown as boolean }, "Expected `requireShipTo` to be a boolean, got 1"],
    [{ dataFile: " " }, 'Expected `dataFile` to be a non-empty string, got " "'],
    [
      { publicBaseUrl: "sandbox/mobproc" },
      'Expected `publicBaseUrl` to be an absolute http(s) URL, got "sandbox/mobproc"',
    ],
    [
      { clock: "now" as unknown as () => Date },
      'Expected `clock` to be a function returning a Date, got "now"',
    ],
    [
      { latency: 5 } as SimulatorOptions,
      "Unknown option `latency`; expected one of port, host, seed, services, fixture, latencyMs, rateLimit, faults, tokenLifetimeSec, refreshLifetimeSec, lifecycle, orderVisibilityDelayMs, pageAlignedOffset, requireShipTo, dataFile, publicBaseUrl, clock",
    ],
  ])("rejects %j", async (options, message) => {
    await expect(startSimulator(options)).rejects.toThrow(new TypeError(message));
  });

  it("setKnobs checks its input and returns the knobs in force", async () => {
    const sim = await startSimulator({ services: 50, seed: 3 });
    try {
      expect(sim.setKnobs({ latencyMs: 5 })).toEqual({
        latencyMs: 5,
        rateLimit: false,
        faults: { serverErrorRate: 0, dropRate: 0, commitThenFailRate: 0, faultSeed: 3 },
      });
      expect(() => sim.setKnobs({ latencyMs: Number.POSITIVE_INFINITY })).toThrow(
        new TypeError("Expected `latencyMs` to be a finite number >= 0, got Infinity"),
      );
    } finally {
      await sim.close();
    }
  });
});
