import { describe, expect, it } from "vitest";
import type { FieldOutcome } from "../../src/input/field-outcome.js";
import { normalizePostalCode, type PostalCodeContext } from "../../src/input/normalize-postal-code.js";

const ZEROS = "restored the leading zeros Excel dropped";
const FIVE = "kept the 5-digit ZIP of the ZIP+4 (the order's postal code is 5 digits)";
const DASH = "wrote the ZIP+4 as 00000-0000";
const order: PostalCodeContext = { kind: "US", level: "order" };
const shipTo: PostalCodeContext = { kind: "US", level: "ship-to" };
const canada: PostalCodeContext = { kind: "CA", level: "ship-to" };

describe("normalizePostalCode", () => {
  it.each<[string, PostalCodeContext, FieldOutcome]>([
    ["06477", order, { value: "06477" }],
    ["6477", order, { value: "06477", reason: ZEROS }],
    ["501", shipTo, { value: "00501", reason: ZEROS }],
    ["06477-1234", order, { value: "06477", reason: FIVE }],
    ["6477-1234", order, { value: "06477", reason: `${ZEROS}; ${FIVE}` }],
    ["064771234", order, { value: "06477", reason: FIVE }],
    ["06477-1234", shipTo, { value: "06477-1234" }],
    ["064771234", shipTo, { value: "06477-1234", reason: DASH }],
    ["64771234", shipTo, { value: "06477-1234", reason: `${ZEROS}; ${DASH}` }],
    ["k1a0b1", canada, { value: "K1A 0B1", reason: "wrote the postal code as A1A 1A1" }],
    ["K1A-0B1", canada, { value: "K1A 0B1", reason: "wrote the postal code as A1A 1A1" }],
    ["K1A 0B1", canada, { value: "K1A 0B1" }],
    ["SW1A 1AA", { kind: "other", level: "order" }, { value: "SW1A 1AA" }],
  ])("%s (%o) -> %o", (value, context, expected) => {
    expect(normalizePostalCode(value, "Zip", context)).toEqual(expected);
  });

  it.each<[string, PostalCodeContext, string]>([
    ["ABC12", order, "is not a US ZIP code; expected 5 digits such as 06477, or ZIP+4 such as 06477-1234"],
    ["12", order, "is not a US ZIP code; expected 5 digits such as 06477, or ZIP+4 such as 06477-1234"],
    ["123456", shipTo, "is not a US ZIP code; expected 5 digits such as 06477, or ZIP+4 such as 06477-1234"],
    ["K1A 0B1", order, "is not a US ZIP code; expected 5 digits such as 06477, or ZIP+4 such as 06477-1234"],
    ["06477", canada, "is not a Canadian postal code such as K1A 0B1"],
  ])("%s (%o) is refused", (value, context, detail) => {
    expect(normalizePostalCode(value, "Zip", context)).toEqual({
      problem: {
        code: "POSTAL_CODE_FORMAT",
        column: "Zip",
        message: `Zip: ${JSON.stringify(value)} ${detail}`,
      },
    });
  });
});
