// Flags shared by `run` and `validate`: how to read and map the sheet.
import path from "node:path";
import type { Argv } from "yargs";
import { nonNegativeNumber } from "./option-checks.js";
import { UsageError } from "../errors.js";

export const sheetOptions = (y: Argv) =>
  y
    .positional("input", { type: "string", demandOption: true, describe: "The migration sheet (CSV)" })
    .option("mapping", {
      type: "string",
      describe: "JSON column mapping for headers the aliases do not cover",
    })
    .option("delimiter", {
      type: "string",
      describe: 'Field delimiter: ",", ";" or "tab" (default: detected)',
    })
    .option("pin-max-age", {
      type: "string",
      default: "3",
      describe: "Days after pin_issued when a transfer PIN is too old to send",
    });

type SheetArgs = Awaited<ReturnType<ReturnType<typeof sheetOptions>["parseAsync"]>>;

export interface SheetOptions {
  input: string;
  mapping?: string;
  delimiter?: "," | ";" | "\t";
  pinMaxAgeDays: number;
}

export function normaliseSheetOptions(args: SheetArgs, cwd: string): SheetOptions {
  const delimiter = args.delimiter;
  const known: Record<string, "," | ";" | "\t"> = { ",": ",", ";": ";", tab: "\t", "\t": "\t" };
  if (delimiter !== undefined && !(delimiter in known)) {
    throw new UsageError(`Expected \`--delimiter\` to be ",", ";" or "tab", got "${delimiter}"`);
  }
  return {
    input: path.resolve(cwd, args.input),
    ...(args.mapping !== undefined ? { mapping: path.resolve(cwd, args.mapping) } : {}),
    ...(delimiter !== undefined ? { delimiter: known[delimiter] } : {}),
    pinMaxAgeDays: nonNegativeNumber("--pin-max-age", args["pin-max-age"]),
  };
}
