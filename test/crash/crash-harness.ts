// The crash harness (issue 5): against a simulator with in-doubt ("commit then fail") and dropped-connection
// faults, run the built CLI on a generated sheet, SIGKILL it at random moments, rerun until it finishes, then
// judge: no line with two orders, no valid line without one, results that agree with the simulator, and a
// results file that is absent or complete at every kill point (write-results.ts: atomic replace).
import fs from "node:fs";
import path from "node:path";
import { createRandom } from "../../src/simulator/seed/create-random.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import { checkSimulator, compareResults, type Duplicate } from "./check-exactly-once.js";
import { generateSheet, type SheetLine } from "./generate-sheet.js";
import { drawKillTrigger, isSubmit, killCondition, type KillTrigger } from "./kill-trigger.js";
import { leftoverTempFiles, readResultsFile } from "./read-results-file.js";
import { connectionEnv, runCli, tail, type CliRun } from "./spawn-cli.js";

export interface CrashTrialOptions {
  rows: number;
  /** Seeds the kill points and the simulator's fault dice: a trial is reproducible up to thread timing. */
  seed: number;
  /** SIGKILLs before the finishing runs (each lands at a random request count). @default 2 */
  kills?: number;
  /** @default { commitThenFailRate: 0.05, dropRate: 0.01 } */
  faults?: { commitThenFailRate: number; dropRate: number };
  /** An empty directory for the sheet, the state and the results. */
  directory: string;
}

export interface KillPoint {
  /** When the kill was due (kill-trigger.ts). */
  trigger: KillTrigger;
  /** False when the process finished before it got there. */
  landed: boolean;
  /** Submits the simulator answered for this process: above 0, the kill cut the submit phase. */
  submits: number;
  /** Orders in the simulator when the process ended. */
  orders: number;
  resultsFile: string;
}

export interface CrashTrialReport {
  seed: number;
  rows: number;
  killPoints: KillPoint[];
  /** Every process's end: an exit code, or the signal's name. */
  ends: string[];
  /** Rows not SUBMITTED or SKIPPED when the faulty runs finished, by status (settled by the last pass). */
  unsettled: Record<string, number>;
  orders: number;
  duplicates: Duplicate[];
  refusedOrderPosts: { confirms: number; submits: number };
  withoutOrder: number;
  /** Disagreements, broken results files and unexpected exits. */
  problems: string[];
  leftoverTempFiles: number;
  durationMs: number;
}

export const trialFailed = (report: CrashTrialReport): boolean =>
  report.duplicates.length > 0 ||
  report.withoutOrder > 0 ||
  report.refusedOrderPosts.submits + report.refusedOrderPosts.confirms > 0 ||
  report.problems.length > 0;

const DEFAULT_FAULTS = { commitThenFailRate: 0.05, dropRate: 0.01 };
const MAX_FINISHING_RUNS = 5;

interface Trial {
  sim: RunningSimulator;
  lines: SheetLine[];
  args: string[];
  out: string;
  report: CrashTrialReport;
}

const describeEnd = (run: CliRun): string =>
  (run.signal ?? String(run.code)) + (run.killedByHarness ? "*" : "");

const runOnce = async (trial: Trial, extraArgs: string[], kill?: KillTrigger): Promise<CliRun> => {
  const run = await runCli({
    args: [...trial.args, ...extraArgs],
    cwd: path.dirname(trial.out),
    env: connectionEnv(trial.sim),
    ...(kill === undefined ? {} : { killWhen: killCondition(trial.sim, kill) }),
  });
  trial.report.ends.push(describeEnd(run));
  return run;
};

/** Runs until the job exits 0 or 1 on its own; returns that exit code, or undefined after too many tries. */
const finish = async (trial: Trial, extraArgs: string[]): Promise<number | undefined> => {
  for (let attempt = 1; attempt <= MAX_FINISHING_RUNS; attempt++) {
    const run = await runOnce(trial, extraArgs);
    if (run.code === 0 || run.code === 1) return run.code;
    // 3 (the API unreachable after every retry) can happen with dropped connections; anything else cannot.
    if (run.code !== 3) trial.report.problems.push(`run ended ${describeEnd(run)}: ${tail(run.stderr)}`);
  }
  trial.report.problems.push(`no run finished in ${MAX_FINISHING_RUNS} tries`);
  return undefined;
};

