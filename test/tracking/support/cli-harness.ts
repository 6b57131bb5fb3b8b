// In-process bulkport for the tracking and report tests: `run` goes through main(); `status` and `report` go
// through their own command builders and handlers, exactly as main() dispatches them. Each call captures stdout
// and stderr, and talks to a simulator the test started (settings from the environment, never --sandbox).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import yargs, { type Argv } from "yargs";
import type { CliIo } from "../../../src/cli/cli-io.js";
import { exitCodeFor } from "../../../src/cli/exit-codes.js";
import { main } from "../../../src/cli/main.js";
import { reportCommand, reportCommandBuilder } from "../../../src/cli/report-command.js";
import { statusCommand, statusCommandBuilder } from "../../../src/cli/status-command.js";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const sink = () => {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
};

/** The connection settings of `sim`, as `bulkport sandbox` prints them, plus a private HOME. */
export const simulatorEnv = (sim: RunningSimulator, home: string): Record<string, string> => ({
  MOBPROC_BASE_URL: sim.baseUrl,
  MOBPROC_TOKEN_URL: sim.tokenUrl,
  MOBPROC_TENANT: sim.credentials.tenant,
  MOBPROC_CLIENT_ID: sim.credentials.clientId,
  MOBPROC_CLIENT_SECRET: sim.credentials.clientSecret,
  MOBPROC_USERNAME: sim.credentials.username,
  MOBPROC_PASSWORD: sim.credentials.password,
  HOME: home,
});

const dispatch = async (argv: readonly string[], io: CliIo): Promise<number> => {
  if (argv[0] !== "status" && argv[0] !== "report") return main(argv, io);
  let execute: (() => Promise<number>) | undefined;
  await yargs([...argv])
    .command(
      "status",
      "",
      (y: Argv) => statusCommandBuilder(y),
      (args) => void (execute = () => statusCommand(args, io)),
    )
    .command(
      "report",
      "",
      (y: Argv) => reportCommandBuilder(y),
      (args) => void (execute = () => reportCommand(args, io)),
    )
    .strict()
    .exitProcess(false)
    .parseAsync();
  if (execute === undefined) throw new Error(`no command in ${argv.join(" ")}`);
  // As main() does: an error that stops the command is one line on stderr and an exit code.
  try {
    return await execute();
  } catch (error) {
    io.stderr.write(`bulkport: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodeFor(error);
  }
};

export const runCli = async (
  argv: readonly string[],
  env: Record<string, string>,
  cwd: string,
): Promise<CliResult> => {
  const stdout = sink();
  const stderr = sink();
  const code = await dispatch(argv, { env, cwd, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
};

const dirs: string[] = [];

export const createWorkDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulkport-tracking-"));
  dirs.push(dir);
  return dir;
};

export const removeWorkDirs = (): void => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
};

const EXAMPLE = path.resolve(import.meta.dirname, "../../../fixtures/example.csv");

/** The bundled example sheet's header and the lines for `serviceNumbers`, in that order (lines 2, 3, ...). */
export const exampleSheet = (serviceNumbers: readonly string[]): string => {
  const [header, ...lines] = fs.readFileSync(EXAMPLE, "utf8").trimEnd().split("\n");
  const picked = serviceNumbers.map((number) => {
    const line = lines.find((l) => l.startsWith(`${number},`));
    if (line === undefined) throw new Error(`fixtures/example.csv has no line for ${number}`);
    return line;
  });
  return `${[header, ...picked].join("\n")}\n`;
};

export const EXAMPLE_SHEET = EXAMPLE;

/** API requests received after `seq`, as "METHOD path" (token calls included; query strings left out). */
export const callsAfter = (sim: RunningSimulator, seq: number): string[] =>
  sim
    .requests()
    .filter((request) => request.seq > seq)
    .map((request) => `${request.method} ${request.path.replace("/mobproc/v1", "")}`);

export const lastSeq = (sim: RunningSimulator): number => sim.requests().at(-1)?.seq ?? 0;
