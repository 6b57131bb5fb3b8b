import { describe, expect, it } from "vitest";
import {
  createExternalOrderNumber,
  isValidExternalOrderNumber,
} from "../../src/orders/external-order-number.js";

const key = { tenant: "ACME", transactionType: "PORT_NUMBER", serviceNumber: "5123440000" };

describe("createExternalOrderNumber (CONTRACT.md §12, F25)", () => {
  it("is BP- plus 27 base-32 characters, 30 in all", () => {
    const value = createExternalOrderNumber(key);
    expect(value).toMatch(/^BP-[A-Z2-7]{27}$/);
    expect(value).toHaveLength(30);
    expect(isValidExternalOrderNumber(value)).toBe(true);
  });

  it("is pinned for the contract's example line, so it stays stable across releases", () => {
    expect(createExternalOrderNumber(key)).toBe("BP-W5YPLAS5X5W6UVW257ZTN24PBV6");
  });

  it.each([
    ["the number in another spelling", { ...key, serviceNumber: "+1 (512) 344-0000" }],
    ["the tenant in another case, with spaces", { ...key, tenant: " acme " }],
  ])("is the same for %s", (_name, other) => {
    expect(createExternalOrderNumber(other)).toBe(createExternalOrderNumber(key));
  });

  it.each([
    ["another tenant", { ...key, tenant: "GLOBEX" }],
    ["another transaction type", { ...key, transactionType: "UPGRADE" }],
    ["another number", { ...key, serviceNumber: "5123440001" }],
  ])("differs for %s", (_name, other) => {
    expect(createExternalOrderNumber(other)).not.toBe(createExternalOrderNumber(key));
  });
});

describe("isValidExternalOrderNumber", () => {
  it.each([
    ["MM11234", true],
    ["a-B-3", true],
    ["x".repeat(30), true],
    ["x".repeat(31), false],
    ["", false],
    ["MM 11234", false],
    ["MM_11234", false],
    ["ÉTÉ-1", false],
  ])("%j → %s", (value, expected) => {
    expect(isValidExternalOrderNumber(value)).toBe(expected);
  });
});
