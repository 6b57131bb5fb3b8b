// Runs the built CLI (`node dist/cli/bin.js`) as a real process against a simulator started by the caller, so
// that a test can kill it with SIGKILL (a power cut) or SIGTERM at a moment it chooses. Build first: npm run build.
import { spawn } from "node:child_process";
import path from "node:path";
import type { RunningSimulator } from "../../src/simulator/start-simulator.js";

export const BIN = path.resolve(import.meta.dirname, "../../dist/cli/bin.js");

/** The simulator's demo credentials as the MOBPROC_* variables (src/cli/load-connection-settings.ts). */
export const connectionEnv = (sim: RunningSimulator): Record<string, string> => ({
  MOBPROC_BASE_URL: sim.baseUrl,
  MOBPROC_TOKEN_URL: sim.tokenUrl,
  MOBPROC_TENANT: sim.credentials.tenant,
  MOBPROC_CLIENT_ID: sim.credentials.clientId,
  MOBPROC_CLIENT_SECRET: sim.credentials.clientSecret,
  MOBPROC_USERNAME: sim.credentials.username,
  MOBPROC_PASSWORD: sim.credentials.password,
});

/** Only PATH and HOME (the working directory): no MOBPROC_* or BULKPORT_* setting of this machine leaks in. */
const baseEnv = (cwd: string): Record<string, string> => ({ PATH: process.env.PATH ?? "", HOME: cwd });

export interface CliRun {
  /** The exit code, or null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether this harness sent the signal that ended it (false: it exited, or killed itself at a failpoint). */
  killedByHarness: boolean;
  stdout: string;
  stderr: string;
}

export interface SpawnCliOptions {
  args: readonly string[];
  env?: Record<string, string>;
  /** The working directory, also the child's HOME. @default process.cwd() */
  cwd?: string;
  /** Polled every 2 ms while the process runs; the first `true` sends `signal`. */
  killWhen?: () => boolean;
  /** @default "SIGKILL" */
  signal?: NodeJS.Signals;
}

export interface StartedCli {
  pid: number;
  /** Sends a signal now (e.g. SIGTERM from a test). */
  kill(signal: NodeJS.Signals): void;
  done: Promise<CliRun>;
}

export const startCli = (options: SpawnCliOptions): StartedCli => {
  const cwd = options.cwd ?? process.cwd();
  const child = spawn(process.execPath, [BIN, ...options.args], {
    cwd,
    env: { ...baseEnv(cwd), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let killedByHarness = false;
  const kill = (signal: NodeJS.Signals): void => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    killedByHarness = true;
    child.kill(signal);
  };
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const { killWhen } = options;
  const poll =
    killWhen === undefined
      ? undefined
      : setInterval(() => {
          if (killWhen()) {
            clearInterval(poll);
            kill(options.signal ?? "SIGKILL");
          }
        }, 2);
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, killedByHarness, stdout, stderr });
    });
  });
  if (child.pid === undefined) throw new Error(`could not start ${BIN}`);
  return { pid: child.pid, kill, done };
};

export const runCli = (options: SpawnCliOptions): Promise<CliRun> => startCli(options).done;

/** The last `count` lines of a process's stderr, for failure messages. */
export const tail = (text: string, count = 8): string => text.trimEnd().split("\n").slice(-count).join("\n");
