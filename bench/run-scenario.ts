// One scenario end to end: write the sheet, start the simulator process, run bulkport, read the simulator's
// request log and the results file, and check the targets.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { writePortSheet, writeValidateSheet } from "./generate-sheet.js";
import { measureRequests } from "./measure-requests.js";
import { runCli, type CliRun } from "./run-cli.js";
import { startSandboxProcess } from "./sandbox-process.js";
import type { Scenario, ScenarioResult } from "./scenarios.js";

export interface BenchContext {
  bin: string;
  /** A scratch directory of this bench run. */
  dir: string;
  /** Extra flags for the measured Node.js process, e.g. --cpu-prof. */
  nodeArgs: readonly string[];
}

/** How many rows of the results file ended in each status. */
function countStatuses(resultsFile: string): Map<string, number> {
  if (!existsSync(resultsFile)) return new Map();
  const records = parse<{ status: string }>(readFileSync(resultsFile), { bom: true, columns: true });
  const counts = new Map<string, number>();
  for (const { status } of records) counts.set(status, (counts.get(status) ?? 0) + 1);
  return counts;
}

/** "975 SUBMITTED, 25 IN_DOUBT", most frequent first. */
const describeCounts = (counts: Map<string, number>): string =>
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([status, count]) => `${count} ${status}`)
    .join(", ");

/** Every row has its order, from this run or an earlier one. */
const allSubmitted = (counts: Map<string, number>): boolean =>
  [...counts.keys()].every((status) => status === "SUBMITTED" || status === "SKIPPED");

/** The line of a failed run's stderr that says most about why (a fatal V8 error, else the last line). */
function telling(stderrFile: string): string {
  const lines = readFileSync(stderrFile, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const line = lines.find((l) => l.startsWith("FATAL ERROR")) ?? lines.at(-1) ?? "no output";
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

const failed = (run: CliRun, allowed: readonly number[]): string | undefined =>
  typeof run.code === "number" && allowed.includes(run.code)
    ? undefined
    : `exit ${run.code}: ${telling(run.stderrFile)}`;

async function runValidate(scenario: Scenario, context: BenchContext, dir: string): Promise<ScenarioResult> {
  const sheet = path.join(dir, "sheet.csv");
  writeValidateSheet(sheet, scenario.rows);
  const run = await runCli(context.bin, ["validate", sheet, ...scenario.flags], {
    dir,
    name: "validate",
    nodeArgs: context.nodeArgs,
  });
  const lines = run.stdout.trim().split("\n");
  const summary = lines.find((line) => line.includes("row(s) read")) ?? lines.at(-1) ?? "";
  const result: ScenarioResult = {
    id: scenario.id,
    name: scenario.name,
    rows: scenario.rows,
    wallMs: run.wallMs,
    rowsPerSec: (scenario.rows * 1000) / run.wallMs,
    ...(run.peakRssMb !== undefined ? { peakRssMb: run.peakRssMb } : {}),
    ...(run.cpuSec !== undefined ? { cpuSec: run.cpuSec } : {}),
    outcome: failed(run, [0, 1]) ?? summary,
    targets: [],
  };
  return { ...result, targets: scenario.targets(result) };
}

async function runPorts(scenario: Scenario, context: BenchContext, dir: string): Promise<ScenarioResult> {
  const sheet = path.join(dir, "sheet.csv");
  const { services } = writePortSheet(sheet, scenario.rows);
  const sandbox = await startSandboxProcess(context.bin, dir, {
    services,
    latencyMs: scenario.latencyMs ?? 0,
    ...(scenario.rateLimit !== undefined ? { rateLimit: scenario.rateLimit } : {}),
    ...(scenario.errorRate !== undefined ? { errorRate: scenario.errorRate } : {}),
  });
  try {
    const out = path.join(dir, "results.csv");
    const args = ["run", sheet, "--config", sandbox.configFile, "--state", path.join(dir, "state.sqlite")];
    args.push("--out", out, ...scenario.flags);
    const run = await runCli(context.bin, args, { dir, name: "run-1", nodeArgs: context.nodeArgs });
    const figures = measureRequests(await sandbox.requests(), scenario.rows);
    let counts = countStatuses(out);
    let outcome = failed(run, [0, 1]) ?? describeCounts(counts);
    // Rows a 5xx left in doubt and released (--resubmit-in-doubt) are submitted by the next run.
    for (let extra = 1; extra <= (scenario.followUpRuns ?? 0) && !allSubmitted(counts); extra++) {
      const again = await runCli(context.bin, args, { dir, name: `run-${extra + 1}` });
      counts = countStatuses(out);
      const total = (await sandbox.requests()).length;
      const seconds = (again.wallMs / 1000).toFixed(1);
      outcome += `; run ${extra + 1} (${seconds} s, ${total} calls in all): ${failed(again, [0, 1]) ?? describeCounts(counts)}`;
    }
    const result: ScenarioResult = {
      id: scenario.id,
      name: scenario.name,
      rows: scenario.rows,
      calls: figures.calls,
      minimum: figures.minimum,
      rateLimited: figures.rateLimited,
      serverErrors: figures.serverErrors,
      ...(figures.callsPerSec !== undefined ? { callsPerSec: figures.callsPerSec } : {}),
      ...(scenario.rateLimit !== undefined ? { limit: scenario.rateLimit } : {}),
      ...(scenario.rateLimit !== undefined && figures.callsPerSec !== undefined
        ? { efficiency: figures.callsPerSec / scenario.rateLimit }
        : {}),
      wallMs: run.wallMs,
      rowsPerSec: (scenario.rows * 1000) / run.wallMs,
      ...(run.peakRssMb !== undefined ? { peakRssMb: run.peakRssMb } : {}),
      ...(run.cpuSec !== undefined ? { cpuSec: run.cpuSec } : {}),
      ...(run.cpuSec !== undefined ? { cpuSec: run.cpuSec } : {}),
      outcome,
      targets: [],
    };
    return { ...result, targets: scenario.targets(result) };
  } finally {
    await sandbox.stop();
  }
}

export async function runScenario(
  scenario: Scenario,
  index: number,
  context: BenchContext,
): Promise<ScenarioResult> {
  const dir = path.join(context.dir, `scenario-${index + 1}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return scenario.kind === "validate"
    ? runValidate(scenario, context, dir)
    : runPorts(scenario, context, dir);
}
