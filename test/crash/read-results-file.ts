// Reads a results CSV as the crash tests judge it: absent, complete (one record per input row, in input order,
// under the full header), or broken. write-results.ts promises that a crash never leaves a broken file.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { RESULT_COLUMNS } from "../../src/results/result-columns.js";

export interface ResultRecord {
  line: number;
  status: string;
  orderId: string;
  externalOrderNumber: string;
  serviceNumber: string;
  errorCode: string;
  errorMessage: string;
}

export type ResultsFile =
  { kind: "absent" } | { kind: "complete"; records: ResultRecord[] } | { kind: "broken"; reason: string };

const cell = (record: Record<string, string>, column: string): string => record[column] ?? "";

/** `lines`: the input's data line numbers, in order (the `row` column must list exactly these). */
export const readResultsFile = (file: string, lines: readonly number[]): ResultsFile => {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "absent" };
    throw error;
  }
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: false });
  } catch (error) {
    return { kind: "broken", reason: `not CSV: ${(error as Error).message}` };
  }
  const [header, ...data] = rows;
  if (header === undefined || RESULT_COLUMNS.some((column, index) => header[index] !== column)) {
    return { kind: "broken", reason: `header is ${JSON.stringify(header?.slice(0, 3))}` };
  }
  if (data.length !== lines.length) {
    return { kind: "broken", reason: `${data.length} records for ${lines.length} input rows` };
  }
  const records = data.map((values) => {
    const record = Object.fromEntries(header.map((column, index) => [column, values[index] ?? ""]));
    return {
      line: Number(cell(record, "row")),
      status: cell(record, "status"),
      orderId: cell(record, "order_id"),
      externalOrderNumber: cell(record, "external_order_number"),
      serviceNumber: cell(record, "service_number"),
      errorCode: cell(record, "error_code"),
      errorMessage: cell(record, "error_message"),
    };
  });
  const misplaced = records.findIndex((record, index) => record.line !== lines[index]);
  if (misplaced >= 0) {
    return { kind: "broken", reason: `record ${misplaced + 1} is row ${records[misplaced]?.line}` };
  }
  return { kind: "complete", records };
};

/** Temp files a writer left beside `file` (a process killed between creating and renaming its temp file). */
export const leftoverTempFiles = (file: string): string[] => {
  const prefix = `.${path.basename(file)}.`;
  return fs
    .readdirSync(path.dirname(file))
    .filter((name) => name.startsWith(prefix) && name.endsWith(".tmp"));
};
