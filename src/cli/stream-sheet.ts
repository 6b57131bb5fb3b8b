// Reads, maps and checks a sheet of any size without holding it (bulkport validate; issue 6: a million rows at
// 50,000 rows/s in 200 MB). The file is read once: each row is mapped, added to the index of
// sheet-check-index.ts and dropped, keeping only what it has to show (its problems and normalisations) in a
// spill (spill-rows.ts). Rows of one account can disagree with a later row, so nothing is final before the last
// row: then the rows are replayed in order with their ACCOUNT_MISMATCH problems added. Problems, their order and
// the normalisations are those of read-sheet.ts (bulkport run), which keeps its rows anyway. Reading the file a
// second time instead of spilling would cost a second parse: 27 s for the benchmark's million rows against 16 s.
import path from "node:path";
import type { CanonicalRow, Normalisation, RowProblem } from "../input/canonical-row.js";
import { loadMappingFile } from "../input/load-mapping-file.js";
import { mapHeader } from "../input/map-header.js";
import { createRowMapper } from "../input/map-row.js";
import { openSheet } from "../input/read-rows.js";
import { createSheetCheckIndex, type SheetCheckIndex } from "../input/sheet-check-index.js";
import { createRowSpill, type RowSpill, type RowSpillOptions } from "../input/spill-rows.js";
import type { SheetOptions } from "./sheet-options.js";

/** A row as validate shows it: its line, every problem (its own, then the sheet's) and every normalisation. */
export type CheckedRow = Pick<CanonicalRow, "line" | "index" | "problems" | "normalisations">;

export interface StreamedSheet {
  /** The sheet's column names as the results file repeats them. */
  header: readonly string[];
  ignoredColumns: readonly string[];
  /** The number of data rows. */
  size: number;
  /** Every row in input order with all its problems; once. Removes the spill file when it ends or is stopped. */
  rows(): AsyncGenerator<CheckedRow>;
  /** Removes the spill file without reading the rows; safe to call twice. */
  dispose(): void;
}

interface Shown {
  index: number;
  line: number;
  problems: RowProblem[];
  normalisations: Normalisation[];
}

/** Reads every row (read errors are InputErrors, thrown before any row is given); `rows()` then gives them. */
export async function streamSheet(
  options: SheetOptions,
  now: Date,
  spillOptions: RowSpillOptions = {},
): Promise<StreamedSheet> {
  const sheet = await openSheet(options.input, options.delimiter ? { delimiter: options.delimiter } : {});
  const index = createSheetCheckIndex();
  const spill = createRowSpill<Shown>(spillOptions);
  try {
    const mapping = options.mapping ? await loadMappingFile(options.mapping, sheet.header) : undefined;
    const headerMapping = mapHeader(sheet.header, {
      file: path.basename(options.input),
      headerLine: sheet.headerLine,
      mapping,
    });
    const mapRow = createRowMapper(headerMapping, { now, pinMaxAgeDays: options.pinMaxAgeDays });
    for await (const record of sheet.records()) {
      const row = mapRow(record);
      const position = index.size;
      const duplicate = index.add(row);
      if (row.problems.length + duplicate.length + row.normalisations.length === 0) continue;
      const { line, normalisations } = row;
      spill.push({ index: position, line, problems: [...row.problems, ...duplicate], normalisations });
    }
    return {
      header: headerMapping.inputIndexes.map((i) => headerMapping.names[i] ?? ""),
      ignoredColumns: headerMapping.ignoredColumns,
      size: index.size,
      rows: () => replay(index, spill),
      dispose: () => spill.dispose(),
    };
  } catch (error) {
    spill.dispose();
    throw error;
  } finally {
    sheet.close();
  }
}

/** Every row in order: shown rows from the spill (whose replay removes its file), the others from the index. */
async function* replay(index: SheetCheckIndex, spill: RowSpill<Shown>): AsyncGenerator<CheckedRow> {
  let position = 0;
  const plain = (at: number): CheckedRow => ({
    index: at,
    line: index.lineOf(at),
    problems: index.mismatchesOf(at),
    normalisations: [],
  });
  for await (const shown of spill.replay()) {
    for (; position < shown.index; position++) yield plain(position);
    const mismatches = index.mismatchesOf(position);
    yield mismatches.length === 0 ? shown : { ...shown, problems: [...shown.problems, ...mismatches] };
    position += 1;
  }
  for (; position < index.size; position++) yield plain(position);
}
