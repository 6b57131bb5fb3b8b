// A second process for test/state/acquire-lock.test.ts. Prints one JSON line: {"acquired":true,"pid":N} or
// {"locked":"<message>"}. Modes:
//   hold <stateFile>                      keep the lock until killed
//   race <stateFile> <startAtMs>          spin until startAtMs, try; keep a won lock until stdin ends
//   exit <stateFile>                      take the lock and exit without release() (the exit handler must)
//   exit-after-takeover <stateFile>       take it, let another pid overwrite the file, exit (file must survive)
import fs from "node:fs";
import { acquireLock } from "../../../src/state/acquire-lock.js";

const [mode, stateFile = "", startAt = "0"] = process.argv.slice(2);

while (Date.now() < Number(startAt)) {
  // Spin: both racers leave this loop within the same millisecond.
}

let lock;
try {
  lock = acquireLock(stateFile);
} catch (error) {
  process.stdout.write(
    `${JSON.stringify({ locked: (error as Error).message, name: (error as Error).name })}\n`,
  );
  process.exit(0);
}
process.stdout.write(`${JSON.stringify({ acquired: true, pid: process.pid })}\n`);

if (mode === "hold") setInterval(() => undefined, 60_000);
if (mode === "race") {
  const held = lock;
  process.stdin.on("end", () => held.release()).resume();
}
if (mode === "exit") process.exit(0);
if (mode === "exit-after-takeover") {
  fs.writeFileSync(
    lock.file,
    JSON.stringify({ pid: 1, startedAt: "2020-01-01T00:00:00.000Z", host: "elsewhere" }),
  );
  process.exit(0);
}
