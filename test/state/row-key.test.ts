import { describe, expect, it } from "vitest";
import { rowKey, serviceNumberDigits } from "../../src/state/row-key.js";

describe("rowKey", () => {
  it.each([
    ["5123440000", "ACME:PORT_NUMBER:5123440000"],
    ["512-344-0000", "ACME:PORT_NUMBER:5123440000"],
    ["(512) 344 0000", "ACME:PORT_NUMBER:5123440000"],
    ["+1 512 344 0000", "ACME:PORT_NUMBER:5123440000"],
    ["15123440000", "ACME:PORT_NUMBER:5123440000"],
    ["1-512-344-0000", "ACME:PORT_NUMBER:5123440000"],
    // Only an 11-digit number starting with 1 loses its first digit: these are not NANP numbers with a prefix.
    ["25123440000", "ACME:PORT_NUMBER:25123440000"],
    ["1512344000", "ACME:PORT_NUMBER:1512344000"],
    ["+44 20 7946 0958", "ACME:PORT_NUMBER:442079460958"],
  ])("%s -> %s", (serviceNumber, expected) => {
    expect(rowKey("ACME", "PORT_NUMBER", serviceNumber)).toBe(expected);
  });

  it("keeps the tenant and transaction type as given", () => {
    expect(rowKey("acme-eu", "PORT_NUMBER", "5123440000")).toBe("acme-eu:PORT_NUMBER:5123440000");
  });

  it.each(["", "n/a", "() -"])("refuses a number without digits: %j", (serviceNumber) => {
    expect(() => rowKey("ACME", "PORT_NUMBER", serviceNumber)).toThrow(
      new RangeError(`Expected a service number with digits, got ${JSON.stringify(serviceNumber)}`),
    );
  });
});

describe("serviceNumberDigits", () => {
  it.each([
    ["+1 (512) 344-0000", "5123440000"],
    ["512.344.0000", "5123440000"],
    ["1", "1"],
  ])("%s -> %s", (input, expected) => {
    expect(serviceNumberDigits(input)).toBe(expected);
  });
});
