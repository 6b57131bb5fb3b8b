// Runs a Node.js script in this process and, as the process exits, writes its peak resident set size (KB, from
// getrusage's ru_maxrss) and the CPU time it used (microseconds) as JSON to the file named by
// BULKPORT_BENCH_RSS_FILE. Linux's VmHWM cannot be read after a process has gone; this reads it just before.
// Usage: node bench/report-peak-rss.js <script.js> [args...]
import { writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";

const [script, ...args] = process.argv.slice(2);
const rssFile = process.env.BULKPORT_BENCH_RSS_FILE;
if (!script || !rssFile) {
  process.stderr.write(
    "usage: BULKPORT_BENCH_RSS_FILE=<file> node bench/report-peak-rss.js <script.js> [args...]\n",
  );
  process.exit(2);
}
process.on("exit", () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(rssFile, `${JSON.stringify({ maxRSS, userCPUTime, systemCPUTime })}\n`);
});
// The script sees the argv it would see if started directly: [node, script, ...args].
process.argv = [process.argv[0] ?? "node", path.resolve(script), ...args];
await import(pathToFileURL(path.resolve(script)).href);
