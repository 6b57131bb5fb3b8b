// A job's real collaborators for runner tests: the mobproc client against a simulator started in this process,
// the SQLite state store in a temporary folder, a logger whose JSON lines the test can read, and a clock whose
// sleep returns at once but is recorded (reconciliation waits 20 s between scans in production).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { createApiClient, type ApiClient } from "../../../src/api/create-api-client.js";
import { readSheet } from "../../../src/cli/read-sheet.js";
import type { CanonicalRow } from "../../../src/input/canonical-row.js";
import { createLogger } from "../../../src/logging/create-logger.js";
import { createLimiter } from "../../../src/runner/create-limiter.js";
import type { JobDeps } from "../../../src/runner/job-ports.js";
import { loadReferenceData, type LoadedReference } from "../../../src/runner/load-reference-data.js";
import { prepareRow, type PreparedRow } from "../../../src/runner/prepare-rows.js";
import type { RunJobOptions } from "../../../src/runner/run-job.js";
import { openStateStore, type StateStore } from "../../../src/state/open-state-store.js";
import { rowKey } from "../../../src/state/row-key.js";
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from "../../../src/simulator/start-simulator.js";
import { fixture } from "../../e2e/helpers/run-cli.js";

export const TENANT = "ACME";

export interface JobSetup {
  sim: RunningSimulator;
  client: ApiClient;
  store: StateStore;
  deps: JobDeps;
  rows: CanonicalRow[];
  loaded: LoadedReference;
  /** What the clock was asked to sleep, in ms. */
  sleeps: number[];
  /** The log lines written so far, parsed. */
  logLines: () => Record<string, unknown>[];
  /** A row made ready to confirm, as the job does it. */
  prepare: (row: CanonicalRow) => PreparedRow;
  keyOf: (prepared: PreparedRow) => string;
  /** A fresh store on the same file: what a later run opens. */
  reopenStore: () => StateStore;
  close: () => Promise<void>;
}

/** The job options of a plain run; tests override what they exercise. */
export const jobOptions = (overrides: Partial<RunJobOptions> = {}): RunJobOptions => ({
  tenant: TENANT,
  sheetFile: "sheet.csv",
  dryRun: false,
  allOrNothing: false,
  lookbackDays: 30,
  concurrency: 4,
  reconcile: { attempts: 3, delayMs: 20_000, resubmitInDoubt: false },
  ...overrides,
});

export async function createJobSetup(
  sheet: string,
  simulator: SimulatorOptions = { services: 300 },
): Promise<JobSetup> {
  const sim = await startSimulator({ port: 0, ...simulator });
  const dir = mkdtempSync(path.join(tmpdir(), "bulkport-runner-"));
  let log = "";
  const logger = createLogger({
    level: "debug",
    destination: new Writable({
      write(chunk: Buffer, _encoding, callback) {
        log += chunk.toString("utf8");
        callback();
      },
    }),
  });
  const { credentials } = sim;
  const client = createApiClient({
    baseUrl: sim.baseUrl,
    tokenUrl: sim.tokenUrl,
    tenant: credentials.tenant,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    username: credentials.username,
    password: credentials.password,
    runId: "runner-test",
    limiter: createLimiter({ concurrency: 8, ratePerSec: 1000 }),
    logger,
    timeoutMs: 5000,
  });
  const file = path.join(dir, "state.sqlite");
  const store = openStateStore({ file, tenant: TENANT });
  const sleeps: number[] = [];
  const deps: JobDeps = {
    client,
    store,
    logger,
    clock: {
      now: () => new Date(),
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    },
  };
  const { rows } = await readSheet({ input: fixture(sheet), pinMaxAgeDays: 3 }, new Date());
  const loaded = await loadReferenceData(client, rows);
  const opened: StateStore[] = [store];
  return {
    sim,
    client,
    store,
    deps,
    rows,
    loaded,
    sleeps,
    logLines: () =>
      log
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    prepare(row) {
      const prepared = prepareRow(row, loaded.reference, { tenant: TENANT });
      if (prepared.kind !== "ready")
        throw new Error(`line ${row.line} is not ready: ${JSON.stringify(prepared)}`);
      return prepared;
    },
    keyOf: (prepared) => rowKey(TENANT, "PORT_NUMBER", prepared.serviceNumber),
    reopenStore() {
      const again = openStateStore({ file, tenant: TENANT });
      opened.push(again);
      return again;
    },
    async close() {
      for (const each of opened) each.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The POST /orders and GET /orders the simulator received, in order: "confirm", "submit" or "scan". */
export function orderTraffic(sim: RunningSimulator): ("confirm" | "submit" | "scan")[] {
  return sim
    .requests()
    .filter((request) => request.path.endsWith("/orders"))
    .map((request) =>
      request.method === "GET" ? "scan" : request.query.confirm === "true" ? "confirm" : "submit",
    );
}
