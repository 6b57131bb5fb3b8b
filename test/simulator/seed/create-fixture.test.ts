import { describe, expect, it } from "vitest";
import { createFixture } from "../../../src/simulator/seed/create-fixture.js";
import { SPECIAL_SERVICE_IDS } from "../../../src/simulator/seed/seed-special-services.js";
import type { Fixture } from "../../../src/simulator/seed/types.js";

const fixture = createFixture();
const acme = (f: Fixture) => f.services.filter((s) => s.tenant === "ACME");
const service = (id: string) => fixture.services.find((s) => s.id === id);

describe("createFixture: determinism and size", () => {
  it("gives deep-equal fixtures for the same seed", () => {
    expect(createFixture({ seed: 7 })).toEqual(createFixture({ seed: 7 }));
  });

  it("varies the generated lines with the seed but keeps the hand-written ones", () => {
    const other = createFixture({ seed: 2 });
    expect(other.services.slice(0, 16)).toEqual(fixture.services.slice(0, 16));
    expect(other.services[16]?.serviceNumber).not.toBe(fixture.services[16]?.serviceNumber);
  });

  it("defaults to seed 1 with 3,000 ACME lines plus 5 of a second tenant", () => {
    expect(fixture.seed).toBe(1);
    expect(acme(fixture)).toHaveLength(3000);
    expect(fixture.services.filter((s) => s.tenant === "GLOBEX")).toHaveLength(5);
  });

  it("draws the first N lines the same whatever the total (fixtures/example.csv relies on it)", () => {
    expect(acme(createFixture({ services: 500 }))).toEqual(acme(fixture).slice(0, 500));
  });

  it("builds 100,000 lines in well under 2 s", () => {
    const started = performance.now();
    const big = createFixture({ services: 100_000 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(acme(big)).toHaveLength(100_000);
  });

  it.each([
    [{ seed: -1 }, "Expected `seed` to be an integer from 0 to 4294967295, got -1"],
    [{ seed: 1.5 }, "Expected `seed` to be an integer from 0 to 4294967295, got 1.5"],
    [{ services: 15 }, "Expected `services` to be an integer from 16 to 1000000, got 15"],
    [
      { services: "100" as unknown as number },
      'Expected `services` to be an integer from 16 to 1000000, got "100"',
    ],
  ])("rejects %j", (options, message) => {
    expect(() => createFixture(options)).toThrow(new TypeError(message));
  });
});

describe("createFixture: the contract's example data set", () => {
  it("has tenant ACME and a second tenant", () => {
    expect(fixture.tenants.map((t) => t.code)).toEqual(["ACME", "GLOBEX"]);
  });

  it("has the US (70144640) and Canada (70144641)", () => {
    expect(fixture.countries.map((c) => [c.id, c.abbreviation, c.postalCodeRegEx, c.currency.code])).toEqual([
      ["70144640", "US", "^\\d{5}$", "USD"],
      ["70144641", "CA", "^[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d$", "CAD"],
    ]);
  });

  it("has 51 US states from Alabama 158385987 and 13 Canadian provinces and territories", () => {
    const us = fixture.statesProvinces.filter((s) => s.parentId === "70144640");
    const ca = fixture.statesProvinces.filter((s) => s.parentId === "70144641");
    expect(us).toHaveLength(51);
    expect(us[0]).toEqual({ id: "158385987", name: "Alabama", abbreviation: "AL", parentId: "70144640" });
    expect(ca.map((p) => p.abbreviation)).toEqual([
      "AB",
      "BC",
      "MB",
      "NB",
      "NL",
      "NT",
      "NS",
      "NU",
      "ON",
      "PE",
      "QC",
      "SK",
      "YT",
    ]);
  });

  it("has carriers 96, 98, 99 as in examples/vendors.json, each with an access method", () => {
    expect(fixture.vendors.map((v) => [v.id, v.name, v.accessMethod])).toEqual([
      ["96", "AT&T Mobility", "GSM"],
      ["98", "Verizon Wireless", "CDMA"],
      ["99", "T-Mobile", "GSM"],
      ["100", "Sprint", "CDMA"],
      ["101", "Rogers Wireless", "GSM"],
      ["102", "Bell Mobility", "LTE"],
    ]);
  });

  it("has service 34415733 (5123440000, AT&T, GSM, Peter Edwards)", () => {
    expect(service("34415733")).toMatchObject({
      serviceNumber: "5123440000",
      status: "ACTIVE",
      currentVendorId: "96",
      employeeId: "28673732",
      device: { id: "33585211", accessMethod: "GSM", modelName: "Galaxy Note Pro - Black" },
    });
    expect(fixture.employees.find((e) => e.id === "28673732")?.companyEmployeeId).toBe("peter.edwards.acme");
  });

  it("has Verizon's example devices and plan", () => {
    const devices = fixture.devices.filter((d) => d.id === "9194713909" || d.id === "9194713915");
    expect(devices.map((d) => [d.name, d.price.amount, d.vendorId])).toEqual([
      ["Apple iPhone 5 (16GB) - Black", 199.99, "98"],
      ["Samsung Galaxy S5 (16GB) - Black", 99.99, "98"],
    ]);
    const plan = fixture.plans.find((p) => p.id === "6568886494");
    expect(plan?.optionalFeatures.map((f) => f.id)).toEqual(["2082", "1399", "2101"]);
    expect(fixture.firstOrderId).toBe(8711260);
  });

  it("has at least three other carriers with several devices, plans and optional features", () => {
    for (const vendorId of ["96", "99", "100"]) {
      expect(fixture.devices.filter((d) => d.vendorId === vendorId).length).toBeGreaterThanOrEqual(3);
      const plans = fixture.plans.filter((p) => p.vendorId === vendorId);
      expect(plans.length).toBeGreaterThanOrEqual(2);
      for (const plan of plans) expect(plan.optionalFeatures.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("createFixture: edge cases for the client", () => {
  it.each([
    [SPECIAL_SERVICE_IDS.suspended, "SUSPENDED", false],
    [SPECIAL_SERVICE_IDS.deactivated, "DEACTIVATED", false],
    [SPECIAL_SERVICE_IDS.withoutPortAction, "ACTIVE", false],
    [SPECIAL_SERVICE_IDS.canadaToronto, "ACTIVE", true],
  ])("line %s is %s, PORT_NUMBER allowed: %s", (id, status, portable) => {
    expect(service(id)?.status).toBe(status);
    expect(service(id)?.orderActions.includes("PORT_NUMBER")).toBe(portable);
  });

  it("shares exactly two numbers: one resolvable (ACTIVE + DEACTIVATED), one ambiguous (two ACTIVE)", () => {
    const byNumber = new Map<string, string[]>();
    for (const s of acme(fixture))
      byNumber.set(s.serviceNumber, [...(byNumber.get(s.serviceNumber) ?? []), s.status]);
    const shared = [...byNumber].filter(([, statuses]) => statuses.length > 1);
    expect(shared).toEqual([
      ["5123440004", ["ACTIVE", "DEACTIVATED"]],
      ["5123440005", ["ACTIVE", "ACTIVE"]],
    ]);
  });

  it("generates some SUSPENDED, DEACTIVATED and non-portable lines and some Canadian ones", () => {
    const generated = acme(fixture).slice(16);
    expect(generated.some((s) => s.status === "SUSPENDED")).toBe(true);
    expect(generated.some((s) => s.status === "DEACTIVATED")).toBe(true);
    expect(generated.some((s) => s.status === "ACTIVE" && !s.orderActions.includes("PORT_NUMBER"))).toBe(
      true,
    );
    expect(generated.some((s) => s.currentVendorId === "101" || s.currentVendorId === "102")).toBe(true);
  });

  it("has unique service ids and a few hundred employees with unique company ids", () => {
    expect(new Set(fixture.services.map((s) => s.id)).size).toBe(fixture.services.length);
    const acmeEmployees = fixture.employees.filter((e) => e.tenant === "ACME");
    expect(acmeEmployees.length).toBe(303);
    expect(new Set(fixture.employees.map((e) => e.companyEmployeeId)).size).toBe(fixture.employees.length);
  });

  it("excludes devices only for existing ACME lines", () => {
    const ids = new Set(acme(fixture).map((s) => s.id));
    for (const device of fixture.devices)
      for (const id of device.excludedServiceIds) expect(ids.has(id)).toBe(true);
  });

  it("scripts rejected and cancelled ports", () => {
    expect(fixture.scriptedOutcomes.map((o) => [o.serviceId, o.finalStatus, o.comment])).toEqual([
      ["34415742", "REJECTED", "Carrier rejected the port: account number does not match"],
      ["34415743", "REJECTED", "Carrier rejected the port: PIN incorrect"],
      ["34415744", "REJECTED", "Carrier rejected the port: Name on invoice does not match"],
      ["34415745", "CANCELLED", "Cancelled at the customer's request"],
    ]);
  });

  it("requires the PIN for vendors 96 and 99 and adds ORDER_REASON for 99 (§8.10)", () => {
    const fields = (vendorId: string) =>
      fixture.propertySets.find((p) => p.vendorId === vendorId)?.groups[0]?.fields ?? [];
    const pin = (vendorId: string) => fields(vendorId).find((f) => f.id === "PIN_PASSWORD")?.validation;
    expect([pin("96"), pin("98"), pin("99"), pin("100")]).toEqual([
      "REQUIRED",
      "OPTIONAL",
      "REQUIRED",
      "OPTIONAL",
    ]);
    expect(fields("99").find((f) => f.id === "ORDER_REASON")?.choices).toEqual([
      { id: "1", label: "Cost savings", isOther: false },
      { id: "2", label: "Better coverage", isOther: false },
      { id: "9", label: "Other", isOther: true },
    ]);
    expect(fields("98").map((f) => f.id)).not.toContain("ORDER_REASON");
  });

  it("has the demo account (acts for everyone), a restricted user and another tenant's user", () => {
    expect(
      fixture.users.map((u) => [u.username, u.password, u.clientId, u.clientSecret, u.tenant, u.mayActFor]),
    ).toEqual([
      ["bulkport-demo", "sandbox-password", "bulkport-sandbox", "sandbox-secret", "ACME", "*"],
      [
        "helpdesk.acme",
        "helpdesk-password",
        "acme-helpdesk",
        "helpdesk-secret",
        "ACME",
        ["28673732", "28673790"],
      ],
      ["admin.globex", "globex-password", "globex-portal", "globex-secret", "GLOBEX", "*"],
    ]);
  });
});
