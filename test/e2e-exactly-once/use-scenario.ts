// Per test: a fresh simulator, a generated sheet of a few valid rows (test/crash/generate-sheet.ts) and a folder
// for state, lock and results files; `run` runs the built CLI on it, optionally armed with a failpoint or killed
// when a condition holds. Needs the built CLI (npm run build).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from "../../src/simulator/start-simulator.js";
import type { FailpointName } from "../../src/state/failpoints.js";
import { checkSimulator, type ExactlyOnceVerdict } from "../crash/check-exactly-once.js";
import { generateSheet, type SheetLine } from "../crash/generate-sheet.js";
import { readResultsFile, type ResultRecord } from "../crash/read-results-file.js";
import { connectionEnv, startCli, type CliRun, type StartedCli } from "../crash/spawn-cli.js";

export interface RunOptions {
  /** Extra flags after the defaults. */
  args?: readonly string[];
  failpoint?: FailpointName;
  /** @default "state.sqlite" in the scenario's folder */
  state?: string;
  /** @default "sheet.results.csv" in the scenario's folder */
  out?: string;
  /** @default the generated sheet */
  input?: string;
  killWhen?: () => boolean;
  signal?: NodeJS.Signals;
}

export interface Scenario {
  sim: RunningSimulator;
  dir: string;
  lines: SheetLine[];
  input: string;
  state: string;
  out: string;
  file: (name: string) => string;
  /** `bulkport run <sheet> --state … --out … --rate 500 --concurrency 1 --reconcile-delay 0`, plus `args`. */
  start: (options?: RunOptions) => StartedCli;
  run: (options?: RunOptions) => Promise<CliRun>;
  /** The records of a complete results file; throws when it is absent or broken. */
  results: (out?: string) => ResultRecord[];
  verdict: () => ExactlyOnceVerdict;
}

export function useScenario(options: { rows: number; sim?: SimulatorOptions }): () => Scenario {
  let current: Scenario | undefined;
  beforeEach(async () => {
    const sim = await startSimulator({ services: 60, ...options.sim });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulkport-once-"));
    const sheet = generateSheet(sim.fixture, options.rows);
    const file = (name: string) => path.join(dir, name);
    const input = file("sheet.csv");
    fs.writeFileSync(input, sheet.csv);
    const state = file("state.sqlite");
    const out = file("sheet.results.csv");
    const start = (run: RunOptions = {}): StartedCli =>
      startCli({
        args: [
          ...["run", run.input ?? input, "--state", run.state ?? state, "--out", run.out ?? out],
          ...["--rate", "500", "--concurrency", "1", "--reconcile-delay", "0", "--log-level", "warn"],
          ...(run.args ?? []),
        ],
        cwd: dir,
        env: { ...connectionEnv(sim), ...(run.failpoint ? { BULKPORT_FAILPOINT: run.failpoint } : {}) },
        ...(run.killWhen ? { killWhen: run.killWhen } : {}),
        ...(run.signal ? { signal: run.signal } : {}),
      });
    current = {
      sim,
      dir,
      lines: sheet.lines,
      input,
      state,
      out,
      file,
      start,
      run: (run) => start(run).done,
      results(file = out) {
        const read = readResultsFile(
          file,
          sheet.lines.map((line) => line.line),
        );
        if (read.kind !== "complete") throw new Error(`results file ${file} is ${JSON.stringify(read)}`);
        return read.records;
      },
      verdict: () => checkSimulator(sim, sheet.lines),
    };
  });
  afterEach(async () => {
    await current?.sim.close();
    if (current) fs.rmSync(current.dir, { recursive: true, force: true });
    current = undefined;
  });
  return () => {
    if (!current) throw new Error("useScenario: only available inside a test");
    return current;
  };
}
