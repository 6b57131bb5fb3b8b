// Runs the built CLI (dist/cli/bin.js, `npm run build` first) as a separate process, the way cron would, with
// only the environment a test gives it: no MOBPROC_* setting leaks in from the machine running the tests.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { RunningSimulator } from "../../../src/simulator/start-simulator.js";

export const BIN = fileURLToPath(new URL("../../../dist/cli/bin.js", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Options for node itself, before the script (e.g. `--import`). */
  node?: string[];
  /** Called every few milliseconds while the process runs (to look at its files mid-run). */
  whileRunning?: () => void;
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [...(options.node ?? []), BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const watcher = options.whileRunning ? setInterval(options.whileRunning, 2) : undefined;
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(watcher);
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}

/** The connection settings of a simulator started by the test, as the CLI reads them. */
export const simulatorEnv = (
  sim: Pick<RunningSimulator, "baseUrl" | "tokenUrl" | "credentials">,
): Record<string, string> => ({
  MOBPROC_BASE_URL: sim.baseUrl,
  MOBPROC_TOKEN_URL: sim.tokenUrl,
  MOBPROC_TENANT: sim.credentials.tenant,
  MOBPROC_CLIENT_ID: sim.credentials.clientId,
  MOBPROC_CLIENT_SECRET: sim.credentials.clientSecret,
  MOBPROC_USERNAME: sim.credentials.username,
  MOBPROC_PASSWORD: sim.credentials.password,
});
