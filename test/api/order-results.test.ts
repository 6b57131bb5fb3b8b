// Confirm and submit answers as row outcomes (CONTRACT.md §5, §11.3), through the client and a scripted server.
import { describe, expect, it } from "vitest";
import type { OrderRequest } from "../../src/api/wire-types.js";
import { createTestClient } from "./helpers/test-client.js";
import { flatError as flat, inOrder, useScriptedServer, type Reply } from "./helpers/scripted-server.js";

const start = useScriptedServer();
const REQUEST = {
  externalOrderNumber: "BP-1",
  transactionType: "PORT_NUMBER",
  serviceId: "34415733",
} as unknown as OrderRequest;
const VALIDATION = {
  status: "ERROR",
  errors: [
    {
      status: 400,
      id: "q8w2m",
      errorCode: "400-Property-Required-error",
      message: "CARRIER_ACCT_NUMBER is required.",
      field: "f1",
    },
    {
      status: 400,
      id: "q8w2p",
      errorCode: "400-Postal-Code-error",
      message: "postalCode '0647' does not match.",
    },
  ],
};

describe("confirm and submit answers (CONTRACT.md §5)", () => {
  const items = VALIDATION.errors;
  it.each<[string, Reply, "confirm" | "submit", unknown]>([
    [
      "a confirmation on confirm",
      { json: { orderConfirmation: { postalCode: "06477" }, status: "SUCCESS" } },
      "confirm",
      { kind: "ok", confirmation: { postalCode: "06477" } },
    ],
    [
      "a 400 validation list on confirm",
      { status: 400, json: VALIDATION },
      "confirm",
      { kind: "rejected", status: 400, items },
    ],
    [
      "a 200 carrying status ERROR on confirm",
      { json: VALIDATION },
      "confirm",
      { kind: "rejected", status: 200, items },
    ],
    [
      "a 200 carrying status ERROR on submit",
      { json: VALIDATION },
      "submit",
      { kind: "rejected", status: 200, items },
    ],
    [
      "a flat 400 on submit",
      flat(400, "400-Malformed-Body-error", "No orderRequest."),
      "submit",
      {
        kind: "rejected",
        status: 400,
        items: [
          { status: 400, id: "abcde", errorCode: "400-Malformed-Body-error", message: "No orderRequest." },
        ],
      },
    ],
    [
      "a 403 for the row's actor on confirm",
      flat(403, "403-Context-Forbidden-error", "Not allowed."),
      "confirm",
      {
        kind: "failed",
        status: 403,
        errorCode: "403-Context-Forbidden-error",
        message: "POST /orders?confirm=true answered HTTP 403 (403-Context-Forbidden-error: Not allowed.)",
      },
    ],
    [
      "a 409 on submit",
      flat(409, "409-Conflict-error", "Busy."),
      "submit",
      {
        kind: "failed",
        status: 409,
        errorCode: "409-Conflict-error",
        message: "POST /orders answered HTTP 409 (409-Conflict-error: Busy.)",
      },
    ],
    [
      "a 400 without a list on confirm",
      { status: 400, json: { message: "Bad request" } },
      "confirm",
      { kind: "failed", status: 400, message: "POST /orders?confirm=true answered HTTP 400 (Bad request)" },
    ],
    [
      "5xx until the attempts run out on confirm",
      { status: 500, json: { status: 500, errorCode: "500-Internal-error", id: "x", message: "boom" } },
      "confirm",
      {
        kind: "failed",
        status: 500,
        message: "POST /orders?confirm=true: HTTP 500 (500-Internal-error: boom), after 5 attempts",
      },
    ],
    [
      "a submitted order on submit",
      { json: { order: { orderId: "8711260", status: "ORDER_SUBMITTED" }, status: "SUCCESS" } },
      "submit",
      { kind: "ok", order: { orderId: "8711260", status: "ORDER_SUBMITTED" } },
    ],
    [
      "a bare order on submit",
      { json: { orderId: "8711260", status: "ORDER_SUBMITTED" } },
      "submit",
      { kind: "ok", order: { orderId: "8711260", status: "ORDER_SUBMITTED" } },
    ],
  ])("%s", async (_name, reply, call, expected) => {
    const api = await start(inOrder(reply));
    const { client } = createTestClient(api);
    const employee = { employee: "peter.edwards.acme" };
    const result =
      call === "confirm"
        ? await client.confirmOrder(REQUEST, employee)
        : await client.submitOrder(REQUEST, employee);
    expect(result).toEqual(expected);
    expect(api.api[0]?.path).toBe(call === "confirm" ? "/orders?confirm=true" : "/orders");
  });
});
