// An error page that echoes the request back (a proxy's debug page, a firewall's block page) is logged as a body
// snippet (CONTRACT.md §5 rule 5): the token and the password grant's fields it repeats must not reach the log.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logging/create-logger.js";
import { createTestClient, SECRETS } from "../api/helpers/test-client.js";
import { useHostileServers, type Answer } from "./helpers/hostile-server.js";

const start = useHostileServers();

/** A 502 page that repeats the request's Authorization header and body. */
const echo: Answer = (response, request) => {
  response.writeHead(502, { "Content-Type": "text/html" });
  response.end(
    `<html><pre>Authorization: ${request.headers.authorization ?? ""}\n${request.body}</pre></html>`,
  );
};

function jsonLogger() {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  return { logger: createLogger({ level: "debug", destination }), text: () => chunks.join("") };
}

describe("an error page that echoes the request", () => {
  it("from the token endpoint: the password and the client secret are not logged", async () => {
    const api = await start({ api: echo, token: echo });
    const { logger, text } = jsonLogger();
    const { client } = createTestClient(api, { logger, maxAttempts: 1 });
    await expect(client.listCountries()).rejects.toMatchObject({ code: "UNREACHABLE" });
    expect(api.token[0]?.body).toContain(`password=${SECRETS.password}`);
    expect(text()).toContain("password=[Redacted]");
    expect(text()).not.toContain(SECRETS.password);
    expect(text()).not.toContain(SECRETS.clientSecret);
  });

  it("from the API: the bearer token is not logged", async () => {
    const api = await start({ api: echo });
    const { logger, text } = jsonLogger();
    const { client } = createTestClient(api, { logger, maxAttempts: 1 });
    await expect(client.listCountries()).rejects.toMatchObject({ code: "UNREACHABLE" });
    expect(api.api[0]?.headers.authorization).toBe("Bearer tok-1");
    expect(text()).toContain("Authorization: Bearer [Redacted]");
    expect(text()).not.toContain("tok-1");
  });
});
