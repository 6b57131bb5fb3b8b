import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../../src/simulator/start-simulator.js";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";
import { call, passwordForm, postForm } from "../support/sim-client.js";

let sim: RunningSimulator;
let nowMs = Date.parse("2016-04-26T14:00:00Z");
const form = () => passwordForm(sim.credentials);

beforeAll(async () => {
  sim = await startSimulator({
    clock: () => new Date(nowMs),
    tokenLifetimeSec: 3600,
    refreshLifetimeSec: 86_400,
  });
});
afterAll(() => sim.close());

const tokenBody = (answer: { body: unknown }) =>
  answer.body as { access_token: string; refresh_token: string };

describe("POST /as/token.oauth2: password grant (CONTRACT.md §3)", () => {
  it("answers 200 with a bearer token, its lifetime and a refresh token", async () => {
    const answer = await postForm(sim.tokenUrl, form());
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.body).toEqual({
      token_type: "Bearer",
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^sim[\w-]{20,}$/) as unknown,
      access_token: expect.stringMatching(/^sim[\w-]{20,}$/) as unknown,
    });
  });

  it("accepts the parameters in the query string, or split between query and body", async () => {
    const all = new URLSearchParams(form());
    const inQuery = await fetch(`${sim.tokenUrl}?${all.toString()}`, { method: "POST" });
    expect(inQuery.status).toBe(200);
    const { password = "", ...rest } = form();
    const mixed = await postForm(`${sim.tokenUrl}?${new URLSearchParams({ password }).toString()}`, rest);
    expect(mixed.status).toBe(200);
  });

  it.each(["command://", "rivermine://"])(
    "ignores the %s source-system prefix of the username (F1)",
    async (prefix) => {
      const answer = await postForm(sim.tokenUrl, {
        ...form(),
        username: `${prefix}${sim.credentials.username}`,
      });
      expect(answer.status).toBe(200);
    },
  );

  it.each([
    ["grant_type", 400, "invalid_request", "Missing required parameter: grant_type."],
    ["client_id", 400, "invalid_request", "Missing required parameter: client_id."],
    ["client_secret", 400, "invalid_request", "Missing required parameter: client_secret."],
    ["scope", 400, "invalid_request", "Missing required parameter: scope."],
    ["username", 400, "invalid_request", "Missing required parameter: username."],
    ["password", 400, "invalid_request", "Missing required parameter: password."],
  ])("without %s answers %i %s", async (missing, status, error, description) => {
    const { [missing]: _dropped, ...rest } = form();
    const answer = await postForm(sim.tokenUrl, rest);
    expect([answer.status, answer.body]).toEqual([status, { error, error_description: description }]);
  });

  it.each([
    [{ client_secret: "wrong" }, 401, "invalid_client", "Client authentication failed."],
    [{ client_id: "nobody" }, 401, "invalid_client", "Client authentication failed."],
    [
      { grant_type: "client_credentials" },
      400,
      "unsupported_grant_type",
      "Grant type 'client_credentials' is not supported.",
    ],
    [{ scope: "OTHER" }, 400, "invalid_scope", "The requested scope is not valid."],
    [{ password: "wrong" }, 400, "invalid_grant", "The username or password is not valid."],
    [{ username: "nobody" }, 400, "invalid_grant", "The username or password is not valid."],
  ])("with %j answers %i %s (F4)", async (change, status, error, description) => {
    const answer = await postForm(sim.tokenUrl, { ...form(), ...change });
    expect([answer.status, answer.body]).toEqual([status, { error, error_description: description }]);
  });

  it("answers a JSON body as if the parameters were missing (form encoding is the contract)", async () => {
    const response = await fetch(sim.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(form()),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "invalid_request",
      error_description: "Missing required parameter: grant_type, client_id, client_secret.",
    });
  });

  it("answers GET with 405", async () => {
    const response = await fetch(sim.tokenUrl);
    expect([response.status, await response.json()]).toEqual([405, { message: "Method not allowed" }]);
  });
});

describe("refresh grant and token lifetime (F2, F3)", () => {
  const refreshForm = (refreshToken: string) => ({
    grant_type: "refresh_token",
    client_id: sim.credentials.clientId,
    client_secret: sim.credentials.clientSecret,
    scope: "MOBPROC",
    refresh_token: refreshToken,
  });

  it("rotates refresh tokens: a used one is refused", async () => {
    const first = tokenBody(await postForm(sim.tokenUrl, form()));
    const second = await postForm(sim.tokenUrl, refreshForm(first.refresh_token));
    expect(second.status).toBe(200);
    expect(tokenBody(second).refresh_token).not.toBe(first.refresh_token);
    const again = await postForm(sim.tokenUrl, refreshForm(first.refresh_token));
    expect([again.status, again.body]).toEqual([
      400,
      { error: "invalid_grant", error_description: "The refresh token is not valid." },
    ]);
    const newAccess = await call(sim, tokenBody(second).access_token, "GET", "/ping");
    expect(newAccess.status).toBe(200);
  });

  it("refuses a refresh token presented by another client", async () => {
    const first = tokenBody(await postForm(sim.tokenUrl, form()));
    const answer = await postForm(sim.tokenUrl, {
      ...refreshForm(first.refresh_token),
      client_id: "acme-helpdesk",
      client_secret: "helpdesk-secret",
    });
    expect([answer.status, (answer.body as { error: string }).error]).toEqual([400, "invalid_grant"]);
  });

  it("refuses an access token after expires_in, and a refresh token after 24 h", async () => {
    const issued = tokenBody(await postForm(sim.tokenUrl, form()));
    nowMs += 3599_000;
    expect((await call(sim, issued.access_token, "GET", "/ping")).status).toBe(200);
    nowMs += 1000;
    expect(await call(sim, issued.access_token, "GET", "/ping")).toMatchObject({
      status: 401,
      body: { error: "invalid_token" },
    });
    nowMs += 86_400_000 - 3600_000;
    const refreshed = await postForm(sim.tokenUrl, refreshForm(issued.refresh_token));
    expect([refreshed.status, (refreshed.body as { error: string }).error]).toEqual([400, "invalid_grant"]);
  });
});

describe("the token endpoint is never rate limited (F18)", () => {
  it("issues tokens while the API answers 429", async () => {
    sim.setKnobs({ rateLimit: { capacity: 1, refillPerSec: 0.001 } });
    try {
      for (let i = 0; i < 3; i++) expect((await postForm(sim.tokenUrl, form())).status).toBe(200);
    } finally {
      sim.setKnobs({ rateLimit: false });
    }
  });
});
