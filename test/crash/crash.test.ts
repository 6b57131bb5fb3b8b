// The crash test at CI size (issue 5): two trials of 40 rows, each killed by SIGKILL at two seeded random
// moments against a simulator with in-doubt and dropped-connection faults, then rerun until done. The full size
// is `npm run crash-test -- --runs 20` (300 rows). Needs the built CLI (npm run build).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSimulator } from "../../src/simulator/start-simulator.js";
import { runCrashTrial } from "./crash-harness.js";
import { generateSheet } from "./generate-sheet.js";
import { readResultsFile } from "./read-results-file.js";
import { connectionEnv, runCli } from "./spawn-cli.js";

let directory: string;
beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "bulkport-crash-"));
});
afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

describe("the crash harness's sheet", () => {
  it("is valid: a dry run confirms every row and sends no submit", async () => {
    const sim = await startSimulator({ services: 100 });
    try {
      const sheet = generateSheet(sim.fixture, 40);
      const input = path.join(directory, "sheet.csv");
      const out = path.join(directory, "out.csv");
      fs.writeFileSync(input, sheet.csv);
      const run = await runCli({
        args: [
          "run",
          input,
          "--dry-run",
          "--state",
          path.join(directory, "s"),
          "--out",
          out,
          "--rate",
          "500",
        ],
        cwd: directory,
        env: connectionEnv(sim),
      });
      expect(run.code).toBe(0);
      const file = readResultsFile(
        out,
        sheet.lines.map((line) => line.line),
      );
      expect(file.kind === "complete" && file.records.map((record) => record.status)).toEqual(
        sheet.lines.map(() => "CONFIRMED"),
      );
      expect(new Set(sheet.lines.map((line) => line.serviceNumber)).size).toBe(40);
      expect(sim.orders.all()).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});

describe("crash test (CI size)", () => {
  it.each([{ seed: 101 }, { seed: 202 }])(
    "seed $seed: 40 rows, two SIGKILLs, reruns: no duplicate, no lost row, results agree",
    async ({ seed }) => {
      const report = await runCrashTrial({ rows: 40, seed, kills: 2, directory });

      expect(report.duplicates).toEqual([]);
      expect(report.withoutOrder).toBe(0);
      expect(report.orders).toBe(40);
      expect(report.refusedOrderPosts).toEqual({ confirms: 0, submits: 0 });
      expect(report.problems).toEqual([]);
      // The first kill point is drawn within the run's requests, so it lands; a results file seen at a kill
      // point is never truncated.
      expect(report.killPoints[0]?.landed).toBe(true);
      for (const point of report.killPoints) expect(["absent", "complete"]).toContain(point.resultsFile);
    },
    60_000,
  );
});
