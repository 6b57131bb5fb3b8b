// fixtures/example.csv against the default fixture (seed 1): every row is valid for the §9 rules except the
// intentional mistakes listed in MISTAKES, each caught by exactly the check named there.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CANONICAL_COLUMNS } from "../../../src/input/canonical-row.js";
import { createFixture } from "../../../src/simulator/seed/create-fixture.js";
import type { SimServiceAsset } from "../../../src/simulator/seed/types.js";

const fixture = createFixture();
const rows: Record<string, string>[] = parse(
  readFileSync(new URL("../../../fixtures/example.csv", import.meta.url)),
  {
    columns: true,
    skip_empty_lines: true,
  },
);
const header = Object.keys(rows[0] ?? {});

/** Line number (1-based, header = 1) -> the problems that row should show. */
const MISTAKES: Record<number, string[]> = {
  33: ["SERVICE_UNKNOWN"], // 9175550100 is not a line of tenant ACME
  34: ["DUPLICATE"], // 4156619022 again (first on line 4)
  36: ["PIN_REQUIRED"], // T-Mobile (99) requires the PIN; the column is empty
  37: ["PLAN_UNKNOWN"], // "Magenta Plus for Business" is not a T-Mobile plan
  38: ["STATE_UNKNOWN"], // "PN" is not a US state code
  39: ["SAME_CARRIER"], // a Verizon line ported to Verizon
  40: ["SERVICE_STATUS", "ORDER_ACTION"], // 5123440001 is SUSPENDED
};

const lower = (s: string) => s.trim().toLowerCase();
const digits = (s: string) => s.replace(/\D/g, "").replace(/^1(\d{10})$/, "$1");

function findService(number: string): SimServiceAsset | "unknown" | "ambiguous" {
  const matches = fixture.services.filter((s) => s.tenant === "ACME" && s.serviceNumber === number);
  const active = matches.filter((s) => s.status === "ACTIVE");
  if (matches.length === 0) return "unknown";
  if (matches.length === 1) return matches[0] as SimServiceAsset;
  return active.length === 1 ? (active[0] as SimServiceAsset) : "ambiguous";
}

