// Reads, maps and checks a whole sheet before any request: encoding and delimiter detected, headers mapped
// (aliases, then the --mapping file), every value normalised, then the sheet-level checks (duplicates, rows of
// one account that disagree). Unknown columns are reported once, as a warning.
import path from "node:path";
import type { CanonicalRow } from "../input/canonical-row.js";
import { checkSheet } from "../input/check-sheet.js";
import { loadMappingFile } from "../input/load-mapping-file.js";
import { mapHeader } from "../input/map-header.js";
import { createRowMapper } from "../input/map-row.js";
import { openSheet } from "../input/read-rows.js";
import type { SheetOptions } from "./sheet-options.js";

export interface ReadSheet {
  rows: CanonicalRow[];
  /** The sheet's column names as the results file repeats them. */
  header: readonly string[];
  ignoredColumns: readonly string[];
}

export async function readSheet(options: SheetOptions, now: Date): Promise<ReadSheet> {
  const sheet = await openSheet(options.input, options.delimiter ? { delimiter: options.delimiter } : {});
  try {
    const mapping = options.mapping ? await loadMappingFile(options.mapping, sheet.header) : undefined;
    const headerMapping = mapHeader(sheet.header, {
      file: path.basename(options.input),
      headerLine: sheet.headerLine,
      mapping,
    });
    const mapRow = createRowMapper(headerMapping, { now, pinMaxAgeDays: options.pinMaxAgeDays });
    const rows: CanonicalRow[] = [];
    for await (const record of sheet.records()) rows.push(mapRow(record));
    return {
      rows: checkSheet(rows),
      header: headerMapping.inputIndexes.map((index) => headerMapping.names[index] ?? ""),
      ignoredColumns: headerMapping.ignoredColumns,
    };
  } finally {
    sheet.close();
  }
}

export const ignoredColumnsWarning = (columns: readonly string[]): string | undefined =>
  columns.length === 0
    ? undefined
    : `ignored column${columns.length > 1 ? "s" : ""} ${columns.map((c) => `"${c}"`).join(", ")}: not a bulkport column (see \`bulkport template\`); map ${columns.length > 1 ? "them" : "it"} with --mapping if needed`;
