import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CANONICAL_COLUMNS } from "../../src/input/canonical-row.js";
import { checkSheet } from "../../src/input/check-sheet.js";
import { mapHeader } from "../../src/input/map-header.js";
import { createRowMapper } from "../../src/input/map-row.js";
import { openSheet } from "../../src/input/read-rows.js";
import { templateCsv } from "../../src/input/template-csv.js";

describe("templateCsv", () => {
  it("is the canonical header and the contract's example row", () => {
    expect(templateCsv()).toBe(
      `${CANONICAL_COLUMNS.join(",")}\n` +
        "5123440000,,Verizon Wireless,123456789,Peter Edwards,AT&T Mobility,4821,,2035559360," +
        "Apple iPhone 5 (16GB) - Black,Nationwide for Business Talk Share Plan," +
        "Visual Voice Mail;Wireless Phone Protection (Advanced Devices),United States,06477,Peter Edwards," +
        "35 Executive Blvd,,Orange,CT,06477,yes,peter.edwards.acme,\n",
    );
  });

  it("reads back through the intake without problems", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "bulkport-template-"));
    try {
      const file = path.join(dir, "template.csv");
      await writeFile(file, templateCsv());
      const sheet = await openSheet(file);
      const mapping = mapHeader(sheet.header, { file });
      const mapRow = createRowMapper(mapping, { now: new Date("2024-05-04T00:00:00Z") });
      const rows = [];
      for await (const record of sheet.records()) rows.push(mapRow(record));
      const [row] = checkSheet(rows);
      expect(mapping.ignoredColumns).toEqual([]);
      expect(row?.problems).toEqual([]);
      expect(row?.normalisations).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
