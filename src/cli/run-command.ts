// `bulkport run`: read and check the sheet, open the connection and the state, run the job, write the results,
// print the summary, and choose the exit code (0 all done, 1 rows need attention, 130/143 interrupted).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, type Logger } from "../logging/create-logger.js";
import { formatSummary, summariseOutcomes } from "../results/summarise-outcomes.js";
import { removeStaleTempFiles, writeResults } from "../results/write-results.js";
import { isDone, type RowOutcome } from "../results/row-outcome.js";
import { createLimiter } from "../runner/create-limiter.js";
import { loadReferenceData } from "../runner/load-reference-data.js";
import { runJob } from "../runner/run-job.js";
import { acquireLock } from "../state/acquire-lock.js";
import { defaultStatePath } from "../state/default-state-path.js";
import { failpoint } from "../state/failpoints.js";
import { openStateStore } from "../state/open-state-store.js";
import { refreshOrderStatuses } from "../tracking/refresh-order-statuses.js";
import type { CliIo } from "./cli-io.js";
import { createCommandClient } from "./create-command-client.js";
import { EXIT } from "./exit-codes.js";
import { openConnection } from "./open-connection.js";
import { normaliseRunOptions, type RunOptions } from "./run-options.js";
import { ignoredColumnsWarning, readSheet, type ReadSheet } from "./read-sheet.js";
import { createProgress } from "./progress/create-progress.js";
import { createResultsKeeper } from "./results-keeper.js";
import { systemClock } from "./system-clock.js";

type RunArgs = Parameters<typeof normaliseRunOptions>[0];

export async function runCommand(args: RunArgs, io: CliIo): Promise<number> {
  const options = normaliseRunOptions(args, io.cwd);
  const logger = createLogger({
    level: options.logLevel,
    destination: io.stderr,
    pretty: io.stderr.isTTY === true,
  });
  // Everything that can be wrong with the sheet or the settings stops the run here, before any request.
  const sheet = await readSheet(options, new Date());
  const warning = ignoredColumnsWarning(sheet.ignoredColumns);
  if (warning) logger.warn(warning);
  const connection = await openConnection({ ...options, env: io.env });
  try {
    const { settings } = connection;
    const scratch =
      connection.sandbox && !options.state
        ? mkdtempSync(path.join(tmpdir(), "bulkport-sandbox-"))
        : undefined;
    const statePath =
      options.state ??
      (scratch ? path.join(scratch, "state.sqlite") : defaultStatePath(settings.tenant, io.env));
    const lock = acquireLock(statePath);
    const store = openStateStore({ file: statePath, tenant: settings.tenant });
    try {
      return await execute(options, sheet, { settings, store, logger, io, sandbox: connection.sandbox });
    } finally {
      store.close();
      lock.release();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  } finally {
    await connection.close();
  }
}

async function execute(
  options: RunOptions,
  sheet: ReadSheet,
  context: {
    settings: Awaited<ReturnType<typeof openConnection>>["settings"];
    store: ReturnType<typeof openStateStore>;
    logger: Logger;
    io: CliIo;
    sandbox: boolean;
  },
): Promise<number> {
  const { settings, store, logger, io } = context;
  const clock = systemClock;
  const runId = `bulkport-${clock.now().toISOString().replace(/[:.]/g, "")}-${process.pid}`;
  const limiter = createLimiter({ concurrency: options.concurrency, ratePerSec: options.rate });
  const client = createCommandClient(settings, {
    runId,
    limiter,
    logger,
    timeoutMs: options.timeoutMs,
    onSubmitResponse: () => failpoint("after-submit-sent"),
  });
  logger.info(
    { runId, rows: sheet.rows.length, dryRun: options.dryRun, sandbox: context.sandbox },
    "run started",
  );
  const progress = createProgress({
    stream: io.stderr,
    logger,
    quiet: options.quiet,
    stats: () => limiter.stats(),
  });
  progress.startPhase("lookup", 0);
  let activePhase: string | undefined;
  // Orders rejected or cancelled since the last check make their fixed rows eligible again (skipped-outcome.ts).
  await refreshOrderStatuses({ client, store, logger, clock }).catch((error: unknown) =>
    logger.warn(
      { err: error },
      "could not refresh order statuses; rows are judged by the statuses on record",
    ),
  );
  const reference = await loadReferenceData(client, sheet.rows).catch(async (error: unknown) => {
    progress.stop();
    // Nothing was sent yet; every row still gets its line, saying why, before main() maps the error to exit 3.
    const message = `not started: ${error instanceof Error ? error.message : String(error)}`;
    const outcomes = sheet.rows.map((row): RowOutcome => ({
      row,
      status: "FAILED",
      code: "RUN_STOPPED",
      message,
    }));
    await writeResults(options.out, outcomes, sheet.header);
    throw error;
  });
  await removeStaleTempFiles(options.out);
  const keeper = createResultsKeeper(options.out, sheet.header, sheet.rows, logger);
  const result = await runJob(
    sheet.rows,
    reference,
    { client, store, logger, clock },
    {
      tenant: settings.tenant,
      sheetFile: path.basename(options.input),
      dryRun: options.dryRun,
      allOrNothing: options.allOrNothing,
      lookbackDays: options.orderLookbackDays,
      concurrency: options.concurrency,
      reconcile: {
        attempts: 3,
        delayMs: options.reconcileDelayMs,
        resubmitInDoubt: options.resubmitInDoubt,
        ...(io.signal ? { signal: io.signal } : {}),
      },
      ...(io.signal ? { signal: io.signal } : {}),
      ...(options.maxRuntimeMs !== undefined
        ? { deadline: new Date(clock.now().getTime() + options.maxRuntimeMs) }
        : {}),
      onPhase: (phase, total) => {
        activePhase = phase;
        progress.startPhase(phase, total);
      },
      onOutcome: (index, outcome, phase) => {
        keeper.update(index, outcome);
        // Rows settled outside the phase in progress (held back, already ported) are not its progress.
        if (phase === activePhase) progress.rowDone();
      },
    },
  );
  progress.stop();
  await keeper.close();
  await writeResults(options.out, result.outcomes, sheet.header, {
    midway: () => failpoint("mid-results-write"),
  });
  io.stderr.write(formatSummary(summariseOutcomes(result.outcomes), options.out));
  logger.info({ runId, stopped: result.stopped ?? null }, "run finished");
  if (result.fatal) throw result.fatal; // after the results are written: main() maps it to exit code 3
  return exitCodeOf(result.outcomes, options.dryRun, result.stopped, io.signal);
}

function exitCodeOf(
  outcomes: readonly RowOutcome[],
  dryRun: boolean,
  stopped: "interrupted" | "deadline" | "fatal" | undefined,
  signal: AbortSignal | undefined,
): number {
  if (stopped === "interrupted") {
    return String(signal?.reason).includes("SIGTERM") ? EXIT.SIGTERM : EXIT.SIGINT;
  }
  return outcomes.every((outcome) => isDone(outcome, dryRun)) && !stopped
    ? EXIT.OK
    : EXIT.ROWS_NEED_ATTENTION;
}
