// A valid N-row migration sheet drawn from the simulator's fixture, for the crash and exactly-once tests: ACTIVE
// US lines of tenant ACME with PORT_NUMBER in their order actions, each ported to a carrier with the same access
// method (so no device is needed, CONTRACT.md §9 rule 13), with a plan of that carrier, the PIN where the
// carrier requires it (rule 15: 96 and 99) and T-Mobile's ORDER_REASON, shipped to a real US address.
import { stringify } from "csv-stringify/sync";
import type { Fixture, SimServiceAsset } from "../../src/simulator/seed/types.js";

/** Current carrier → a new carrier with the same access method, and one of its plans. */
const PORT_TO: Readonly<Record<string, { vendorId: string; plan: string }>> = {
  "96": { vendorId: "99", plan: "Magenta for Business" }, // AT&T (GSM) → T-Mobile (GSM)
  "99": { vendorId: "96", plan: "AT&T Business Unlimited" }, // T-Mobile (GSM) → AT&T (GSM)
  "98": { vendorId: "100", plan: "Sprint Business Unlimited" }, // Verizon (CDMA) → Sprint (CDMA)
  "100": { vendorId: "98", plan: "Nationwide for Business Talk Share Plan" }, // Sprint (CDMA) → Verizon (CDMA)
};

const ADDRESSES = [
  { line1: "500 W 2nd St", city: "Austin", state: "TX", zip: "78701" },
  { line1: "350 5th Ave", city: "New York", state: "NY", zip: "10118" },
  { line1: "101 Mission St", city: "San Francisco", state: "CA", zip: "94105" },
  { line1: "233 S Wacker Dr", city: "Chicago", state: "IL", zip: "60606" },
  { line1: "1801 California St", city: "Denver", state: "CO", zip: "80202" },
] as const;

export const SHEET_HEADER = [
  "service_number",
  "new_carrier",
  "carrier_account_number",
  "name_on_invoice",
  "current_carrier",
  "pin",
  "contact_number",
  "plan",
  "country",
  "postal_code",
  "ship_to_name",
  "ship_to_line1",
  "ship_to_city",
  "ship_to_state",
  "ship_to_postal_code",
  "prop.ORDER_REASON",
] as const;

export interface SheetLine {
  /** The physical line in the CSV (the header is line 1). */
  line: number;
  serviceNumber: string;
  serviceId: string;
}

export interface GeneratedSheet {
  csv: string;
  lines: SheetLine[];
}

/** The lines of `fixture` a sheet may port: unambiguous by number (§8.6), ACTIVE, portable, US carriers. */
export const portableServices = (fixture: Fixture): SimServiceAsset[] => {
  const acme = fixture.services.filter((service) => service.tenant === "ACME");
  const uses = new Map<string, number>();
  for (const service of acme) uses.set(service.serviceNumber, (uses.get(service.serviceNumber) ?? 0) + 1);
  const scripted = new Set(fixture.scriptedOutcomes.map((outcome) => outcome.serviceId));
  return acme.filter(
    (service) =>
      uses.get(service.serviceNumber) === 1 &&
      service.status === "ACTIVE" &&
      service.orderActions.includes("PORT_NUMBER") &&
      service.currentVendorId in PORT_TO &&
      !scripted.has(service.id),
  );
};

/** The first `rows` portable lines of `fixture` as a sheet; throws when the fixture has too few. */
export const generateSheet = (fixture: Fixture, rows: number): GeneratedSheet => {
  const services = portableServices(fixture).slice(0, rows);
  if (services.length < rows) {
    throw new Error(
      `the fixture has ${services.length} portable lines, fewer than the ${rows} rows asked for`,
    );
  }
  const vendorName = new Map(fixture.vendors.map((vendor) => [vendor.id, vendor.name]));
  const records = services.map((service, index) => {
    const target = PORT_TO[service.currentVendorId];
    const address = ADDRESSES[index % ADDRESSES.length];
    if (target === undefined || address === undefined) throw new Error("unreachable: filtered above");
    return [
      service.serviceNumber,
      vendorName.get(target.vendorId) ?? target.vendorId,
      `ACCT${String(100_000 + index)}`, // one account per line: no two rows must agree on name and PIN
      "Acme Corporation",
      vendorName.get(service.currentVendorId) ?? service.currentVendorId,
      String(1000 + ((index * 7919) % 9000)),
      "2035550188",
      target.plan,
      "United States",
      address.zip,
      `Employee ${index + 1}`,
      address.line1,
      address.city,
      address.state,
      address.zip,
      target.vendorId === "99" ? "Cost savings" : "",
    ];
  });
  return {
    csv: stringify([[...SHEET_HEADER], ...records]),
    lines: services.map((service, index) => ({
      line: index + 2,
      serviceNumber: service.serviceNumber,
      serviceId: service.id,
    })),
  };
};
