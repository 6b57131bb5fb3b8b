// Runs the built CLI (`node dist/cli/bin.js`, as cron would) in a child process and collects its exit code and
// output. The child gets a clean environment: only what the test passes, so no MOBPROC_* setting of the machine
// running the tests can leak in, and HOME is the test's folder so no default state file lands in a real home.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const BIN = path.join(ROOT, "dist", "cli", "bin.js");

/** A file under fixtures/, e.g. fixture("e2e/clean.csv"). */
export const fixture = (name: string): string => path.join(ROOT, "fixtures", name);

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  /** The working directory; also the child's HOME. */
  cwd: string;
  env?: Record<string, string | undefined>;
  /** The child is killed after this long, so a hung run cannot outlive the test. @default 60_000 */
  killAfterMs?: number;
}

export function assertBuilt(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build" before the e2e tests`);
}

export function runCli(args: readonly string[], options: RunCliOptions): Promise<CliResult> {
  assertBuilt();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: options.cwd, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const killer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The connection settings of a simulator started by the test, as the CLI reads them (README). */
export function simulatorEnv(sim: RunningSimulator): Record<string, string> {
  const { credentials } = sim;
  return {
    MOBPROC_BASE_URL: sim.baseUrl,
    MOBPROC_TOKEN_URL: sim.tokenUrl,
    MOBPROC_TENANT: credentials.tenant,
    MOBPROC_CLIENT_ID: credentials.clientId,
    MOBPROC_CLIENT_SECRET: credentials.clientSecret,
    MOBPROC_USERNAME: credentials.username,
    MOBPROC_PASSWORD: credentials.password,
  };
}

/** The lines bulkport wrote to stderr that are not JSON log lines (its own messages and the summary). */
export const plainLines = (stderr: string): string[] =>
  stderr.split("\n").filter((line) => line !== "" && !line.startsWith("{"));
