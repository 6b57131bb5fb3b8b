// The intake end to end on the sheets in fixtures/intake/: read, map the header, map every row, check the sheet.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import type { CanonicalRow } from "../../src/input/canonical-row.js";
import { checkSheet } from "../../src/input/check-sheet.js";
import { loadMappingFile } from "../../src/input/load-mapping-file.js";
import { mapHeader } from "../../src/input/map-header.js";
import { createRowMapper } from "../../src/input/map-row.js";
import { openSheet } from "../../src/input/read-rows.js";

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/intake/${name}`, import.meta.url));
const now = new Date("2024-05-04T12:00:00Z");

const intake = async (name: string, mappingName?: string) => {
  const file = fixture(name);
  const sheet = await openSheet(file);
  const spec =
    mappingName === undefined ? undefined : await loadMappingFile(fixture(mappingName), sheet.header);
  const mapping = mapHeader(sheet.header, { file, headerLine: sheet.headerLine, mapping: spec });
  const mapRow = createRowMapper(mapping, { now });
  const rows: CanonicalRow[] = [];
  for await (const record of sheet.records()) rows.push(mapRow(record));
  return { mapping, rows: checkSheet(rows) };
};

const codesByLine = (rows: readonly CanonicalRow[]) =>
  rows.map((row) => [row.line, row.problems.map(({ code, column }) => `${code} ${column ?? "(row)"}`)]);

const changes = (row: CanonicalRow | undefined) =>
  row?.normalisations.map(({ column, from, to }) => `${column}: ${from} -> ${to}`);

describe("fixtures/intake", () => {
  it("excel-damage.csv: each kind of damage on its own line", async () => {
    const { rows } = await intake("excel-damage.csv");
    expect(codesByLine(rows)).toEqual([
      [2, ["ACCOUNT_MISMATCH name_on_invoice"]],
      [3, ["PHONE_SCIENTIFIC service_number"]],
      [4, ["DUPLICATE service_number"]],
      [5, ["ACCOUNT_MISMATCH name_on_invoice"]],
      [6, ["PIN_LENGTH pin", "ACCOUNT_IS_PHONE carrier_account_number"]],
      [7, []],
      [8, ["STATE_UNKNOWN ship_to_state", "EXPEDITE_FORMAT expedite", "PIN_EXPIRED pin_issued"]],
      [9, ["EXCEL_ERROR plan"]],
      [11, ["COLUMN_COUNT (row)", "REQUIRED plan"]],
    ]);
    expect(changes(rows[0])).toEqual([
      "postal_code: 6477 -> 06477",
      "ship_to_postal_code: 6477 -> 06477",
      "ship_to_state: Connecticut -> CT",
    ]);
    expect(changes(rows[5])).toEqual([
      "postal_code: k1a0b1 -> K1A 0B1",
      "ship_to_postal_code: K1A0B1 -> K1A 0B1",
      "ship_to_state: Ontario -> ON",
    ]);
    expect(rows[2]?.problems[0]?.message).toBe(
      "service_number: service number 5123440000 is already on line 2; each number is ported once per run",
    );
  });

  it("aliased-headers.csv: people's headers map to canonical columns; unknown ones are listed once", async () => {
    const { mapping, rows } = await intake("aliased-headers.csv");
    expect(mapping.ignoredColumns).toEqual(["Notes"]);
    expect(rows.map(({ problems }) => problems)).toEqual([[], []]);
    expect(rows[0]?.values).toEqual({
      service_number: "5123440000",
      new_carrier: "Verizon Wireless",
      carrier_account_number: "123456789",
      name_on_invoice: "Peter Edwards",
      current_carrier: "AT&T Mobility",
      pin: "4821",
      pin_issued: "2024-05-02",
      contact_number: "2035559360",
      device: "Apple iPhone 5 (16GB) - Black",
      plan: "Nationwide for Business Talk Share Plan",
      optional_features: "Visual Voice Mail;Wireless Phone Protection (Advanced Devices)",
      country: "United States",
      postal_code: "06477",
      ship_to_name: "Peter Edwards",
      ship_to_line1: "35 Executive Blvd",
      ship_to_city: "Orange",
      ship_to_state: "CT",
      ship_to_postal_code: "06477-1234",
      expedite: "true",
      employee: "peter.edwards.acme",
    });
    expect(rows[0]?.raw.Notes).toBe("VIP, call first");
    expect(changes(rows[1])).toEqual(["Wireless #: +1 512 344 0001 -> 5123440001"]);
  });

  it("excel-unicode-text.txt and windows-1252.csv map like any other sheet", async () => {
    const unicode = await intake("excel-unicode-text.txt");
    expect(unicode.rows.map(({ line, problems }) => [line, problems])).toEqual([
      [2, []],
      [4, []],
    ]);
    expect(unicode.rows[1]?.values.name_on_invoice).toBe("José Muñoz");
    const western = await intake("windows-1252.csv");
    expect(western.rows[0]?.values).toMatchObject({
      name_on_invoice: "François Côté",
      country: "Canada",
      postal_code: "K1A 0B1",
      ship_to_city: "Montréal",
      ship_to_state: "QC",
    });
  });

  it("mapped-sheet.csv with mapping.json: columns, a property and constants", async () => {
    const { mapping, rows } = await intake("mapped-sheet.csv", "mapping.json");
    expect(mapping.ignoredColumns).toEqual(["Cost Center"]);
    expect(rows[0]).toMatchObject({
      values: {
        service_number: "5123440000",
        new_carrier: "Verizon Wireless",
        carrier_account_number: "123456789",
        name_on_invoice: "Peter Edwards",
        current_carrier: "AT&T Mobility",
        pin: "4821",
        plan: "Nationwide for Business Talk Share Plan",
        ship_to_postal_code: "06477",
        country: "United States",
        expedite: "false",
      },
      properties: { PREFERRED_PORT_DATE: "2024-06-01" },
      problems: [],
    });
    expect(rows[0]?.sourceColumn).toMatchObject({
      country: 'mapping constant "country"',
      "prop.PREFERRED_PORT_DATE": "Port On",
    });
  });

  it("loadMappingFile names a missing file and checks headers against the sheet", async () => {
    const missing = fixture("no-such-mapping.json");
    await expect(loadMappingFile(missing, ["Line"])).rejects.toThrow(
      new ConfigError(`${missing}: cannot read the mapping file (file not found)`),
    );
    const file = fixture("mapping.json");
    await expect(loadMappingFile(file, ["Line", "Go To"])).rejects.toThrow(
      /the mapping file has 7 problems:\n {2}- columns\.carrier_account_number: the sheet has no column "Acct"; closest: "Line"/,
    );
  });
});