function checkRow(row: Record<string, string>, seen: Set<string>): string[] {
  const problems: string[] = [];
  const value = (column: string) => (row[column] ?? "").trim();
  const number = digits(value("service_number"));
  if (seen.has(number)) return ["DUPLICATE"];
  seen.add(number);
  const service = findService(number);
  if (service === "unknown") return ["SERVICE_UNKNOWN"];
  if (service === "ambiguous") return ["AMBIGUOUS"];
  const vendor = fixture.vendors.find(
    (v) => v.id === value("new_carrier") || lower(v.name) === lower(value("new_carrier")),
  );
  if (vendor === undefined) return ["CARRIER_UNKNOWN"];
  const plan = fixture.plans.find(
    (p) => p.vendorId === vendor.id && (p.id === value("plan") || lower(p.name) === lower(value("plan"))),
  );
  if (plan === undefined) problems.push("PLAN_UNKNOWN");
  const named = value("device");
  const device = fixture.devices.find(
    (d) => d.vendorId === vendor.id && (d.id === named || lower(d.name) === lower(named)),
  );
  if (named !== "" && device === undefined) problems.push("DEVICE_UNKNOWN");
  if (device?.excludedServiceIds.includes(service.id)) problems.push("DEVICE_INELIGIBLE");
  if (named === "" && service.device.accessMethod !== vendor.accessMethod) problems.push("DEVICE_REQUIRED");
  for (const feature of value("optional_features")
    .split(";")
    .filter((f) => f.trim() !== "")) {
    const known = plan?.optionalFeatures.some(
      (f) => f.id === feature.trim() || lower(f.description) === lower(feature),
    );
    if (!known) problems.push("FEATURE_UNKNOWN");
  }
  if (service.status !== "ACTIVE") problems.push("SERVICE_STATUS");
  if (!service.orderActions.includes("PORT_NUMBER")) problems.push("ORDER_ACTION");
  if (service.currentVendorId === vendor.id) problems.push("SAME_CARRIER");

  const fields = fixture.propertySets.find((p) => p.vendorId === vendor.id)?.groups[0]?.fields ?? [];
  const required = (id: string) => fields.find((f) => f.id === id)?.validation === "REQUIRED";
  if (required("PIN_PASSWORD") && value("pin") === "") problems.push("PIN_REQUIRED");
  if (value("pin") !== "" && !/^.{4,10}$/u.test(value("pin"))) problems.push("PIN_LENGTH");
  const reason = value("prop.ORDER_REASON");
  const choices = fields.find((f) => f.id === "ORDER_REASON")?.choices ?? [];
  if (required("ORDER_REASON") && reason === "") problems.push("ORDER_REASON_REQUIRED");
  const choiceOk =
    choices.some((c) => c.id === reason || lower(c.label) === lower(reason)) || /^Other: \S/.test(reason);
  if (reason !== "" && !choiceOk) problems.push("ORDER_REASON_CHOICE");
  for (const column of [
    "carrier_account_number",
    "name_on_invoice",
    "ship_to_name",
    "ship_to_line1",
    "ship_to_city",
  ]) {
    if (value(column) === "") problems.push(`${column.toUpperCase()}_REQUIRED`);
  }
  if (digits(value("contact_number")).length !== 10) problems.push("CONTACT_NUMBER");

  const country = fixture.countries.find((c) => lower(c.name) === lower(value("country") || "United States"));
  if (country === undefined) return [...problems, "COUNTRY_UNKNOWN"];
  const parts = Object.fromEntries(country.addressFormat.map((p) => [p.id, p]));
  if (!parts.STATE?.options?.some((o) => o.value === value("ship_to_state"))) problems.push("STATE_UNKNOWN");
  // The intake repairs a US ZIP that lost its leading zero ("6477" -> "06477").
  const zip = (z: string) => (country.abbreviation === "US" && /^\d{4}$/.test(z) ? `0${z}` : z);
  if (!new RegExp(`^(?:${parts.POSTAL_CODE?.regEx ?? ""})$`).test(zip(value("ship_to_postal_code")))) {
    problems.push("SHIP_TO_POSTAL_CODE");
  }
  if (country.abbreviation === "US" && !/^\d{5}$/.test(zip(value("postal_code"))))
    problems.push("POSTAL_CODE");
  const employee = value("employee");
  const holder = fixture.employees.find((e) => e.id === service.employeeId);
  if (employee !== "" && employee !== holder?.companyEmployeeId) problems.push("EMPLOYEE_NOT_HOLDER");
  return problems;
}

describe("fixtures/example.csv", () => {
  it("has the canonical columns in order (no service_id), then the prop.* columns", () => {
    expect(header).toEqual([
      ...CANONICAL_COLUMNS.filter((c) => c !== "service_id"),
      "prop.ORDER_REASON",
      "prop.PREFERRED_PORT_DATE",
    ]);
  });

  it("has 40 rows", () => {
    expect(rows).toHaveLength(40);
  });

  it("is valid for the default fixture except for the intentional mistakes", () => {
    const seen = new Set<string>();
    const found: Record<number, string[]> = {};
    rows.forEach((row, i) => {
      const problems = checkRow(row, seen);
      if (problems.length > 0) found[i + 2] = problems;
    });
    expect(found).toEqual(MISTAKES);
  });

  it("agrees on name and PIN wherever rows share a carrier account (the intake's ACCOUNT_MISMATCH)", () => {
    const byAccount = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = row.carrier_account_number ?? "";
      byAccount.set(
        key,
        (byAccount.get(key) ?? new Set()).add(`${row.name_on_invoice ?? ""}|${row.pin ?? ""}`),
      );
    }
    expect([...byAccount].filter(([, variants]) => variants.size > 1)).toEqual([]);
  });

  it("ports lines of at least three current carriers to at least four new carriers", () => {
    const current = new Set<string>();
    const next = new Set<string>();
    for (const row of rows) {
      const service = findService(digits(row.service_number ?? ""));
      if (typeof service !== "string") current.add(service.currentVendorId);
      const carrier = lower(row.new_carrier ?? "");
      next.add(fixture.vendors.find((v) => v.id === carrier || lower(v.name) === carrier)?.id ?? carrier);
    }
    expect(current.size).toBeGreaterThanOrEqual(3);
    expect(next.size).toBeGreaterThanOrEqual(4);
  });
});
