#!/usr/bin/env node
// The process edge: real argv, env, streams and signals in; the exit code out.
import { main } from "./main.js";

const controller = new AbortController();
let signalExit: number | undefined;
const onSignal = (signal: "SIGINT" | "SIGTERM") => {
  if (signalExit !== undefined) process.exit(signal === "SIGINT" ? 130 : 143); // a second signal: stop now
  signalExit = signal === "SIGINT" ? 130 : 143;
  controller.abort(new Error(signal));
};
process.on("SIGINT", () => onSignal("SIGINT"));
process.on("SIGTERM", () => onSignal("SIGTERM"));

const code = await main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
});
process.exitCode = signalExit ?? code;
