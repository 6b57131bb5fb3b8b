// `npm run crash-test -- --runs 20 [--rows 300] [--kills 2] [--seed 1] [--commit-then-fail 0.05] [--drop 0.01]`
// Builds, then runs crash trials (crash-harness.ts), one fresh simulator, sheet and state per run; prints each
// run's kill points and verdict, then a summary. Exits 1 on any duplicate order, lost row or disagreement.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCrashTrial, trialFailed, type CrashTrialReport } from "./crash-harness.js";
import { describeTrigger } from "./kill-trigger.js";

const USAGE =
  "usage: npm run crash-test -- [--runs 20] [--rows 300] [--kills 2] [--seed 1] [--commit-then-fail 0.05] [--drop 0.01] [--keep]";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    rows: { type: "string", default: "300" },
    kills: { type: "string", default: "2" },
    seed: { type: "string", default: "1" },
    "commit-then-fail": { type: "string", default: "0.05" },
    drop: { type: "string", default: "0.01" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const numberFlag = (name: string, text: string, min: number, max: number, integer: boolean): number => {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    console.error(
      `Expected \`--${name}\` to be ${integer ? "an integer" : "a number"} in ${min}..${max}, got "${text}"`,
    );
    console.error(USAGE);
    process.exit(2);
  }
  return value;
};

const runs = numberFlag("runs", values.runs, 1, 10_000, true);
const rows = numberFlag("rows", values.rows, 1, 5_000, true);
const kills = numberFlag("kills", values.kills, 1, 100, true);
const firstSeed = numberFlag("seed", values.seed, 0, 0xffff_0000, true);
const faults = {
  commitThenFailRate: numberFlag("commit-then-fail", values["commit-then-fail"], 0, 1, false),
  dropRate: numberFlag("drop", values.drop, 0, 0.5, false),
};

const pad = (text: string | number, width: number): string => String(text).padEnd(width);

const printRun = (index: number, report: CrashTrialReport, directory: string): void => {
  const verdict = trialFailed(report) ? "FAIL" : "ok";
  console.log(`\nrun ${index + 1}/${runs}  seed ${report.seed}  ${report.rows} rows  ${verdict}`);
  console.log(
    `  ${pad("kill", 6)}${pad("after", 16)}${pad("landed", 8)}${pad("submits", 9)}${pad("orders", 8)}results file`,
  );
  report.killPoints.forEach((point, k) => {
    console.log(
      `  ${pad(k + 1, 6)}${pad(describeTrigger(point.trigger), 16)}${pad(point.landed ? "yes" : "no", 8)}${pad(point.submits, 9)}${pad(point.orders, 8)}${point.resultsFile}`,
    );
  });
  const unsettled = Object.entries(report.unsettled).map(([status, count]) => `${count} ${status}`);
  console.log(`  processes ended: ${report.ends.join(" ")}   (* killed by the harness)`);
  console.log(
    `  settled by --resubmit-in-doubt: ${unsettled.length > 0 ? unsettled.join(", ") : "none needed"}`,
  );
  console.log(
    `  orders ${report.orders}, duplicates ${report.duplicates.length}, rows without order ${report.withoutOrder}, ` +
      `refused by rule 7 ${report.refusedOrderPosts.confirms + report.refusedOrderPosts.submits}, ` +
      `temp files left ${report.leftoverTempFiles}, ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  for (const duplicate of report.duplicates)
    console.log(`  DUPLICATE ${duplicate.serviceNumber}: ${duplicate.orderIds.join(", ")}`);
  for (const problem of report.problems.slice(0, 20)) console.log(`  PROBLEM ${problem}`);
  if (values.keep || trialFailed(report)) console.log(`  files kept in ${directory}`);
};

console.log(
  `crash test: ${runs} run(s) x ${rows} rows, ${kills} kill(s) per run, commit-then-fail ${faults.commitThenFailRate}, drop ${faults.dropRate}`,
);
const reports: CrashTrialReport[] = [];
for (let index = 0; index < runs; index++) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "bulkport-crash-"));
  const report = await runCrashTrial({ rows, seed: firstSeed + index, kills, faults, directory });
  reports.push(report);
  printRun(index, report, directory);
  if (!values.keep && !trialFailed(report)) fs.rmSync(directory, { recursive: true, force: true });
}

const sum = (pick: (report: CrashTrialReport) => number): number =>
  reports.reduce((total, report) => total + pick(report), 0);
const landed = sum((report) => report.killPoints.filter((point) => point.landed).length);
const failed = reports.filter(trialFailed).length;
console.log(
  `\nsummary: ${runs} run(s), ${landed} kill point(s) landed (of ${sum((r) => r.killPoints.length)} drawn)`,
);
const inSubmits = sum((r) => r.killPoints.filter((point) => point.landed && point.submits > 0).length);
console.log(`  kill points that cut the submit phase ${inSubmits}`);
console.log(`  orders ${sum((r) => r.orders)} for ${runs * rows} rows`);
console.log(`  duplicate orders ${sum((r) => r.duplicates.length)}`);
console.log(`  valid rows without an order ${sum((r) => r.withoutOrder)}`);
console.log(
  `  order POSTs refused by rule 7 ${sum((r) => r.refusedOrderPosts.confirms + r.refusedOrderPosts.submits)}`,
);
console.log(
  `  rows settled by --resubmit-in-doubt ${sum((r) => Object.values(r.unsettled).reduce((a, b) => a + b, 0))}`,
);
console.log(`  disagreements and other problems ${sum((r) => r.problems.length)}`);
console.log(`  time per run ${(sum((r) => r.durationMs) / runs / 1000).toFixed(1)} s`);
console.log(failed === 0 ? "PASS" : `FAIL: ${failed} run(s) failed`);
process.exitCode = failed === 0 ? 0 : 1;
