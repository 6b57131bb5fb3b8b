// Migration sheets for the benchmark, in the columns of fixtures/example.csv. A port sheet names lines the
// simulator really has (the fixture is the sandbox's own: same seed, same size), so every row should confirm and
// submit; a validate sheet needs no simulator and may be as large as the checks can take.
import { closeSync, openSync, writeSync } from "node:fs";
import { CANONICAL_COLUMNS, type CanonicalColumn } from "../src/input/canonical-row.js";
import { createFixture } from "../src/simulator/seed/create-fixture.js";
import { SPECIAL_SERVICE_IDS } from "../src/simulator/seed/seed-special-services.js";
import { ATT_ID, SPRINT_ID, TMOBILE_ID, VERIZON_ID } from "../src/simulator/seed/seed-vendors.js";
import type { Fixture, SimServiceAsset } from "../src/simulator/seed/types.js";

/** The canonical columns (one way to name the line: by number), plus the properties the seed's carriers use. */
type SheetColumn = Exclude<CanonicalColumn, "service_id"> | "prop.ORDER_REASON" | "prop.PREFERRED_PORT_DATE";
export const SHEET_HEADER: readonly SheetColumn[] = [
  ...CANONICAL_COLUMNS.filter(
    (column): column is Exclude<CanonicalColumn, "service_id"> => column !== "service_id",
  ),
  "prop.ORDER_REASON",
  "prop.PREFERRED_PORT_DATE",
];

type SheetRow = Record<SheetColumn, string>;

/** A company's lines share a few carrier accounts; each account's lines give the same name and PIN. */
export const ROWS_PER_ACCOUNT = 100;
const US_CARRIERS = [ATT_ID, VERIZON_ID, TMOBILE_ID, SPRINT_ID];
const SPECIAL_IDS = new Set<string>(Object.values(SPECIAL_SERVICE_IDS));
/** Generated lines per ported row, so that enough of them are ACTIVE, portable US lines. */
const LINES_PER_ROW = 1.15;

const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvLine = (row: SheetRow): string => `${SHEET_HEADER.map((column) => quote(row[column])).join(",")}\n`;

function baseRow(index: number, serviceNumber: string): SheetRow {
  return {
    service_number: serviceNumber,
    new_carrier: "",
    carrier_account_number: String(287_301_900_000 + Math.floor(index / ROWS_PER_ACCOUNT)),
    name_on_invoice: "Acme Corporation",
    current_carrier: "",
    pin: "7391",
    pin_issued: "",
    contact_number: "2035550188",
    device: "",
    plan: "",
    optional_features: "",
    country: "United States",
    postal_code: "78701",
    ship_to_name: `Bench User ${index + 1}`,
    ship_to_line1: "500 W 2nd St",
    ship_to_line2: "Suite 1900",
    ship_to_city: "Austin",
    ship_to_state: "TX",
    ship_to_postal_code: "78701",
    expedite: "false",
    employee: "",
    external_order_number: "",
    "prop.ORDER_REASON": "",
    "prop.PREFERRED_PORT_DATE": "",
  };
}

const portable = (line: SimServiceAsset): boolean =>
  line.tenant === "ACME" &&
  !SPECIAL_IDS.has(line.id) &&
  line.status === "ACTIVE" &&
  line.orderActions.includes("PORT_NUMBER") &&
  US_CARRIERS.includes(line.currentVendorId);

/** One port row per line: another US carrier, its first plan and a device the catalog allows for the line. */
function portRows(fixture: Fixture, rows: number): string[] | undefined {
  const vendorName = new Map(fixture.vendors.map((v) => [v.id, v.name]));
  const lines = fixture.services.filter(portable).slice(0, rows);
  if (lines.length < rows) return undefined;
  return lines.map((line, index) => {
    const targets = US_CARRIERS.filter((id) => id !== line.currentVendorId);
    const target = targets[index % targets.length] ?? ATT_ID;
    const plan = fixture.plans.find((p) => p.vendorId === target);
    const device = fixture.devices.find(
      (d) => d.vendorId === target && !d.excludedServiceIds.includes(line.id),
    );
    if (plan === undefined || device === undefined)
      throw new Error(`no plan or device for carrier ${target}`);
    return csvLine({
      ...baseRow(index, line.serviceNumber),
      new_carrier: vendorName.get(target) ?? target,
      current_carrier: vendorName.get(line.currentVendorId) ?? line.currentVendorId,
      device: device.name,
      plan: plan.name,
      "prop.ORDER_REASON": target === TMOBILE_ID ? "Cost savings" : "",
    });
  });
}

/**
 * Writes a sheet of `rows` portable lines and returns the `--services` count the sandbox must be started with
 * (the smallest tenant size, in steps of 100, that has enough of them).
 */
export function writePortSheet(file: string, rows: number): { services: number } {
  for (let services = Math.ceil((rows * LINES_PER_ROW) / 100) * 100 + 100; ; services += 100) {
    const lines = portRows(createFixture({ services }), rows);
    if (lines === undefined) continue;
    const fd = openSync(file, "w", 0o600);
    try {
      writeSync(fd, `${SHEET_HEADER.join(",")}\n`);
      for (let i = 0; i < lines.length; i += 10_000) writeSync(fd, lines.slice(i, i + 10_000).join(""));
    } finally {
      closeSync(fd);
    }
    return { services };
  }
}

/** Writes `rows` locally valid rows with distinct NANP numbers, in chunks, without holding the sheet in memory. */
export function writeValidateSheet(file: string, rows: number): void {
  const fd = openSync(file, "w", 0o600);
  try {
    writeSync(fd, `${SHEET_HEADER.join(",")}\n`);
    let chunk: string[] = [];
    for (let index = 0; index < rows; index++) {
      // 212-200-0000, 212-200-0001, ...: area codes and exchanges that a phone check accepts.
      const exchange = 200 + (Math.floor(index / 10_000) % 800);
      const area = 212 + Math.floor(index / 8_000_000);
      const serviceNumber = `${area}${exchange}${String(index % 10_000).padStart(4, "0")}`;
      chunk.push(
        csvLine({
          ...baseRow(index, serviceNumber),
          new_carrier: "T-Mobile",
          current_carrier: "AT&T Mobility",
          device: "Apple iPhone 6s (32GB) - Rose Gold",
          plan: "Magenta for Business",
          "prop.ORDER_REASON": "Cost savings",
        }),
      );
      if (chunk.length === 10_000) {
        writeSync(fd, chunk.join(""));
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, chunk.join(""));
  } finally {
    closeSync(fd);
  }
}
