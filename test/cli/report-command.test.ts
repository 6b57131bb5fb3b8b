// `bulkport report` on the bundled example's run: the orders advance twice (two ports are rejected by the
// carrier), `bulkport status` records it, and the report's numbers agree with the state store and with the
// run's own results file.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStateStore } from "../../src/state/open-state-store.js";
import type { RowState } from "../../src/state/row-state.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import {
  createWorkDir,
  EXAMPLE_SHEET,
  removeWorkDirs,
  runCli,
  simulatorEnv,
} from "../tracking/support/cli-harness.js";

const ENDED = ["REJECTED", "CANCELLED"];

/** The `data-*` numbers of one table of the report, as [key, number] pairs in page order. */
const tableNumbers = (page: string, id: string, attribute: string): [string, number][] => {
  const table = page.slice(
    page.indexOf(`<table id="${id}">`),
    page.indexOf("</table>", page.indexOf(`id="${id}"`)),
  );
  return [...table.matchAll(new RegExp(`data-status="([^"]+)" ${attribute}="([^"]+)"`, "g"))].map((m) => [
    m[1] ?? "",
    Number(m[2]),
  ]);
};

describe("bulkport report on the bundled example", () => {
  let sim: RunningSimulator;
  let dir: string;
  let rows: RowState[];
  let page: string;
  let stderr: string;
  let results: Record<string, string>[];

  beforeAll(async () => {
    sim = await startSimulator({ lifecycle: "manual" });
    dir = createWorkDir();
    const env = simulatorEnv(sim, dir);
    const sheet = path.join(dir, "example.csv");
    const state = path.join(dir, "state.sqlite");
    fs.copyFileSync(EXAMPLE_SHEET, sheet);
    await runCli(["run", sheet, "--state", state, "--rate", "2000", "--log-level", "warn"], env, dir);
    sim.orders.advanceAll();
    sim.orders.advanceAll();
    const status = await runCli(["status", "--state", state, "--rate", "2000"], env, dir);
    expect(status.code).toBe(1);
    const report = await runCli(["report", "--state", state, "--out", "report.html"], env, dir);
    expect(report.code).toBe(0);
    stderr = report.stderr;
    page = fs.readFileSync(path.join(dir, "report.html"), "utf8");
    results = parse(fs.readFileSync(path.join(dir, "example.results.csv"), "utf8"), {
      bom: true,
      columns: true,
    });
    const store = openStateStore({ file: state, tenant: "ACME" });
    rows = store.listRows();
    store.close();
  });
  afterAll(async () => {
    await sim.close();
    removeWorkDirs();
  });

  it("says where it wrote the report and what it holds", () => {
    expect(stderr).toBe(
      `Report written to ${path.join(dir, "report.html")}: 33 rows, 33 orders, 2 need action\n`,
    );
  });

  it("counts orders per status as the state store has them", () => {
    const expected = new Map<string, number>();
    for (const row of rows) {
      const status = row.orderStatus?.status;
      if (row.orderId !== undefined && status !== undefined)
        expected.set(status, (expected.get(status) ?? 0) + 1);
    }
    const shown = tableNumbers(page, "orders-by-status", "data-count");
    expect(new Map(shown)).toEqual(expected);
    expect(shown.find(([status]) => status === "REJECTED")).toEqual(["REJECTED", 2]);
    expect(shown.reduce((sum, [, n]) => sum + n, 0)).toBe(33);
  });

  it("totals the costs of the live orders as the run's results file has them, per currency", () => {
    const rejected = new Set(
      rows.filter((row) => ENDED.includes(row.orderStatus?.status ?? "")).map((row) => row.orderId),
    );
    const expected = new Map<string, { oneTime: number; monthly: number }>();
    for (const record of results) {
      if (record.status !== "SUBMITTED" || rejected.has(record.order_id)) continue;
      const sum = expected.get(record.currency ?? "") ?? { oneTime: 0, monthly: 0 };
      sum.oneTime += Math.round(Number(record.one_time_cost) * 100);
      sum.monthly += Math.round(Number(record.monthly_cost) * 100);
      expected.set(record.currency ?? "", sum);
    }
    const shown = [
      ...page.matchAll(
        /data-currency="([^"]*)">[\s\S]*?data-one-time="([^"]+)"[\s\S]*?data-monthly="([^"]+)"/g,
      ),
    ].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    expect(shown).toEqual([...expected].map(([currency, s]) => [currency, s.oneTime / 100, s.monthly / 100]));
    expect(shown.map(([currency]) => currency)).toEqual(["USD", "CAD"]);
  });

  it("lists the two rejected rows first, each with the column to fix", () => {
    const lines = [...page.matchAll(/<tr class="([^"]*)">\s*<td class="num">(\d+)<\/td>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(lines.slice(0, 3)).toEqual([
      ["action p0", "28"],
      ["action p0", "29"],
      ["", "2"],
    ]);
    expect(page).toContain("<td>Fix column carrier_account_number, then run again</td>");
    expect(page).toContain("<td>Fix column pin, then run again</td>");
  });

  it("draws today's status changes in the timeline", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(page).toContain(`<title>${today}: 33 ORDER_SUBMITTED</title>`);
    expect(page).toContain(`<title>${today}: 2 REJECTED</title>`);
  });
});

describe("bulkport report without a usable state file", () => {
  let dir = "";
  beforeAll(() => {
    dir = createWorkDir();
  });
  afterAll(removeWorkDirs);

  it.each([
    [
      ["report"],
      {},
      "bulkport: Name the state file with --state, or set MOBPROC_TENANT to use the tenant's file\n",
    ],
    [
      ["report", "--state", "missing.sqlite"],
      {},
      "bulkport: The state file <dir>/missing.sqlite cannot be read: unable to open database file\n",
    ],
  ])("exits 2 for %j, creating nothing", async (argv, env, message) => {
    const result = await runCli(argv, env, dir);
    expect([result.code, result.stderr]).toEqual([2, message.replace("<dir>", dir)]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
