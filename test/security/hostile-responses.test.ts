// Hostile or broken answers at the HTTP boundary (issue 8): every one ends as data (a failed confirm, an in-doubt
// submit) or an ApiError for a run-wide lookup, with a message that says what came back; never a crash, never a
// hang, never more than MAX_BODY_BYTES held in memory. CONTRACT.md §5 rule 5: never fail because of a body's shape.
import { describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import type { OrderRequest } from "../../src/api/wire-types.js";
import { MAX_BODY_BYTES } from "../../src/api/run-attempt.js";
import { createTestClient } from "../api/helpers/test-client.js";
import {
  declareLength,
  drip,
  send,
  sendJson,
  useHostileServers,
  type Answer,
} from "./helpers/hostile-server.js";

const start = useHostileServers();
// The body is opaque to the HTTP layer: a partial request is enough.
const REQUEST = { externalOrderNumber: "BP-1", transactionType: "PORT_NUMBER" } as unknown as OrderRequest;
const TIMEOUT_MS = 200;
const OVER_CAP = Buffer.alloc(MAX_BODY_BYTES + 1, "x");

/** 64 KB chunks for as long as the client reads them, without a Content-Length: only the cap can stop it. */
const endless: Answer = (response: ServerResponse) => {
  response.writeHead(200, { "Content-Type": "application/json" });
  const chunk = Buffer.alloc(64 * 1024, " ");
  const pump = () => {
    while (!response.destroyed && response.write(chunk));
  };
  response.on("drain", pump);
  pump();
};

// [name, answer, what the message says after "POST <path>: "]
const HOSTILE: [string, Answer, string][] = [
  [
    "HTML instead of JSON",
    send(200, "<html>ok</html>", { "Content-Type": "text/html" }),
    "HTTP 200 with a body that is not JSON",
  ],
  ["JSON cut short", send(200, '{"orderConfirmation": {"service"'), "HTTP 200 with a body that is not JSON"],
  ["an empty body", send(200, ""), "HTTP 200 with an empty body"],
  ["JSON null", sendJson(200, null), "HTTP 200 with an unexpected body"],
  [
    "the wrong types",
    sendJson(200, { orderConfirmation: "yes", order: { orderId: 8711260, status: ["ORDER_SUBMITTED"] } }),
    "HTTP 200 with an unexpected body",
  ],
  ["missing fields", sendJson(200, { status: "SUCCESS" }), "HTTP 200 with an unexpected body"],
  ["a body 1 byte over the cap", send(200, OVER_CAP), "HTTP 200 with a body over the 10 MB limit"],
  ["an endless body", endless, "HTTP 200 with a body over the 10 MB limit"],
  [
    "a Content-Length over the cap, then silence",
    declareLength(MAX_BODY_BYTES * 100),
    "HTTP 200 with a body over the 10 MB limit",
  ],
  ["a 500 with a body over the cap", send(500, OVER_CAP), "HTTP 500 with a body over the 10 MB limit"],
  [
    "a body that drips in a byte at a time",
    drip('{"orderConfirmation": {"note": "', "x", 10),
    `timeout after ${TIMEOUT_MS} ms`,
  ],
];

describe("a hostile answer to a confirm fails the row after the attempts, with what came back", () => {
  it.each(HOSTILE)("%s", async (_name, answer, detail) => {
    const api = await start({ api: answer });
    const { client } = createTestClient(api, { timeoutMs: TIMEOUT_MS, maxAttempts: 2 });
    const result = await client.confirmOrder(REQUEST);
    expect(result).toMatchObject({
      kind: "failed",
      message: `POST /orders?confirm=true: ${detail}, after 2 attempts`,
    });
    expect(api.api.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /orders?confirm=true",
      "POST /orders?confirm=true",
    ]);
  });
});

describe("a hostile answer to a submit is in doubt after exactly one POST (CONTRACT.md §11.3)", () => {
  it.each(HOSTILE)("%s", async (_name, answer, detail) => {
    const api = await start({ api: answer });
    const { client } = createTestClient(api, { timeoutMs: TIMEOUT_MS });
    const result = await client.submitOrder(REQUEST);
    expect(result).toEqual({
      kind: "in-doubt",
      message: `POST /orders: ${detail}; the order may have been created`,
      ...(detail.startsWith("HTTP") ? { status: Number(detail.slice(5, 8)) } : {}),
    });
    expect(api.api).toHaveLength(1);
  });
});

describe("a hostile answer to a run-wide lookup ends the run with ApiError", () => {
  it.each(HOSTILE)("%s", async (_name, answer, detail) => {
    const api = await start({ api: answer });
    const { client } = createTestClient(api, { timeoutMs: TIMEOUT_MS, maxAttempts: 2 });
    await expect(client.listCountries()).rejects.toMatchObject({
      name: "ApiError",
      code: "UNREACHABLE",
      message: `GET /regions: ${detail}, after 2 attempts`,
    });
  });
});

describe("the body cap", () => {
  it("reads a body of exactly 10 MB", async () => {
    const regions = JSON.stringify({ regions: [{ id: "70144640", name: "United States" }], pad: "" });
    const body = regions.replace('"pad":""', `"pad":"${" ".repeat(MAX_BODY_BYTES - regions.length)}"`);
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    const api = await start({ api: send(200, body) });
    const { client } = createTestClient(api);
    await expect(client.listCountries()).resolves.toEqual([{ id: "70144640", name: "United States" }]);
  });

  it("applies to the token endpoint too: the run ends with what came back", async () => {
    const api = await start({ api: sendJson(200, { regions: [] }), token: send(200, OVER_CAP) });
    const { client } = createTestClient(api, { maxAttempts: 1 });
    await expect(client.listCountries()).rejects.toMatchObject({
      code: "UNREACHABLE",
      message:
        "The token endpoint could not be reached: POST /as/token.oauth2: HTTP 200 with a body over the 10 MB limit, after 1 attempts",
    });
    expect(api.api).toHaveLength(0);
  });
});
