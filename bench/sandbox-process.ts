// The simulator in a process of its own (`bulkport sandbox`), so that its work is not billed to the bulkport
// process being measured and the two do not share one event loop. Its NAME=value lines become a --config file.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

export interface SandboxKnobs {
  services: number;
  latencyMs: number;
  /** Calls per second per client; absent: no limit. */
  rateLimit?: number;
  /** Fraction of calls answered 500 or 503 (the sandbox draws one of the two). */
  errorRate?: number;
}

/** What the simulator logged for one request (`GET /_sandbox/requests`), the fields the benchmark reads. */
export interface LoggedRequest {
  seq: number;
  receivedAt: string;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

export interface SandboxProcess {
  /** A --config file (mode 600) pointing bulkport at this simulator. */
  configFile: string;
  requests(): Promise<LoggedRequest[]>;
  stop(): Promise<void>;
}

const SETTINGS_LINES = 7;

export async function startSandboxProcess(
  bin: string,
  dir: string,
  knobs: SandboxKnobs,
): Promise<SandboxProcess> {
  const args = [bin, "sandbox", "--port", "0", "--services", String(knobs.services)];
  args.push("--latency", String(knobs.latencyMs));
  if (knobs.rateLimit !== undefined) args.push("--rate-limit", String(knobs.rateLimit));
  if (knobs.errorRate !== undefined) args.push("--error-rate", String(knobs.errorRate));
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const exited = once(child, "exit");
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const settings: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.trim() !== "") settings.push(line);
    if (settings.length === SETTINGS_LINES) break;
  }
  const baseUrl = settings
    .find((line) => line.startsWith("MOBPROC_BASE_URL="))
    ?.slice("MOBPROC_BASE_URL=".length);
  if (baseUrl === undefined) {
    child.kill("SIGTERM");
    throw new Error(`bulkport sandbox printed no MOBPROC_BASE_URL: ${stderr.trim()}`);
  }
  const origin = new URL(baseUrl).origin;
  const configFile = path.join(dir, "sandbox.env");
  writeFileSync(configFile, `${settings.join("\n")}\n`, { mode: 0o600 });
  return {
    configFile,
    async requests() {
      const response = await fetch(`${origin}/_sandbox/requests`);
      const body = (await response.json()) as { requests: LoggedRequest[] };
      return body.requests;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
