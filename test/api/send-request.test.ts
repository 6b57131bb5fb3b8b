// Retries, waits and timeouts at the HTTP boundary (CONTRACT.md §5, §6, F17, F19), against a scripted server.
import { describe, expect, it } from "vitest";
import type { OrderRequest } from "../../src/api/wire-types.js";
import { ApiError } from "../../src/errors.js";
import { createTestClient, SECRETS } from "./helpers/test-client.js";
import { inOrder, useScriptedServer, type Reply } from "./helpers/scripted-server.js";

const REGIONS: Reply = { json: { regions: [{ id: "70144640", name: "United States", type: "COUNTRY" }] } };
const ORDER: Reply = {
  json: { order: { orderId: "8711260", status: "ORDER_SUBMITTED" }, status: "SUCCESS" },
};
// The body is opaque to the HTTP layer: a partial request is enough.
const REQUEST = { externalOrderNumber: "BP-1", transactionType: "PORT_NUMBER" } as unknown as OrderRequest;
const HTML_502: Reply = { status: 502, text: "<html><body><h1>502 Bad Gateway</h1></body></html>" };

const startServer = useScriptedServer();
const start = (...replies: Reply[]) => startServer(inOrder(...replies));

describe("waits after a 429", () => {
  it.each<[string, Record<string, string>, number, number[]]>([
    ["Retry-After in seconds, plus jitter", { "Retry-After": "2" }, 2125, [2000]],
    ["`Retry-After: soon` falls back to backoff", { "Retry-After": "soon" }, 500, []],
    [
      "an HTTP-date a year away is capped at 60 s",
      { "Retry-After": new Date(Date.now() + 365 * 86_400_000).toUTCString() },
      60_000,
      [60_000],
    ],
    ["X-Ratelimit-Reset in ms when there is no Retry-After", { "X-Ratelimit-Reset": "1850" }, 1975, [1850]],
    ["a reset above one hour is ignored", { "X-Ratelimit-Reset": "99999999" }, 500, []],
  ])("%s", async (_name, headers, wait, pauses) => {
    const api = await start({ status: 429, headers, json: { error: "Quota has been exceeded" } }, REGIONS);
    const { client, waits, limiter, limiterWaits } = createTestClient(api);
    await expect(client.listCountries()).resolves.toEqual([
      { id: "70144640", name: "United States", type: "COUNTRY" },
    ]);
    expect(waits).toEqual([wait]);
    // The whole limiter pauses for the server's wait (no jitter); without one only this call backs off.
    // (1 ms waits are the limiter's spacing at 1000 calls/s.)
    expect(limiterWaits.filter((ms) => ms > 1)).toEqual(pauses);
    expect(api.api).toHaveLength(2);
    expect(limiter.stats().rateLimited).toBe(1);
  });

  it("does not count 429s against the attempts, but gives up after 50 of them", async () => {
    const api = await start({ status: 429, json: { error: "Quota has been exceeded" } });
    const { client } = createTestClient(api);
    const error = await client.listCountries().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: "UNREACHABLE",
      status: 429,
      retryable: true,
      message: "GET /regions: HTTP 429 (Quota has been exceeded), after 50 rate-limited attempts",
    });
    expect(api.api).toHaveLength(50);
  });

  it("repeats a submit after a 429 (F17): the order is created once", async () => {
    const api = await start(
      { status: 429, headers: { "Retry-After": "1" }, json: { error: "Quota has been exceeded" } },
      ORDER,
    );
    const { client } = createTestClient(api);
    await expect(client.submitOrder(REQUEST)).resolves.toEqual({
      kind: "ok",
      order: { orderId: "8711260", status: "ORDER_SUBMITTED" },
    });
    expect(api.api.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /orders", "POST /orders"]);
  });

  it("pauses the limiter after a success that shows no quota left (§6)", async () => {
    const api = await start({
      ...REGIONS,
      headers: { "X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": "700" },
    });
    const pauses: number[] = [];
    const limiter = {
      schedule: <T>(fn: () => Promise<T>) => fn(),
      pauseFor: (ms: number) => void pauses.push(ms),
      onRateLimited: () => undefined,
      onSuccess: () => undefined,
    };
    const { client } = createTestClient(api, { limiter });
    await client.listCountries();
    expect(pauses).toEqual([700]);
  });
});

