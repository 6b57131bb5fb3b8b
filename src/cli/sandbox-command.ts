// `bulkport sandbox`: the mobproc simulator as a process. Prints one NAME=value line per connection setting so a
// shell (`eval "$(bulkport sandbox &)"` style, or a file for --config) or a test can point any command at it.
import type { Argv } from "yargs";
import { startSimulator } from "../simulator/start-simulator.js";
import type { CliIo } from "./cli-io.js";
import { positiveNumber, fraction, nonNegativeNumber } from "./option-checks.js";

export const sandboxCommandBuilder = (y: Argv) =>
  y
    .option("port", { type: "number", default: 0, describe: "Port to listen on (0: any free port)" })
    .option("host", { type: "string", default: "127.0.0.1", describe: "Address to listen on" })
    .option("seed", { type: "number", default: 1, describe: "Seed of the generated tenant data" })
    .option("services", {
      type: "number",
      describe: "Number of service lines in the tenant (default ~3,000)",
    })
    .option("latency", { type: "number", default: 0, describe: "Added latency per request, in ms" })
    .option("rate-limit", {
      type: "number",
      describe: "Requests per second allowed per client (off when absent)",
    })
    .option("retry-after-format", {
      choices: ["seconds", "http-date"] as const,
      default: "seconds" as const,
      describe: "Form of the Retry-After header on a 429",
    })
    .option("error-rate", { type: "number", default: 0, describe: "Fraction of calls answered 500/503" })
    .option("drop-rate", {
      type: "number",
      default: 0,
      describe: "Fraction of connections dropped unanswered",
    })
    .option("in-doubt-rate", {
      type: "number",
      default: 0,
      describe: "Fraction of submits that create the order, then fail to answer",
    })
    .option("token-lifetime", {
      type: "number",
      default: 3600,
      describe: "Access token lifetime, in seconds",
    })
    .option("lifecycle-step", {
      type: "number",
      describe: "Seconds per order lifecycle step (manual when absent: advance through /_sandbox/advance)",
    })
    .option("data", { type: "string", describe: "File that keeps the orders across restarts" });

type SandboxArgs = Awaited<ReturnType<ReturnType<typeof sandboxCommandBuilder>["parseAsync"]>>;

export async function sandboxCommand(args: SandboxArgs, io: CliIo): Promise<number> {
  const rateLimit = args["rate-limit"];
  const simulator = await startSimulator({
    port: nonNegativeNumber("--port", args.port),
    host: args.host,
    seed: args.seed,
    ...(args.services !== undefined ? { services: positiveNumber("--services", args.services) } : {}),
    latencyMs: nonNegativeNumber("--latency", args.latency),
    ...(rateLimit !== undefined
      ? {
          rateLimit: {
            capacity: Math.max(1, Math.ceil(positiveNumber("--rate-limit", rateLimit))),
            refillPerSec: rateLimit,
            retryAfterFormat: args["retry-after-format"],
          },
        }
      : {}),
    faults: {
      serverErrorRate: fraction("--error-rate", args["error-rate"]),
      dropRate: fraction("--drop-rate", args["drop-rate"]),
      commitThenFailRate: fraction("--in-doubt-rate", args["in-doubt-rate"]),
    },
    tokenLifetimeSec: positiveNumber("--token-lifetime", args["token-lifetime"]),
    lifecycle:
      args["lifecycle-step"] === undefined
        ? "manual"
        : { secondsPerStep: positiveNumber("--lifecycle-step", args["lifecycle-step"]) },
    ...(args.data !== undefined ? { dataFile: args.data } : {}),
  });
  const { credentials } = simulator;
  io.stdout.write(
    [
      `MOBPROC_BASE_URL=${simulator.baseUrl}`,
      `MOBPROC_TOKEN_URL=${simulator.tokenUrl}`,
      `MOBPROC_TENANT=${credentials.tenant}`,
      `MOBPROC_CLIENT_ID=${credentials.clientId}`,
      `MOBPROC_CLIENT_SECRET=${credentials.clientSecret}`,
      `MOBPROC_USERNAME=${credentials.username}`,
      `MOBPROC_PASSWORD=${credentials.password}`,
      "",
    ].join("\n"),
  );
  io.stderr.write(
    `bulkport sandbox: serving ${simulator.baseUrl} (test hooks under ${simulator.origin}/_sandbox/); stop with Ctrl-C\n`,
  );
  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) resolve();
    io.signal?.addEventListener("abort", () => resolve(), { once: true });
  });
  await simulator.close();
  return 0;
}
