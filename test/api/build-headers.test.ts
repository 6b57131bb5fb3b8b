import { describe, expect, it } from "vitest";
import { buildHeaders } from "../../src/api/build-headers.js";

const base = {
  accessToken: "tok",
  tenant: "ACME",
  clientId: "client-1",
  runId: "run-1",
  correlationId: "7d1f0a54-3c2e-4a8e-9a57-2f1c3c1e9b10",
};
const always = {
  Authorization: "Bearer tok",
  "X-TNGO-TENANT": "ACME",
  client_id: "client-1",
  "X-TNGO-CONTEXT-ACTIVITYID": "run-1",
  "X-TNGO-CONTEXT-CORRELATIONID": "7d1f0a54-3c2e-4a8e-9a57-2f1c3c1e9b10",
  Accept: "application/json",
};

describe("buildHeaders (CONTRACT.md §4)", () => {
  it.each([
    ["a GET", { json: false }, always],
    ["a POST", { json: true }, { ...always, "Content-Type": "application/json" }],
    [
      "a call for an employee",
      { json: false, employee: " peter.edwards.acme " },
      { ...always, "X-TNGO-CONTEXT-COMPANYEMPLOYEEID": "peter.edwards.acme" },
    ],
    ["a blank employee (never a blank header)", { json: false, employee: "  " }, always],
    ["no employee", { json: false, employee: undefined }, always],
  ])("%s", (_name, extra, expected) => {
    const headers = buildHeaders({ ...base, ...extra });
    expect(headers).toEqual(expected);
    expect(Object.keys(headers).map((key) => key.toLowerCase())).not.toContain("client_secret");
  });
});
