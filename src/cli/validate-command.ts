// `bulkport validate`: no network. Reads, maps and checks the sheet and prints every problem per row that can be
// found without the API (the intake's codes, as a run reports them); problems that need the API's reference data
// (unknown services, plans, devices, carrier properties) are left to `run --dry-run`. Exit 1 when a row is invalid.
// The sheet is streamed (stream-sheet.ts), never held, so a million rows fit in 200 MB (issue 6).
import { once } from "node:events";
import type { Argv } from "yargs";
import { describeRowProblems } from "../runner/describe-row-problems.js";
import type { CliIo } from "./cli-io.js";
import { EXIT } from "./exit-codes.js";
import { ignoredColumnsWarning } from "./read-sheet.js";
import { normaliseSheetOptions, sheetOptions } from "./sheet-options.js";
import { streamSheet, type CheckedRow } from "./stream-sheet.js";

export const validateCommandBuilder = (y: Argv) => sheetOptions(y);

type ValidateArgs = Awaited<ReturnType<ReturnType<typeof validateCommandBuilder>["parseAsync"]>>;

export const API_CHECKS_NOTE =
  "Checks that need the API (services, carriers' plans and devices, order properties) are made by `bulkport run --dry-run`.";

export async function validateCommand(args: ValidateArgs, io: CliIo): Promise<number> {
  const options = normaliseSheetOptions(args, io.cwd);
  const sheet = await streamSheet(options, new Date());
  const warning = ignoredColumnsWarning(sheet.ignoredColumns);
  if (warning) io.stderr.write(`warning: ${warning}\n`);
  const out = createBatchedWriter(io.stdout);
  let rows = 0;
  let invalid = 0;
  for await (const row of sheet.rows()) {
    rows += 1;
    if (row.problems.length > 0) invalid += 1;
    if (out.add(describeRow(row))) await out.flush();
  }
  out.add(`${rows} row(s) read: ${rows - invalid} pass the local checks, ${invalid} need fixing\n`);
  // Without the network, nothing that needs the API's reference data can be checked (unknown services, plans,
  // devices, missing carrier properties); say so, or a clean validate reads as a promise that the run will pass.
  out.add(`${API_CHECKS_NOTE}\n`);
  await out.flush();
  return invalid > 0 ? EXIT.ROWS_NEED_ATTENTION : EXIT.OK;
}

const BATCH_CHARS = 65_536;

/** Joins small writes into 64 KB ones and waits for a full stream to drain, so a slow reader cannot fill memory. */
function createBatchedWriter(stream: CliIo["stdout"]) {
  let pending = "";
  const flush = async (): Promise<void> => {
    if (pending === "") return;
    const ready = stream.write(pending);
    pending = "";
    if (!ready) await once(stream, "drain");
  };
  return {
    /** Queues `text`; true when a batch is full and should be flushed. */
    add: (text: string): boolean => {
      pending += text;
      return pending.length >= BATCH_CHARS;
    },
    flush,
  };
}

/** What validate prints for one row: nothing for a row without problems or changes. */
export function describeRow(row: CheckedRow): string {
  const changes = row.normalisations.map(
    (n) => `  changed ${n.column}: "${n.from}" -> "${n.to}" (${n.reason})\n`,
  );
  if (row.problems.length === 0) return changes.length > 0 ? `line ${row.line}: ok\n${changes.join("")}` : "";
  const { code } = describeRowProblems(row.problems);
  const status = row.problems.some((p) => p.code === "DUPLICATE") ? "DUPLICATE" : "INVALID";
  const problems = row.problems.map((p) => `  ${p.code}: ${p.message}\n`);
  return `line ${row.line}: ${status} (${code})\n${problems.join("")}${changes.join("")}`;
}
