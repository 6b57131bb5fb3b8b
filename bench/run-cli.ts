// Runs the built CLI as its own process, timed from spawn to exit (Node.js start-up included: that is what a
// cron job pays), with its peak RSS reported by bench/report-peak-rss.js, or, for a process killed before its
// exit handler ran (out of memory), by the last VmHWM read from /proc while it ran. Logs go to a file.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface CliRun {
  /** The exit code, or the signal that ended the process. */
  code: number | string;
  wallMs: number;
  /** Peak resident set size in MB; undefined if the process died before reporting it. */
  peakRssMb: number | undefined;
  /** CPU seconds (user + system) the process used; undefined like `peakRssMb`. */
  cpuSec: number | undefined;
  stdout: string;
  /** Where the process's stderr (logs and the summary) was written. */
  stderrFile: string;
}

const WRAPPER = fileURLToPath(new URL("./report-peak-rss.js", import.meta.url));

/** The environment without connection settings or a state path, so that only the flags given here count. */
function cleanEnv(rssFile: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("MOBPROC_") && key !== "BULKPORT_STATE") env[key] = value;
  }
  return { ...env, BULKPORT_BENCH_RSS_FILE: rssFile };
}

const POLL_MS = 250;

/** The peak RSS Linux has seen for `pid` so far, in MB; undefined without /proc or once the process is gone. */
function readHighWaterMark(pid: number): number | undefined {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return undefined;
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(file, "utf8"))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined; // it exited between the two calls
  }
}

function readUsage(file: string): Pick<CliRun, "peakRssMb" | "cpuSec"> {
  try {
    const usage = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
    return {
      peakRssMb: (usage.maxRSS ?? NaN) / 1024,
      cpuSec: ((usage.userCPUTime ?? NaN) + (usage.systemCPUTime ?? NaN)) / 1e6,
    };
  } catch {
    return { peakRssMb: undefined, cpuSec: undefined }; // killed (e.g. out of memory) before its exit handler ran
  }
}

export async function runCli(
  bin: string,
  args: readonly string[],
  options: { dir: string; name: string; nodeArgs?: readonly string[] },
): Promise<CliRun> {
  const rssFile = path.join(options.dir, `${options.name}.rss`);
  const stderrFile = path.join(options.dir, `${options.name}.stderr.log`);
  const stderrFd = openSync(stderrFile, "w", 0o600);
  const started = performance.now();
  try {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), WRAPPER, bin, ...args], {
      cwd: options.dir,
      env: cleanEnv(rssFile),
      stdio: ["ignore", "pipe", stderrFd],
    });
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    let polledMb: number | undefined;
    const poll = setInterval(() => {
      if (child.pid !== undefined) polledMb = readHighWaterMark(child.pid) ?? polledMb;
    }, POLL_MS);
    const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
    clearInterval(poll);
    const wallMs = performance.now() - started;
    const usage = readUsage(rssFile);
    const peakRssMb = usage.peakRssMb ?? polledMb;
    return { code: code ?? signal ?? "unknown", wallMs, ...usage, peakRssMb, stdout, stderrFile };
  } finally {
    closeSync(stderrFd);
  }
}
