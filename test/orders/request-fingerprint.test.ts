import { describe, expect, it } from "vitest";
import type { OrderRequest } from "../../src/api/wire-types.js";
import { canonicalJson, requestFingerprint } from "../../src/orders/request-fingerprint.js";
import { exampleRequest } from "./reference-fixture.js";

/** The same object with every object's keys in reverse order. */
const reversed = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversed)
    : value !== null && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversed(v)]),
        )
      : value;

describe("requestFingerprint", () => {
  const request = exampleRequest();

  it("is sha256: plus 64 hex digits", () => {
    expect(requestFingerprint(request)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("does not depend on key order", () => {
    const shuffled = reversed(request) as OrderRequest;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(request));
    expect(requestFingerprint(shuffled)).toBe(requestFingerprint(request));
  });

  it.each<[string, (r: OrderRequest) => OrderRequest]>([
    [
      "a property value",
      (r) => ({
        ...r,
        properties: [
          { groupId: "MISCELLANEOUS", fields: [{ id: "CARRIER_ACCT_NUMBER", type: "TEXT", text: "1" }] },
        ],
      }),
    ],
    ["the plan", (r) => ({ ...r, shoppingCart: { ...r.shoppingCart, planId: "1" } })],
    [
      "the feature order",
      (r) => ({ ...r, shoppingCart: { ...r.shoppingCart, optionalFeatureIds: ["1399", "2082"] } }),
    ],
    ["expedite", (r) => ({ ...r, shipTo: { ...r.shipTo, expedite: false } })],
  ])("changes when %s changes", (_name, change) => {
    expect(requestFingerprint(change(request))).not.toBe(requestFingerprint(request));
  });

  it("canonicalJson sorts keys at every depth and keeps arrays in order", () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }, 3], a: { z: null, y: "x" } })).toBe(
      '{"a":{"y":"x","z":null},"b":[{"c":2,"d":1},3]}',
    );
  });
});
