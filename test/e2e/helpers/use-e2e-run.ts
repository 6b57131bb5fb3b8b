// Per test: a fresh simulator (so order counts belong to this test alone), a temporary folder for the state,
// lock and results files, and `runSheet`, which runs the built CLI on a sheet against that simulator.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import type { ReceivedRequest } from "../../../src/simulator/start-simulator.js";
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from "../../../src/simulator/start-simulator.js";
import { readResults, type ResultsFile } from "./read-results.js";
import { fixture, runCli, simulatorEnv, type CliResult } from "./run-cli.js";

export interface E2eRun {
  sim: RunningSimulator;
  dir: string;
  env: Record<string, string>;
  /** A path inside the test's folder. */
  file: (name: string) => string;
  /**
   * `bulkport run fixtures/<sheet> --out <dir>/<name>.results.csv --state <dir>/<state> --rate 200
   * --concurrency 8`, plus `args`; returns the CLI's result and the results file (when one was written).
   */
  runSheet: (
    sheet: string,
    args?: readonly string[],
    options?: { state?: string; name?: string },
  ) => Promise<CliResult & { results: ResultsFile }>;
}

export function useE2eRun(options: SimulatorOptions = { services: 300 }): () => E2eRun {
  let current: E2eRun | undefined;
  beforeEach(async () => {
    const sim = await startSimulator({ port: 0, ...options });
    const dir = mkdtempSync(path.join(tmpdir(), "bulkport-e2e-"));
    const env = simulatorEnv(sim);
    const file = (name: string) => path.join(dir, name);
    current = {
      sim,
      dir,
      env,
      file,
      async runSheet(sheet, args = [], { state = "state.sqlite", name = "run" } = {}) {
        const out = file(`${name}.results.csv`);
        const result = await runCli(
          ["run", fixture(sheet), "--out", out, "--state", file(state), "--rate", "200"].concat([
            "--concurrency",
            "8",
            ...args,
          ]),
          { cwd: dir, env },
        );
        if (!existsSync(out)) {
          throw new Error(`no results file (exit ${String(result.code)}); stderr:\n${result.stderr}`);
        }
        return { ...result, results: readResults(out) };
      },
    };
  });
  afterEach(async () => {
    await current?.sim.close();
    if (current) rmSync(current.dir, { recursive: true, force: true });
    current = undefined;
  });
  return () => {
    if (!current) throw new Error("useE2eRun: only available inside a test");
    return current;
  };
}

const isOrderPost = (request: ReceivedRequest): boolean =>
  request.method === "POST" && request.path.endsWith("/orders");

/** The POST /orders the simulator received since `from` (a request seq), split into confirms and submits. */
export function orderPosts(sim: RunningSimulator, from = 0): { confirms: number; submits: number } {
  const posts = sim.requests().filter((request) => request.seq > from && isOrderPost(request));
  const confirms = posts.filter((request) => request.query.confirm === "true").length;
  return { confirms, submits: posts.length - confirms };
}

/** The sequence number of the newest request so far, to count what a later run sends. */
export const lastSeq = (sim: RunningSimulator): number => sim.requests().at(-1)?.seq ?? 0;
