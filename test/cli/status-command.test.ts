// `bulkport status` against a simulator with a manual lifecycle: each transition is reported once, the listing
// is one paged GET /orders for every open order, histories are read only for orders that moved, a rejection
// exits 1 with its reason and the column to fix, and the results file gets the status columns.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStateStore, type StateStore } from "../../src/state/open-state-store.js";
import { rowKey } from "../../src/state/row-key.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import {
  callsAfter,
  createWorkDir,
  exampleSheet,
  lastSeq,
  removeWorkDirs,
  runCli,
  simulatorEnv,
} from "../tracking/support/cli-harness.js";

const NUMBERS = ["5123440000", "5123440006", "5123440007"] as const;

describe("bulkport status", () => {
  let sim: RunningSimulator;
  let dir: string;
  let env: Record<string, string>;
  let sheet: string;
  let state: string;
  let results: string;
  const orderIds: string[] = [];

  const withStore = <T>(read: (store: StateStore) => T): T => {
    const store = openStateStore({ file: state, tenant: "ACME" });
    try {
      return read(store);
    } finally {
      store.close();
    }
  };
  const run = () =>
    runCli(
      ["run", sheet, "--state", state, "--out", results, "--rate", "1000", "--log-level", "warn"],
      env,
      dir,
    );
  const status = () => runCli(["status", "--state", state, "--out", results, "--rate", "1000"], env, dir);
  const resultRecords = (): Record<string, string>[] =>
    parse(fs.readFileSync(results, "utf8"), { bom: true, columns: true });
  const checkLine = (): string => {
    const check = withStore((store) => store.lastStatusCheck());
    return `Checked 3 open orders: GET /orders updated since ${check?.since} listed 3 orders;`;
  };
  const lastCheckTime = () => withStore((store) => store.lastStatusCheck()?.finishedAt);
  /** The simulator's own record of a transition, as the summary prints it. */
  const transitionLine = (index: number, seq: number): string => {
    const order = sim.orders.get(orderIds[index] ?? "");
    const from = order?.history[seq - 1];
    const to = order?.history[seq];
    return (
      `  order ${order?.orderId} (line ${index + 2} of sheet.csv, ${NUMBERS[index]}): ` +
      `${from?.status} -> ${to?.status} at ${to?.date}: ${to?.comment}`
    );
  };

  beforeAll(async () => {
    sim = await startSimulator({ lifecycle: "manual", services: 300 });
    dir = createWorkDir();
    env = simulatorEnv(sim, dir);
    sheet = path.join(dir, "sheet.csv");
    state = path.join(dir, "state.sqlite");
    results = path.join(dir, "sheet.results.csv");
    fs.writeFileSync(sheet, exampleSheet(NUMBERS));
  });
  afterAll(async () => {
    await sim.close();
    removeWorkDirs();
  });

  it("starts from a run that submits the three rows", async () => {
    const result = await run();
    expect(result.code).toBe(0);
    orderIds.push(...resultRecords().map((record) => record.order_id ?? ""));
    expect(orderIds).toHaveLength(3);
    expect(orderIds.every((id) => sim.orders.get(id)?.status === "ORDER_SUBMITTED")).toBe(true);
  });

  it("lists the open orders in one GET /orders and reads no history while nothing moved", async () => {
    const before = lastSeq(sim);
    const result = await status();
    expect(result.code).toBe(0);
    expect(callsAfter(sim, before)).toEqual(["POST /as/token.oauth2", "GET /orders"]);
    expect(result.stderr.split("\n").slice(0, 3)).toEqual([
      `${checkLine()} 0 changed (0 histories read)`,
      "Orders: 3 ORDER_SUBMITTED",
      "Changes since the first check: none",
    ]);
  });

  it("reports each transition once, reading the history of only the orders that moved", async () => {
    expect(sim.orders.advanceAll()).toBe(3);
    const previous = lastCheckTime();
    const before = lastSeq(sim);
    const result = await status();
    expect(result.code).toBe(0);
    expect(callsAfter(sim, before)).toEqual([
      "POST /as/token.oauth2",
      "GET /orders",
      ...orderIds.map((id) => `GET /orders/${id}/history`),
    ]);
    expect(result.stderr).toBe(
      [
        `${checkLine()} 3 changed (3 histories read)`,
        "Orders: 3 IN_PROGRESS",
        `Changes since the last check ${previous}:`,
        transitionLine(0, 1),
        transitionLine(1, 1),
        transitionLine(2, 1),
        `Results updated: ${results}`,
        "",
      ].join("\n"),
    );

    const again = await status();
    expect(again.stderr).toContain("Changes since the last check");
    expect(again.stderr).toContain(": none\n");
    expect(callsAfter(sim, before).filter((call) => call.endsWith("/history"))).toHaveLength(3);
  });

  it("exits 1 on new rejections, naming each reason and the column to fix", async () => {
    expect(sim.orders.advanceAll()).toBe(3);
    const result = await status();
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n");
    expect(lines.slice(1, 6)).toEqual([
      "Orders: 1 PORT_SCHEDULED, 2 REJECTED",
      expect.stringMatching(/^Changes since the last check /),
      transitionLine(0, 2),
      transitionLine(1, 2),
      transitionLine(2, 2),
    ]);
    expect(lines.slice(6, 9)).toEqual([
      "Needs a person: 2 orders ended without a port. Fix the row in the sheet and run again: a changed row is submitted as a new order, an unchanged one is not.",
      `  NEW order ${orderIds[1]} REJECTED (line 3 of sheet.csv, 5123440006): "Carrier rejected the port: account number does not match" -> fix column carrier_account_number`,
      `  NEW order ${orderIds[2]} REJECTED (line 4 of sheet.csv, 5123440007): "Carrier rejected the port: PIN incorrect" -> fix column pin`,
    ]);
  });

  it("writes the status, the time it changed and the reason into the results file", () => {
    const records = resultRecords();
    const header = Object.keys(records[0] ?? {});
    expect(header.slice(2, 7)).toEqual([
      "order_id",
      "order_status",
      "order_status_changed_at",
      "order_status_reason",
      "previous_order_id",
    ]);
    const cells = records.map((r) => [
      r.row,
      r.order_status,
      r.order_status_changed_at,
      r.order_status_reason,
    ]);
    const date = (index: number) => sim.orders.get(orderIds[index] ?? "")?.history[2]?.date;
    expect(cells).toEqual([
      ["2", "PORT_SCHEDULED", date(0), ""],
      ["3", "REJECTED", date(1), "Carrier rejected the port: account number does not match"],
      ["4", "REJECTED", date(2), "Carrier rejected the port: PIN incorrect"],
    ]);
    // The run's own columns and the input's columns are kept, in place.
    expect(records.map((r) => [r.status, r.service_number, r.pin, r.name_on_invoice])).toEqual([
      ["SUBMITTED", "5123440000", "", "Peter Edwards"],
      ["SUBMITTED", "5123440006", "", "Acme Corporation"],
      ["SUBMITTED", "5123440007", "", "Acme Corporation"],
    ]);
  });

  it("exits 0 once the rejections are known, and still lists them", async () => {
    const result = await status();
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `\n  order ${orderIds[2]} REJECTED (line 4 of sheet.csv, 5123440007): "Carrier rejected the port: PIN incorrect" -> fix column pin\n`,
    );
    expect(result.stderr).not.toContain("NEW order");
  });

  it("does not resubmit a rejected row that was not changed", async () => {
    const before = lastSeq(sim);
    await run();
    const submits = sim
      .requests()
      .filter((r) => r.seq > before && r.method === "POST" && r.path.endsWith("/orders"));
    expect(submits.filter((r) => r.query.confirm === undefined)).toEqual([]);
  });

  it("submits a fixed row once as a new order linked to the rejected one", async () => {
    // The carrier said the account number of line 3 does not match: the user corrects it in the sheet.
    const fixed = fs
      .readFileSync(sheet, "utf8")
      .replace(/^(5123440006,[^,]*,)287301945612,/m, "$1287301945699,");
    fs.writeFileSync(sheet, fixed);
    const before = lastSeq(sim);
    const result = await run();
    const posts = sim
      .requests()
      .filter((r) => r.seq > before && r.method === "POST" && r.path.endsWith("/orders"));
    expect(posts.map((r) => r.query.confirm ?? "submit")).toEqual(["true", "submit"]);
    const line3 = resultRecords()[1];
    expect(line3?.status).toBe("SUBMITTED");
    const newId = line3?.order_id ?? "";
    expect(newId).not.toBe(orderIds[1]);
    expect(sim.orders.get(newId)?.serviceNumber).toBe("5123440006");
    const orders = withStore((store) => store.ordersFor(rowKey("ACME", "PORT_NUMBER", "5123440006")));
    expect(orders.map((o) => [o.orderId, o.status, o.previousOrderId, o.replacedBy])).toEqual([
      [orderIds[1], "REJECTED", undefined, newId],
      [newId, "ORDER_SUBMITTED", orderIds[1], undefined],
    ]);
    // Line 4 was not changed: it is still not sent, and the run says it needs a person.
    expect(resultRecords()[2]?.status).toBe("REJECTED");
    expect(result.code).toBe(1);

    await status();
    const linked = resultRecords()[1];
    expect([linked?.order_id, linked?.order_status, linked?.previous_order_id]).toEqual([
      newId,
      "ORDER_SUBMITTED",
      orderIds[1],
    ]);
  });
});

describe("bulkport status refuses before any request", () => {
  let dir = "";
  beforeAll(() => {
    dir = createWorkDir();
  });
  afterAll(removeWorkDirs);

  it.each([
    [
      ["status", "--since", "2025-03"],
      'bulkport: Expected `--since` to be an ISO-8601 date-time such as 2025-03-01T00:00:00Z, got "2025-03"\n',
    ],
    [["status", "--rate", "fast"], 'bulkport: Expected `--rate` to be a number > 0, got "fast"\n'],
    [
      ["status", "--out", "gone.csv"],
      "bulkport: <dir>/gone.csv: cannot update the results file: it does not exist\n",
    ],
    [
      ["status", "--state", "none.sqlite"],
      "bulkport: No state file at <dir>/none.sqlite: no order was submitted with it. Name the run's file with --state.\n",
    ],
  ])("exits 2 for %j", async (argv, message) => {
    const env = { MOBPROC_TENANT: "ACME", MOBPROC_CLIENT_ID: "c", MOBPROC_ACCESS_TOKEN: "t", HOME: dir };
    const result = await runCli(argv, env, dir);
    expect([result.code, result.stderr]).toEqual([2, message.replace("<dir>", dir)]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
