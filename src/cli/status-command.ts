// `bulkport status`: refreshes every open order of the state file from the API (src/tracking), rewrites the
// results file given by --out with each order's status, and prints what changed and which rows need a person.
// Exit 0 when no order newly ended without a port, 1 when one did (cron alerts once per rejection).
import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";
import type { Argv } from "yargs";
import { ConfigError, InputError, UsageError } from "../errors.js";
import { createLogger, LOG_LEVELS } from "../logging/create-logger.js";
import { createLimiter } from "../runner/create-limiter.js";
import { acquireLock } from "../state/acquire-lock.js";
import { defaultStatePath } from "../state/default-state-path.js";
import { openStateStore } from "../state/open-state-store.js";
import { formatStatusSummary } from "../tracking/format-status-summary.js";
import { refreshOrderStatuses } from "../tracking/refresh-order-statuses.js";
import { rewriteResultsFile } from "../tracking/rewrite-results-file.js";
import type { CliIo } from "./cli-io.js";
import { createCommandClient } from "./create-command-client.js";
import { EXIT } from "./exit-codes.js";
import { openConnection } from "./open-connection.js";
import { positiveNumber } from "./option-checks.js";
import { systemClock } from "./system-clock.js";

export const statusCommandBuilder = (y: Argv) =>
  y
    .option("state", { type: "string", describe: "State file (default: per tenant, or $BULKPORT_STATE)" })
    .option("out", {
      type: "string",
      describe: "Results CSV of a run: order_status and the status columns are rewritten in place",
    })
    .option("since", {
      type: "string",
      describe: "List orders updated since this ISO-8601 date-time instead of since the last check",
    })
    .option("rate", { type: "string", default: "5", describe: "Requests per second" })
    .option("timeout", {
      type: "string",
      default: "30",
      describe: "Seconds before one request attempt is abandoned",
    })
    .option("config", { type: "string", describe: "File of NAME=value connection settings (mode 600)" })
    .option("allow-insecure-http", {
      type: "boolean",
      default: false,
      describe: "Allow http:// API URLs that are not loopback addresses",
    })
    .option("log-level", {
      choices: LOG_LEVELS,
      default: "warn" as const,
      describe: "Log level (logs go to stderr)",
    });

type StatusArgs = Awaited<ReturnType<ReturnType<typeof statusCommandBuilder>["parseAsync"]>>;

/** Only a full date-time: `--since 2025-03` would be read by Date.parse as a month and surprise its author. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const parseSince = (raw: string | undefined): Date | undefined => {
  if (raw === undefined) return undefined;
  const instant = new Date(raw);
  if (!ISO_DATE_TIME.test(raw) || Number.isNaN(instant.getTime())) {
    throw new UsageError(
      `Expected \`--since\` to be an ISO-8601 date-time such as 2025-03-01T00:00:00Z, got "${raw}"`,
    );
  }
  return instant;
};

/** The mobproc client for a command other than `run`: one limiter, the command's run id, no failpoints. */
/** The results file must be there to be updated: found out before any request, not after. */
const checkWritable = (file: string): void => {
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "it does not exist" : String(error);
    throw new InputError(file, `cannot update the results file: ${reason}`, {}, { cause: error });
  }
};

export async function statusCommand(args: StatusArgs, io: CliIo): Promise<number> {
  const since = parseSince(args.since);
  const rate = positiveNumber("--rate", args.rate);
  const timeoutMs = positiveNumber("--timeout", args.timeout) * 1000;
  const out = args.out === undefined ? undefined : path.resolve(io.cwd, args.out);
  if (out !== undefined) checkWritable(out);
  const logger = createLogger({
    level: args["log-level"],
    destination: io.stderr,
    pretty: io.stderr.isTTY === true,
  });
  const connection = await openConnection({
    sandbox: false,
    env: io.env,
    ...(args.config === undefined ? {} : { config: path.resolve(io.cwd, args.config) }),
    allowInsecureHttp: args["allow-insecure-http"],
  });
  const { settings } = connection;
  const statePath =
    args.state === undefined ? defaultStatePath(settings.tenant, io.env) : path.resolve(io.cwd, args.state);
  // Opening would create an empty file: a missing one means nothing was ever submitted with it.
  if (!existsSync(statePath)) {
    throw new ConfigError(
      `No state file at ${statePath}: no order was submitted with it. Name the run's file with --state.`,
    );
  }
  const lock = acquireLock(statePath);
  const store = openStateStore({ file: statePath, tenant: settings.tenant });
  try {
    const runId = `bulkport-status-${systemClock.now().toISOString().replace(/[:.]/g, "")}-${process.pid}`;
    const limiter = createLimiter({ concurrency: 4, ratePerSec: rate });
    const client = createCommandClient(settings, { runId, limiter, timeoutMs, logger });
    const refresh = await refreshOrderStatuses({
      client,
      store,
      logger,
      clock: systemClock,
      ...(since === undefined ? {} : { since }),
    });
    const orders = store.trackedOrders();
    try {
      if (out !== undefined) await rewriteResultsFile(out, orders);
    } catch (error) {
      // The changes are recorded as seen: print them now, or they would never be shown.
      io.stderr.write(formatStatusSummary(refresh, orders));
      throw error;
    }
    io.stderr.write(formatStatusSummary(refresh, orders, out));
    return refresh.newlyEnded.length > 0 ? EXIT.ROWS_NEED_ATTENTION : EXIT.OK;
  } finally {
    store.close();
    lock.release();
    await connection.close();
  }
}
