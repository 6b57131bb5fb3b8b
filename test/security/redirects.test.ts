// Redirects: credentials must never follow a redirect to another origin. A 307/308 repeats a POST with its body,
// so a redirected token request would hand the client secret and the password to whoever the Location names; a
// redirected API call would carry the bearer token there. CONTRACT.md documents no redirect anywhere, so a
// redirect is an answer like any other non-2xx: the run (or the row) ends with its status.
import { describe, expect, it } from "vitest";
import { createTestClient, SECRETS } from "../api/helpers/test-client.js";
import { redirect, sendJson, useHostileServers } from "./helpers/hostile-server.js";

const start = useHostileServers();
const REGIONS = sendJson(200, { regions: [{ id: "70144640", name: "United States" }] });

describe("redirects to another origin", () => {
  it.each([307, 308] as const)(
    "a %i from the token endpoint does not send the secrets to the new origin",
    async (status) => {
      const elsewhere = await start({ api: REGIONS });
      const api = await start({ api: REGIONS, token: redirect(status, elsewhere.tokenUrl) });
      const { client } = createTestClient(api, { maxAttempts: 1 });
      await expect(client.listCountries()).rejects.toMatchObject({
        code: "UNREACHABLE",
        message: expect.stringContaining(`HTTP ${status}`) as unknown,
      });
      const leaked = elsewhere.token.map((request) => request.body).join("\n");
      expect(leaked).not.toContain(SECRETS.clientSecret);
      expect(leaked).not.toContain(SECRETS.password);
    },
  );

  it.each([302, 307] as const)(
    "a %i from the API does not send the bearer token to the new origin",
    async (status) => {
      const elsewhere = await start({ api: REGIONS });
      const api = await start({ api: redirect(status, `${elsewhere.baseUrl}/regions`) });
      const { client } = createTestClient(api, { maxAttempts: 1 });
      await expect(client.listCountries()).rejects.toMatchObject({
        code: "UNREACHABLE",
        message: expect.stringContaining(`HTTP ${status}`) as unknown,
      });
      expect(elsewhere.api.map((request) => request.headers.authorization)).not.toContain("Bearer tok-1");
    },
  );
});