describe("transient failures", () => {
  it("retries 5xx on a lookup with backoff 1 s × 2ⁿ (full jitter), then ends the run", async () => {
    const api = await start(HTML_502);
    const { client, waits, logger } = createTestClient(api);
    await expect(client.listCountries()).rejects.toMatchObject({
      code: "UNREACHABLE",
      status: 502,
      message: "GET /regions: HTTP 502 (a body that is not JSON), after 5 attempts",
    });
    expect(api.api).toHaveLength(5);
    expect(waits).toEqual([500, 1000, 2000, 4000]);
    const warned = logger.lines.filter((line) => line.level === "warn");
    expect(warned).toHaveLength(5);
    expect(warned[0]?.fields).toMatchObject({
      status: 502,
      body: "<html><body><h1>502 Bad Gateway</h1></body></html>",
    });
  });

  it.each<[string, Reply]>([
    ["a 503", { status: 503, json: { error: "Service Unavailable" } }],
    ["an unreadable 200", { text: "<html>maintenance</html>" }],
    ["a 200 of the wrong shape", { json: { regions: "none" } }],
    ["a dropped connection", { drop: true }],
    ["a body slower than the timeout", { ...REGIONS, bodyDelayMs: 400 }],
    ["headers slower than the timeout", { ...REGIONS, delayMs: 400 }],
  ])("retries %s on a lookup", async (_name, failure) => {
    const api = await start(failure, REGIONS);
    const { client, waits } = createTestClient(api, { timeoutMs: 150 });
    await expect(client.listCountries()).resolves.toHaveLength(1);
    expect(api.api).toHaveLength(2);
    expect(waits).toEqual([500]);
  });

  it.each<[string, Reply, string]>([
    [
      "a 500",
      { status: 500, json: { status: 500, errorCode: "500-Internal-error", id: "x1", message: "boom" } },
      "POST /orders: HTTP 500 (500-Internal-error: boom); the order may have been created",
    ],
    [
      "an HTML 504",
      { status: 504, text: "<html>Gateway Timeout</html>" },
      "POST /orders: HTTP 504 (a body that is not JSON); the order may have been created",
    ],
    [
      "an unreadable 200",
      { text: "<html>ok?</html>" },
      "POST /orders: HTTP 200 with a body that is not JSON; the order may have been created",
    ],
    [
      "a 200 without an order",
      { json: { status: "SUCCESS" } },
      "POST /orders: HTTP 200 with an unexpected body; the order may have been created",
    ],
    [
      "a slow body",
      { ...ORDER, bodyDelayMs: 400 },
      "POST /orders: timeout after 150 ms; the order may have been created",
    ],
  ])("never repeats a submit after %s: in doubt, exactly one POST", async (_name, failure, message) => {
    const api = await start(failure, ORDER);
    const { client } = createTestClient(api, { timeoutMs: 150 });
    const result = await client.submitOrder(REQUEST);
    expect(result.kind).toBe("in-doubt");
    expect(result).toMatchObject({ message });
    expect(api.api).toHaveLength(1);
  });

  it("calls a dropped submit connection in doubt", async () => {
    const api = await start({ drop: true }, ORDER);
    const { client } = createTestClient(api);
    const result = await client.submitOrder(REQUEST);
    expect(result).toMatchObject({ kind: "in-doubt" });
    expect(api.api).toHaveLength(1);
  });

  it("repeats a submit whose connection was refused (never sent), then fails it plainly", async () => {
    const api = await start(REGIONS);
    const baseUrl = api.baseUrl;
    await api.close();
    const { client, waits } = createTestClient(
      { baseUrl, tokenUrl: "http://unused.invalid/" },
      { accessToken: "tok" },
    );
    const result = await client.submitOrder(REQUEST);
    expect(result).toEqual({ kind: "failed", message: "POST /orders: ECONNREFUSED, after 5 attempts" });
    expect(waits).toEqual([500, 1000, 2000, 4000]);
  });
});

describe("logging", () => {
  it("logs one debug line per attempt, and never a secret, a token or a body", async () => {
    const api = await start({ status: 503, json: { error: "busy" } }, ORDER);
    const { client, logger } = createTestClient(api);
    await client.submitOrder({
      ...REQUEST,
      properties: [
        { groupId: "MISCELLANEOUS", fields: [{ id: "PIN_PASSWORD", type: "TEXT", text: "4321" }] },
      ],
    });
    const attempts = logger.lines.filter((line) => line.message === "mobproc call");
    expect(
      attempts.map((line) => [line.fields.method, line.fields.path, line.fields.status, line.fields.attempt]),
    ).toEqual([
      ["POST", "/as/token.oauth2", 200, 1],
      ["POST", "/orders", 503, 1],
    ]);
    for (const line of attempts) {
      expect(line.fields.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof line.fields.ms).toBe("number");
    }
    const everything = JSON.stringify(logger.lines);
    for (const secret of [SECRETS.clientSecret, SECRETS.password, "tok-1", "ref-1", "4321", "Bearer"]) {
      expect(everything).not.toContain(secret);
    }
  });
});
