// main(argv, io): yargs -> typed options -> command. The only place that turns errors into exit codes; the
// process itself is touched only in bin.ts, so tests call main() without spawning a process.
import yargs, { type Argv } from "yargs";
import { UsageError } from "../errors.js";
import type { CliIo } from "./cli-io.js";
import { exitCodeFor } from "./exit-codes.js";
import { runCommand } from "./run-command.js";
import { runCommandBuilder } from "./run-options.js";
import { reportCommand, reportCommandBuilder } from "./report-command.js";
import { sandboxCommand, sandboxCommandBuilder } from "./sandbox-command.js";
import { statusCommand, statusCommandBuilder } from "./status-command.js";
import { templateCommand } from "./template-command.js";
import { validateCommand, validateCommandBuilder } from "./validate-command.js";

type Execute = () => Promise<number>;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let execute: Execute | undefined;
  const parser = yargs([...argv])
    .scriptName("bulkport")
    .usage("$0 <command> [options]\n\nPort mobile numbers to a new carrier in bulk through mobproc.")
    .command(
      "run <input>",
      "Confirm every row of a migration sheet, then submit the valid ones and write the results",
      (y: Argv) => runCommandBuilder(y),
      (args) => void (execute = () => runCommand(args, io)),
    )
    .command(
      "validate <input>",
      "Read, map and check a sheet with no network call; print every problem per row",
      (y: Argv) => validateCommandBuilder(y),
      (args) => void (execute = () => validateCommand(args, io)),
    )
    .command(
      "template",
      "Print the expected CSV header with an example line",
      (y: Argv) => y,
      () => void (execute = () => templateCommand(io)),
    )
    .command(
      "status",
      "Refresh the status of every submitted order, update the results file, list the rows that need a person",
      (y: Argv) => statusCommandBuilder(y),
      (args) => void (execute = () => statusCommand(args, io)),
    )
    .command(
      "report",
      "Write a self-contained HTML report of the migration from the state file (no network)",
      (y: Argv) => reportCommandBuilder(y),
      (args) => void (execute = () => reportCommand(args, io)),
    )
    .command(
      "sandbox",
      "Run the mobproc simulator and print its connection settings as NAME=value lines",
      (y: Argv) => sandboxCommandBuilder(y),
      (args) => void (execute = () => sandboxCommand(args, io)),
    )
    .demandCommand(1, "Name a command: run, validate, template, sandbox, status or report")
    .strict()
    .strictCommands() // "Unknown command: frobnicate", not yargs' "Unknown argument: frobnicate"
    .version(false)
    .help()
    .wrap(Math.min(110, io.stdout.columns ?? 100))
    .exitProcess(false);

  const parsed = await new Promise<{ error?: Error; output: string; helpShown: boolean }>((resolve) => {
    void parser.parse([...argv], {}, (error, args, output) => {
      const helpShown = typeof args === "object" && "help" in args && Boolean(args.help);
      resolve({ ...(error ? { error } : {}), output, helpShown });
    });
  });
  if (parsed.error) {
    io.stderr.write(`bulkport: ${parsed.error.message}\nRun "bulkport --help" for usage.\n`);
    return exitCodeFor(new UsageError(parsed.error.message));
  }
  if (parsed.output) {
    io.stdout.write(parsed.output.endsWith("\n") ? parsed.output : `${parsed.output}\n`);
    if (!execute || parsed.helpShown) return 0;
  }
  if (!execute) return 0;
  try {
    return await execute();
  } catch (error) {
    io.stderr.write(`bulkport: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodeFor(error);
  }
}
