// `bulkport run` flags in, normalised options out (STYLE.md rule 4). Every check names the flag and the value.
import path from "node:path";
import type { Argv } from "yargs";
import { LOG_LEVELS } from "../logging/create-logger.js";
import { nonNegativeNumber, positiveInteger, positiveNumber } from "./option-checks.js";
import { sheetOptions, normaliseSheetOptions, type SheetOptions } from "./sheet-options.js";

export const runCommandBuilder = (y: Argv) =>
  sheetOptions(y)
    .option("out", {
      type: "string",
      describe: "Results CSV (default: <input name>.results.csv beside the input)",
    })
    .option("dry-run", { type: "boolean", default: false, describe: "Confirm every row; submit nothing" })
    .option("all-or-nothing", {
      type: "boolean",
      default: false,
      describe: "Submit nothing unless every row confirmed",
    })
    .option("rate", { type: "string", default: "5", describe: "Requests per second, for the whole run" })
    .option("concurrency", { type: "string", default: "4", describe: "Requests in flight at once" })
    .option("timeout", {
      type: "string",
      default: "30",
      describe: "Seconds before one request attempt is abandoned",
    })
    .option("max-runtime", {
      type: "string",
      describe: "Minutes after which no new row starts (cron windows); the results are still written",
    })
    .option("state", { type: "string", describe: "State file (default: per tenant, or $BULKPORT_STATE)" })
    .option("resubmit-in-doubt", {
      type: "boolean",
      default: false,
      describe: "Submit again a line whose earlier submit is in doubt and whose order cannot be found",
    })
    .option("reconcile-delay", {
      type: "string",
      default: "20",
      describe: "Seconds between the 3 scans of GET /orders that settle an in-doubt submit",
    })
    .option("order-lookback", {
      type: "string",
      default: "30",
      describe: "Days of orders scanned before submitting, for ports placed outside this state file",
    })
    .option("sandbox", {
      type: "boolean",
      default: false,
      describe: "Run against an in-process simulator with demo credentials",
    })
    .option("config", { type: "string", describe: "File of NAME=value connection settings (mode 600)" })
    .option("allow-insecure-http", {
      type: "boolean",
      default: false,
      describe: "Allow http:// API URLs that are not loopback addresses",
    })
    .option("quiet", { type: "boolean", default: false, describe: "No progress bar or progress log lines" })
    .option("log-level", {
      choices: LOG_LEVELS,
      default: "info" as const,
      describe: "Log level (logs go to stderr)",
    });

type RunArgs = Awaited<ReturnType<ReturnType<typeof runCommandBuilder>["parseAsync"]>>;

export interface RunOptions extends SheetOptions {
  out: string;
  dryRun: boolean;
  allOrNothing: boolean;
  rate: number;
  concurrency: number;
  timeoutMs: number;
  maxRuntimeMs?: number;
  state?: string;
  resubmitInDoubt: boolean;
  reconcileDelayMs: number;
  orderLookbackDays: number;
  sandbox: boolean;
  config?: string;
  allowInsecureHttp: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  quiet: boolean;
}

export function normaliseRunOptions(args: RunArgs, cwd: string): RunOptions {
  const sheet = normaliseSheetOptions(args, cwd);
  const parsed = path.parse(sheet.input);
  const maxRuntime = args["max-runtime"];
  return {
    ...sheet,
    out: args.out ? path.resolve(cwd, args.out) : path.join(parsed.dir, `${parsed.name}.results.csv`),
    dryRun: args["dry-run"],
    allOrNothing: args["all-or-nothing"],
    rate: positiveNumber("--rate", args.rate),
    concurrency: positiveInteger("--concurrency", args.concurrency),
    timeoutMs: positiveNumber("--timeout", args.timeout) * 1000,
    ...(maxRuntime !== undefined
      ? { maxRuntimeMs: positiveNumber("--max-runtime", maxRuntime) * 60_000 }
      : {}),
    ...(args.state !== undefined ? { state: path.resolve(cwd, args.state) } : {}),
    resubmitInDoubt: args["resubmit-in-doubt"],
    reconcileDelayMs: nonNegativeNumber("--reconcile-delay", args["reconcile-delay"]) * 1000,
    orderLookbackDays: nonNegativeNumber("--order-lookback", args["order-lookback"]),
    sandbox: args.sandbox,
    ...(args.config !== undefined ? { config: path.resolve(cwd, args.config) } : {}),
    allowInsecureHttp: args["allow-insecure-http"],
    logLevel: args["log-level"],
    quiet: args.quiet,
  };
}
