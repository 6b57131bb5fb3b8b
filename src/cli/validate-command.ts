// `bulkport validate`: no network. Reads, maps and checks the sheet and prints every problem per row that can be
// found without the API (the intake's codes, as a run reports them); problems that need the API's reference data
// (unknown services, plans, devices, carrier properties) are left to `run --dry-run`. Exit 1 when a row is invalid.
import type { Argv } from "yargs";
import type { CanonicalRow } from "../input/canonical-row.js";
import { describeRowProblems } from "../runner/describe-row-problems.js";
import type { CliIo } from "./cli-io.js";
import { EXIT } from "./exit-codes.js";
import { ignoredColumnsWarning, readSheet } from "./read-sheet.js";
import { normaliseSheetOptions, sheetOptions } from "./sheet-options.js";

export const validateCommandBuilder = (y: Argv) => sheetOptions(y);

type ValidateArgs = Awaited<ReturnType<ReturnType<typeof validateCommandBuilder>["parseAsync"]>>;

export const API_CHECKS_NOTE =
  "Checks that need the API (services, carriers' plans and devices, order properties) are made by `bulkport run --dry-run`.";

export async function validateCommand(args: ValidateArgs, io: CliIo): Promise<number> {
  const options = normaliseSheetOptions(args, io.cwd);
  const sheet = await readSheet(options, new Date());
  const warning = ignoredColumnsWarning(sheet.ignoredColumns);
  if (warning) io.stderr.write(`warning: ${warning}\n`);
  const invalid = sheet.rows.filter((row) => row.problems.length > 0);
  for (const row of sheet.rows) io.stdout.write(describeRow(row));
  io.stdout.write(
    `${sheet.rows.length} row(s) read: ${sheet.rows.length - invalid.length} pass the local checks, ${invalid.length} need fixing\n`,
  );
  // Without the network, nothing that needs the API's reference data can be checked (unknown services, plans,
  // devices, missing carrier properties); say so, or a clean validate reads as a promise that the run will pass.
  io.stdout.write(`${API_CHECKS_NOTE}\n`);
  return invalid.length > 0 ? EXIT.ROWS_NEED_ATTENTION : EXIT.OK;
}

function describeRow(row: CanonicalRow): string {
  const changes = row.normalisations.map(
    (n) => `  changed ${n.column}: "${n.from}" -> "${n.to}" (${n.reason})\n`,
  );
  if (row.problems.length === 0) return changes.length > 0 ? `line ${row.line}: ok\n${changes.join("")}` : "";
  const { code } = describeRowProblems(row.problems);
  const status = row.problems.some((p) => p.code === "DUPLICATE") ? "DUPLICATE" : "INVALID";
  const problems = row.problems.map((p) => `  ${p.code}: ${p.message}\n`);
  return `line ${row.line}: ${status} (${code})\n${problems.join("")}${changes.join("")}`;
}
