import { describe, expect, it } from "vitest";
import { closestNames, editDistance } from "../../src/orders/closest-names.js";
import { normaliseServiceNumber } from "../../src/orders/normalise-service-number.js";
import { parseDate } from "../../src/orders/property-date.js";
import { reference } from "./reference-fixture.js";

describe("normaliseServiceNumber (CONTRACT.md §8.6)", () => {
  it.each([
    ["5123440000", "5123440000"],
    ["+1 (512) 344-0000", "5123440000"],
    ["15123440000", "5123440000"],
    ["25123440000", "25123440000"],
    ["512.344.0000", "5123440000"],
  ])("%j → %j", (value, expected) => expect(normaliseServiceNumber(value)).toBe(expected));
});

describe("closestNames", () => {
  it.each([
    ["kitten", "sitting", false, 3],
    ["Verison", "Verizon Wireless", true, 1],
    ["VERIZON", "verizon", false, 0],
    ["", "abc", false, 3],
  ])("editDistance(%j, %j, anywhere=%s) = %i", (a, b, anywhere, expected) =>
    expect(editDistance(a, b, anywhere)).toBe(expected),
  );

  it("ranks by the best-matching part of a name, then by the whole name", () => {
    expect(
      closestNames("iphone", ["Samsung Galaxy S5", "Apple iPhone 5", "Apple iPhone 5 (16GB)", "Pixel"]),
    ).toEqual(["Apple iPhone 5", "Apple iPhone 5 (16GB)", "Pixel"]);
  });
});

describe("parseDate", () => {
  it.each([
    ["2016-12-22", "2016-12-22"],
    ["2016-12-22T00:00:00Z", "2016-12-22"],
    ["2016-12-22T00:00:00.000+00:00", "2016-12-22"],
    ["12/22/2016", "2016-12-22"],
    ["2/3/2016", "2016-02-03"],
    ["2016-02-29", "2016-02-29"],
    ["2015-02-29", undefined],
    ["22/12/2016", undefined],
    ["2016-12-22T", undefined],
  ])("%j → %j", (value, expected) => expect(parseDate(value)).toBe(expected));
});

describe("createReferenceData", () => {
  const ref = reference();
  it("indexes services by normalised number, keeping every service with that number", () => {
    expect(ref.servicesByNumber.get("2125550100")?.map((service) => service.id)).toEqual([
      "50000001",
      "50000002",
    ]);
    expect(ref.serviceById.get("34415733")?.serviceNumber).toBe("5123440000");
  });

  it("indexes countries by id, abbreviation and lower-case name", () => {
    expect([
      ref.countryById.get("70144641")?.name,
      ref.countryByAbbreviation.get("US")?.id,
      ref.countryByName.get("canada")?.id,
    ]).toEqual(["Canada", "70144640", "70144641"]);
  });

  it("drops a service that paging returned twice", () => {
    const twice = reference({
      services: [...[...ref.serviceById.values()], ...[...ref.serviceById.values()]],
    });
    expect(twice.servicesByNumber.get("5123440000")?.length).toBe(1);
  });
});
