import { describe, expect, it } from "vitest";
import { classifyBody, describeBody, validationItems, type BodyClass } from "../../src/api/classify-body.js";

const flat = {
  errorCode: "400-Vendor-Service-Id-error",
  id: "tq4wn",
  message: "Vendor ID or Service ID must be passed in.",
  status: 400,
};

describe("classifyBody (CONTRACT.md §5)", () => {
  it.each<[string, string, BodyClass]>([
    [
      "a validation list",
      JSON.stringify({
        status: "ERROR",
        errors: [
          {
            status: 400,
            id: "q8w2m",
            errorCode: "400-Postal-Code-error",
            message: "bad",
            field: "orderRequest.postalCode",
          },
        ],
      }),
      {
        kind: "validation",
        items: [
          {
            status: 400,
            id: "q8w2m",
            errorCode: "400-Postal-Code-error",
            message: "bad",
            field: "orderRequest.postalCode",
          },
        ],
      },
    ],
    [
      "a validation list with odd items",
      JSON.stringify({ status: "ERROR", errors: [{ message: "no code" }, "text"] }),
      {
        kind: "validation",
        items: [
          { errorCode: "UNKNOWN", message: "no code" },
          { errorCode: "UNKNOWN", message: "" },
        ],
      },
    ],
    ["the flat error", JSON.stringify(flat), { kind: "flat", item: flat }],
    [
      "an OAuth error",
      '{"error":"invalid_grant","error_description":"The username or password is not valid."}',
      { kind: "gateway", error: "invalid_grant", description: "The username or password is not valid." },
    ],
    ["a gateway error", '{"error":"invalid_token"}', { kind: "gateway", error: "invalid_token" }],
    [
      "an APIkit message",
      '{"message":"Resource not found"}',
      { kind: "message", message: "Resource not found" },
    ],
    [
      "a success body",
      '{"status":"SUCCESS","orderConfirmation":{}}',
      { kind: "other", value: { status: "SUCCESS", orderConfirmation: {} } },
    ],
    [
      "status ERROR without an array",
      '{"status":"ERROR","errors":"x"}',
      { kind: "other", value: { status: "ERROR", errors: "x" } },
    ],
    ["a JSON array", "[1]", { kind: "other", value: [1] }],
    [
      "HTML",
      "<html><body>502 Bad Gateway</body></html>",
      { kind: "unknown", snippet: "<html><body>502 Bad Gateway</body></html>" },
    ],
    ["an empty body", "", { kind: "unknown", snippet: "" }],
    ["cut-short JSON", '{"order":{"orderId":"1"', { kind: "unknown", snippet: '{"order":{"orderId":"1"' }],
  ])("classifies %s", (_name, raw, expected) => {
    expect(classifyBody(raw)).toEqual(expected);
  });

  it("keeps only the first 2 KB of an unknown body", () => {
    const body = classifyBody("x".repeat(5000));
    expect(body).toEqual({ kind: "unknown", snippet: "x".repeat(2048) });
  });
});

describe("validationItems and describeBody", () => {
  it.each<[BodyClass, ReturnType<typeof validationItems>, string]>([
    [
      { kind: "flat", item: flat },
      [flat],
      "400-Vendor-Service-Id-error: Vendor ID or Service ID must be passed in.",
    ],
    [
      {
        kind: "validation",
        items: [
          { errorCode: "A", message: "one" },
          { errorCode: "B", message: "two" },
        ],
      },
      [
        { errorCode: "A", message: "one" },
        { errorCode: "B", message: "two" },
      ],
      "A: one; B: two",
    ],
    [{ kind: "gateway", error: "invalid_token" }, undefined, "invalid_token"],
    [
      { kind: "gateway", error: "invalid_grant", description: "bad password" },
      undefined,
      "invalid_grant: bad password",
    ],
    [{ kind: "message", message: "Method not allowed" }, undefined, "Method not allowed"],
    [{ kind: "other", value: {} }, undefined, "an unexpected JSON body"],
    [{ kind: "unknown", snippet: "<html>" }, undefined, "a body that is not JSON"],
    [{ kind: "unknown", snippet: "" }, undefined, "an empty body"],
  ])("%j", (body, items, description) => {
    expect(validationItems(body)).toEqual(items);
    expect(describeBody(body)).toBe(description);
  });
});
