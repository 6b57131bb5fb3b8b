// Reruns a person makes: feeding the last results file back in as the input (only what failed is retried, even
// with no state file), and after stopping a run with SIGTERM (exit 143, results complete, the rerun finishes).
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { lastSeq, orderPosts } from "../e2e/helpers/use-e2e-run.js";
import { compareResults } from "../crash/check-exactly-once.js";
import { useScenario } from "./use-scenario.js";

type Cells = Record<string, string>;

const readCsv = (file: string): { header: string[]; records: Cells[] } => {
  const [header = [], ...rows] = parse(fs.readFileSync(file), { bom: true });
  return {
    header,
    records: rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""]))),
  };
};

/** Rewrites a CSV file in place, one record at a time (by its 0-based data index). */
const editCsv = (file: string, change: (record: Cells, index: number) => void): void => {
  const { header, records } = readCsv(file);
  records.forEach(change);
  fs.writeFileSync(file, stringify([header, ...records.map((record) => header.map((name) => record[name]))]));
};

describe("rerun from a results file", () => {
  const scenario = useScenario({ rows: 4 });

  it("rows already SUBMITTED are SKIPPED without a request; only the fixed failed rows are sent", async () => {
    const { sim, input, out, run, results, verdict, file } = scenario();
    // Lines 3 and 5 carry a state code that does not exist: INVALID, never sent.
    editCsv(input, (record, index) => {
      if (index % 2 === 1) record.ship_to_state = "PN";
    });
    const original = readCsv(input).records;
    expect((await run()).code).toBe(1);
    expect(results().map((record) => record.status)).toEqual([
      "SUBMITTED",
      "INVALID",
      "SUBMITTED",
      "INVALID",
    ]);
    const firstOrders = results().map((record) => record.orderId);

    // The person fixes the two rows in the results file (which never holds the PIN and masks the account
    // number: both filled in again) and runs it on another machine: a new state file knows nothing of run one.
    const again = file("again.csv");
    fs.copyFileSync(out, again);
    editCsv(again, (record, index) => {
      if (index % 2 === 0) return;
      record.ship_to_state = "TX";
      record.pin = original[index]?.pin ?? "";
      record.carrier_account_number = original[index]?.carrier_account_number ?? "";
    });
    const seq = lastSeq(sim);
    const rerun = await run({ input: again, state: file("fresh.sqlite"), out: file("again.results.csv") });

    expect(rerun.code).toBe(0);
    expect(orderPosts(sim, seq)).toEqual({ confirms: 2, submits: 2 });
    const records = results(file("again.results.csv"));
    expect(records.map(({ status, orderId }) => ({ status, orderId }))).toEqual([
      { status: "SKIPPED", orderId: firstOrders[0] },
      { status: "SUBMITTED", orderId: sim.orders.all()[2]?.orderId },
      { status: "SKIPPED", orderId: firstOrders[2] },
      { status: "SUBMITTED", orderId: sim.orders.all()[3]?.orderId },
    ]);
    expect(records[0]?.errorMessage).toBe(
      `already submitted as order ${firstOrders[0]} (from the results file given as input)`,
    );
    expect(verdict().duplicates).toEqual([]);
    expect(verdict().withoutOrder).toEqual([]);
  });
});

describe("SIGTERM during the submits", () => {
  // Latency keeps a submit in flight when the signal comes.
  const scenario = useScenario({ rows: 6, sim: { latencyMs: 25 } });

  it("exits 143 with a complete results file that agrees with the simulator; the rerun finishes the rest", async () => {
    const { sim, run, results, verdict } = scenario();

    const stopped = await run({ signal: "SIGTERM", killWhen: () => orderPosts(sim).submits >= 2 });

    expect(stopped).toMatchObject({ code: 143, signal: null, killedByHarness: true });
    const done = sim.orders.all().length;
    expect(done).toBeGreaterThanOrEqual(2);
    expect(done).toBeLessThan(6);
    const records = results();
    expect(compareResults(records, verdict(), true)).toEqual([]);
    expect(records.map(({ status, errorMessage }) => ({ status, errorMessage }))).toEqual([
      ...Array.from({ length: done }, () => ({ status: "SUBMITTED", errorMessage: "" })),
      ...Array.from({ length: 6 - done }, () => ({
        status: "CONFIRMED",
        errorMessage: "not started: the run was interrupted; run again to continue",
      })),
    ]);

    const seq = lastSeq(sim);
    expect((await run()).code).toBe(0);
    expect(orderPosts(sim, seq)).toEqual({ confirms: 6 - done, submits: 6 - done });
    expect(results().map((record) => record.status)).toEqual([
      ...Array.from({ length: done }, () => "SKIPPED"),
      ...Array.from({ length: 6 - done }, () => "SUBMITTED"),
    ]);
    expect(verdict().duplicates).toEqual([]);
    expect(verdict().withoutOrder).toEqual([]);
  });
});
