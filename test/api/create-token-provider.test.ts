// Tokens (CONTRACT.md §3, §5 401 rule, F2, F3, F17), through the client against a scripted token endpoint.
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/errors.js";
import { createTestClient, SECRETS } from "./helpers/test-client.js";
import {
  grantTokens,
  inOrder,
  useScriptedServer,
  type Reply,
  type Script,
  type ScriptedServer,
} from "./helpers/scripted-server.js";

const REGIONS: Reply = { json: { regions: [] } };
const UNAUTHORIZED: Reply = { status: 401, json: { error: "invalid_token" } };
const ORDER: Reply = {
  json: { order: { orderId: "8711260", status: "ORDER_SUBMITTED" }, status: "SUCCESS" },
};

const start = useScriptedServer();
const form = (body: string) => Object.fromEntries(new URLSearchParams(body));
const bearer = (s: ScriptedServer) => s.api.map((request) => request.headers.authorization);

describe("password grant", () => {
  it("posts a form-encoded password grant once, shared by concurrent calls", async () => {
    const api = await start(inOrder(REGIONS));
    const { client } = createTestClient(api);
    await Promise.all([client.listCountries(), client.listCountries(), client.listCountries()]);
    expect(api.token).toHaveLength(1);
    expect(api.token[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(form(api.token[0]?.body ?? "")).toEqual({
      grant_type: "password",
      username: "command://svc",
      password: SECRETS.password,
      client_id: "client-1",
      client_secret: SECRETS.clientSecret,
      scope: "MOBPROC",
    });
    expect(bearer(api)).toEqual(["Bearer tok-1", "Bearer tok-1", "Bearer tok-1"]);
  });

  it.each<[string, Reply, Partial<ApiError>]>([
    [
      "a bad password",
      {
        status: 400,
        json: { error: "invalid_grant", error_description: "The username or password is not valid." },
      },
      {
        code: "AUTH",
        status: 400,
        errorCode: "invalid_grant",
        message:
          "The token endpoint refused the password grant: HTTP 400 (invalid_grant: The username or password is not valid.)",
      },
    ],
    [
      "a bad client",
      { status: 401, json: { error: "invalid_client" } },
      {
        code: "AUTH",
        status: 401,
        errorCode: "invalid_client",
        message: "The token endpoint refused the password grant: HTTP 401 (invalid_client)",
      },
    ],
    [
      "a wrong token URL",
      { status: 404, json: { message: "Resource not found" } },
      {
        code: "UNREACHABLE",
        status: 404,
        message: "The token endpoint failed the password grant: HTTP 404 (Resource not found)",
      },
    ],
    [
      "a token endpoint that stays down",
      { status: 503, text: "" },
      {
        code: "UNREACHABLE",
        status: 503,
        retryable: true,
        message:
          "The token endpoint could not be reached: POST /as/token.oauth2: HTTP 503 (an empty body), after 5 attempts",
      },
    ],
  ])("ends the run on %s, without leaking a secret", async (_name, reply, expected) => {
    const api = await start(inOrder(REGIONS), inOrder(reply));
    const { client } = createTestClient(api);
    const error = await client.listCountries().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject(expected);
    expect(api.api).toHaveLength(0);
    expect(String((error as Error).message)).not.toContain(SECRETS.clientSecret);
  });
});

describe("refresh", () => {
  it.each([
    { expiresIn: 3600, quiet: 3239, refresh: 3241 }, // 10 % of 3600 s = 360 s
    { expiresIn: 300, quiet: 239, refresh: 241 }, // 10 % would be 30 s: the 60 s floor applies
  ])(
    "refreshes proactively with the refresh token when less than max(60 s, 10 %) of $expiresIn s remains",
    async ({ expiresIn, quiet, refresh }) => {
      let now = Date.parse("2026-03-01T12:00:00Z");
      const t0 = now;
      const api = await start(inOrder(REGIONS), grantTokens(expiresIn));
      const { client } = createTestClient(api, { now: () => now });
      await client.listCountries();
      now = t0 + quiet * 1000;
      await client.listCountries();
      now = t0 + refresh * 1000;
      await client.listCountries();
      expect(api.token.map((r) => form(r.body).grant_type)).toEqual(["password", "refresh_token"]);
      expect(form(api.token[1]?.body ?? "")).toMatchObject({
        refresh_token: "ref-1",
        client_id: "client-1",
        scope: "MOBPROC",
      });
      expect(bearer(api)).toEqual(["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]);
    },
  );

  it("refreshes once after a 401 and repeats the call once", async () => {
    const api = await start(inOrder(UNAUTHORIZED, REGIONS));
    const { client } = createTestClient(api);
    await expect(client.listCountries()).resolves.toEqual([]);
    expect(bearer(api)).toEqual(["Bearer tok-1", "Bearer tok-2"]);
    expect(api.token.map((r) => form(r.body).grant_type)).toEqual(["password", "refresh_token"]);
  });

  it("repeats a submit after a 401 (F17): the gateway rejected it before the application ran", async () => {
    const api = await start(inOrder(UNAUTHORIZED, ORDER));
    const { client } = createTestClient(api);
    await expect(client.submitOrder({} as never)).resolves.toMatchObject({ kind: "ok" });
    expect(api.api.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /orders", "POST /orders"]);
  });

  it("ends the run on a second 401", async () => {
    const api = await start(inOrder(UNAUTHORIZED));
    const { client } = createTestClient(api);
    await expect(client.listCountries()).rejects.toMatchObject({
      code: "AUTH",
      status: 401,
      errorCode: "invalid_token",
      message: "GET /regions answered HTTP 401 (invalid_token): refused again after a new token",
    });
    expect(api.api).toHaveLength(2);
    expect(api.token).toHaveLength(2);
  });

  it("falls back to the password grant when the refresh token is refused (F2)", async () => {
    const token: Script = (request, index) =>
      form(request.body).grant_type === "refresh_token"
        ? { status: 400, json: { error: "invalid_grant", error_description: "Refresh token already used." } }
        : grantTokens()(request, index);
    const api = await start(inOrder(UNAUTHORIZED, REGIONS), token);
    const { client } = createTestClient(api);
    await expect(client.listCountries()).resolves.toEqual([]);
    expect(api.token.map((r) => form(r.body).grant_type)).toEqual(["password", "refresh_token", "password"]);
    expect(bearer(api)).toEqual(["Bearer tok-1", "Bearer tok-3"]);
  });

  it("shares one refresh among concurrent calls that all got a 401", async () => {
    const api = await start((request) =>
      request.headers.authorization === "Bearer tok-1" ? UNAUTHORIZED : REGIONS,
    );
    const { client } = createTestClient(api);
    await Promise.all([client.listCountries(), client.listCountries(), client.listCountries()]);
    expect(api.token.map((r) => form(r.body).grant_type)).toEqual(["password", "refresh_token"]);
    expect(api.api).toHaveLength(6);
  });
});

describe("bare-token mode", () => {
  it("sends the given token, never calls the token endpoint, and ends the run on the first 401", async () => {
    const api = await start(inOrder(REGIONS, UNAUTHORIZED, REGIONS));
    const { client } = createTestClient(api, { accessToken: "pasted-token" });
    expect(client.tokenMode).toBe("bare");
    await client.listCountries();
    await expect(client.listCountries()).rejects.toMatchObject({
      code: "AUTH",
      status: 401,
      message: "GET /regions answered HTTP 401 (invalid_token): a bare access token cannot be refreshed",
    });
    expect(bearer(api)).toEqual(["Bearer pasted-token", "Bearer pasted-token"]);
    expect(api.token).toHaveLength(0);
  });
});