/** Judges the results file a finished run wrote; returns the records not SUBMITTED or SKIPPED, by status. */
const judgeFinalResults = (trial: Trial, label: string): Record<string, number> => {
  const file = readResultsFile(
    trial.out,
    trial.lines.map((line) => line.line),
  );
  if (file.kind !== "complete") {
    trial.report.problems.push(`${label}: results file ${file.kind === "broken" ? file.reason : "absent"}`);
    return {};
  }
  const verdict = checkSimulator(trial.sim, trial.lines);
  trial.report.problems.push(...compareResults(file.records, verdict, true).map((p) => `${label}: ${p}`));
  const unsettled: Record<string, number> = {};
  for (const record of file.records) {
    if (record.status !== "SUBMITTED" && record.status !== "SKIPPED")
      unsettled[record.status] = (unsettled[record.status] ?? 0) + 1;
  }
  return unsettled;
};

export async function runCrashTrial(options: CrashTrialOptions): Promise<CrashTrialReport> {
  const started = Date.now();
  const faults = options.faults ?? DEFAULT_FAULTS;
  const services = Math.ceil(options.rows * 1.25) + 40;
  const sim = await startSimulator({
    services,
    faults: { ...faults, faultSeed: options.seed },
    // Orders complete within ~0.1 s, so rule 7 (an open port refuses a second order) no longer hides a second
    // submit: CONTRACT.md §12 says rule 7 is a simulator safeguard, not a promise of the real API.
    lifecycle: { secondsPerStep: 0.02 },
  });
  const report: CrashTrialReport = {
    seed: options.seed,
    rows: options.rows,
    killPoints: [],
    ends: [],
    unsettled: {},
    orders: 0,
    duplicates: [],
    refusedOrderPosts: { confirms: 0, submits: 0 },
    withoutOrder: 0,
    problems: [],
    leftoverTempFiles: 0,
    durationMs: 0,
  };
  try {
    const sheet = generateSheet(sim.fixture, options.rows);
    const input = path.join(options.directory, "sheet.csv");
    const out = path.join(options.directory, "sheet.results.csv");
    fs.writeFileSync(input, sheet.csv);
    const args = ["run", input, "--state", path.join(options.directory, "state.sqlite"), "--out", out];
    args.push("--rate", "500", "--concurrency", "8", "--reconcile-delay", "0", "--log-level", "warn");
    const trial: Trial = { sim, lines: sheet.lines, args, out, report };
    const random = createRandom(options.seed);
    const lineNumbers = sheet.lines.map((line) => line.line);

    for (let kill = 0; kill < (options.kills ?? 2); kill++) {
      const remaining = checkSimulator(sim, sheet.lines).withoutOrder.length;
      const trigger = drawKillTrigger(random, remaining, Math.ceil(services / 100) + 12);
      const from = sim.requests().at(-1)?.seq ?? 0;
      const run = await runOnce(trial, [], trigger);
      const submits = sim.requests().filter((request) => request.seq > from && isSubmit(request)).length;
      const file = readResultsFile(out, lineNumbers);
      const orders = sim.orders.all().length;
      const resultsFile = file.kind === "broken" ? `broken: ${file.reason}` : file.kind;
      report.killPoints.push({ trigger, landed: run.killedByHarness, submits, orders, resultsFile });
      if (file.kind === "broken") report.problems.push(`kill ${kill + 1}: results file ${file.reason}`);
      if (file.kind === "complete") {
        const verdict = checkSimulator(sim, sheet.lines);
        report.problems.push(
          ...compareResults(file.records, verdict, false).map((p) => `kill ${kill + 1}: ${p}`),
        );
      }
      if (!run.killedByHarness) break; // it finished first: the finishing runs below take over
    }

    if ((await finish(trial, [])) !== undefined) report.unsettled = judgeFinalResults(trial, "faulty finish");
    if (Object.keys(report.unsettled).length > 0) {
      // A submit dropped before the simulator committed it has no order: it stays IN_DOUBT until the user asks
      // for one more submit (§11.3 step 4). The settling pass does that on a healthy network.
      sim.setKnobs({ faults: { faultSeed: options.seed } });
      const code = await finish(trial, ["--resubmit-in-doubt"]);
      if (code !== undefined && code !== 0) report.problems.push(`the settling pass exited ${code}`);
      const left = judgeFinalResults(trial, "settled");
      if (Object.keys(left).length > 0) report.problems.push(`after settling: ${JSON.stringify(left)}`);
    }

    const verdict = checkSimulator(sim, sheet.lines);
    report.orders = sim.orders.all().length;
    report.duplicates = verdict.duplicates;
    report.refusedOrderPosts = verdict.refusedOrderPosts;
    report.withoutOrder = verdict.withoutOrder.length;
    report.leftoverTempFiles = leftoverTempFiles(out).length;
  } finally {
    await sim.close();
    report.durationMs = Date.now() - started;
  }
  return report;
}
