import { describe, expect, it } from "vitest";
import { columnForReason } from "../../src/tracking/column-for-reason.js";

describe("columnForReason", () => {
  it.each([
    ["Carrier rejected the port: account number does not match", "carrier_account_number"],
    ["Acct # invalid", "carrier_account_number"],
    ["Carrier rejected the port: PIN incorrect", "pin"],
    ["Port-out passcode missing", "pin"],
    ["Carrier rejected the port: Name on invoice does not match", "name_on_invoice"],
    ["ZIP code of the billing address is wrong", "postal_code"],
    ["Shipping address undeliverable", "ship_to_line1"],
    ["The losing carrier is not the current carrier", "current_carrier"],
    // The account number wins over "name" and "PIN" when a reason names several.
    ["Account number and name do not match", "carrier_account_number"],
  ])("maps %j to %s", (reason, column) => {
    expect(columnForReason(reason)).toBe(column);
  });

  it.each([["Cancelled at the customer's request"], ["Spinning up"], [""]])(
    "names no column for %j",
    (reason) => {
      expect(columnForReason(reason)).toBeUndefined();
    },
  );

  it("names no column when there is no reason", () => {
    expect(columnForReason(undefined)).toBeUndefined();
  });
});
