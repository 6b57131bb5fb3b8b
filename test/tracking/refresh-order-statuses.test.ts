// refreshOrderStatuses against the simulator, after a run submitted 120 orders: the listing is paged (two
// pages of 100 for every open order at once, CONTRACT.md §7, §11.2), histories are read only for orders that
// moved (§8.15), and what could not be read is read again at the next check.
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LookupResult } from "../../src/api/api-results.js";
import type { HistoryItem } from "../../src/api/wire-types.js";
import { createCommandClient } from "../../src/cli/create-command-client.js";
import { createLimiter } from "../../src/runner/create-limiter.js";
import { createLogger } from "../../src/logging/create-logger.js";
import { openStateStore, type StateStore } from "../../src/state/open-state-store.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import {
  refreshOrderStatuses,
  WATERMARK_MARGIN_MS,
  type TrackingClient,
} from "../../src/tracking/refresh-order-statuses.js";
import { generateSheet } from "../crash/generate-sheet.js";
import {
  callsAfter,
  createWorkDir,
  lastSeq,
  removeWorkDirs,
  runCli,
  simulatorEnv,
} from "./support/cli-harness.js";

const ROWS = 120;
const logger = createLogger({
  level: "silent",
  destination: new Writable({ write: (_c, _e, done) => done() }),
});
const clock = { now: () => new Date() };

describe("refreshOrderStatuses", () => {
  let sim: RunningSimulator;
  let dir: string;
  let state: string;
  let client: TrackingClient;
  let orderIds: string[];

  const withStore = async <T>(use: (store: StateStore) => Promise<T>): Promise<T> => {
    const store = openStateStore({ file: state, tenant: "ACME" });
    try {
      return await use(store);
    } finally {
      store.close();
    }
  };
  const refresh = (options: { client?: TrackingClient; since?: Date } = {}) =>
    withStore((store) => refreshOrderStatuses({ client, store, logger, clock, ...options }));
  const ordersListed = (calls: readonly string[]) => calls.filter((call) => call === "GET /orders").length;
  const historiesRead = (calls: readonly string[]) =>
    calls.filter((call) => call.endsWith("/history")).sort();
  const historyPathsOf = (ids: readonly string[]) => ids.map((id) => `GET /orders/${id}/history`).sort();

  beforeAll(async () => {
    sim = await startSimulator({ lifecycle: "manual", services: 600 });
    dir = createWorkDir();
    state = path.join(dir, "state.sqlite");
    const sheet = path.join(dir, "sheet.csv");
    fs.writeFileSync(sheet, generateSheet(sim.fixture, ROWS).csv);
    const run = await runCli(
      ["run", sheet, "--state", state, "--rate", "2000", "--concurrency", "8", "--log-level", "warn"],
      simulatorEnv(sim, dir),
      dir,
    );
    expect(run.code).toBe(0);
    orderIds = sim.orders.all().map((order) => order.orderId);
    expect(orderIds).toHaveLength(ROWS);
    const { credentials } = sim;
    client = createCommandClient(
      {
        baseUrl: sim.baseUrl,
        tokenUrl: sim.tokenUrl,
        tenant: credentials.tenant,
        clientId: credentials.clientId,
        auth: { kind: "password", ...credentials },
      },
      {
        runId: "refresh-test",
        limiter: createLimiter({ concurrency: 4, ratePerSec: 2000 }),
        timeoutMs: 30_000,
        logger,
      },
    );
  });
  afterAll(async () => {
    await sim.close();
    removeWorkDirs();
  });

  it("pages one listing for all 120 open orders and reads the history of only the 25 that moved", async () => {
    const moved = orderIds.slice(10, 35);
    for (const id of moved) sim.orders.setStatus(id, "IN_PROGRESS", "Port request sent.");
    const before = lastSeq(sim);
    const result = await refresh();
    const calls = callsAfter(sim, before).filter((call) => !call.includes("token"));
    expect(ordersListed(calls)).toBe(2);
    expect(
      sim
        .requests()
        .filter((r) => r.seq > before && r.path.endsWith("/orders"))
        .map((r) => r.query.offset),
    ).toEqual(["0", "100"]);
    expect(historiesRead(calls)).toEqual(historyPathsOf(moved));
    expect(calls).toHaveLength(2 + 25);
    expect(result.open).toBe(ROWS);
    expect(result.check?.listed).toBe(ROWS);
    // In sheet order, which need not be the order the submits completed in: compared as sets here.
    expect(result.changes.map((c) => [c.orderId, c.from, c.to, c.comment]).sort()).toEqual(
      moved.map((id) => [id, "ORDER_SUBMITTED", "IN_PROGRESS", "Port request sent."]).sort(),
    );
  });

  it("starts the next listing 5 minutes before the latest `updated` seen, and reads no history when nothing moved", async () => {
    const latest = Math.max(...sim.orders.all().map((order) => Date.parse(order.updated)));
    const before = lastSeq(sim);
    const result = await refresh();
    expect(result.check?.since).toBe(new Date(latest - WATERMARK_MARGIN_MS).toISOString());
    expect(historiesRead(callsAfter(sim, before))).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it("reads again at the next check a history that could not be read, and keeps the watermark meanwhile", async () => {
    const [flaky, steady] = [orderIds[40] ?? "", orderIds[41] ?? ""];
    sim.orders.setStatus(flaky, "IN_PROGRESS", "Port request sent.");
    sim.orders.setStatus(steady, "IN_PROGRESS", "Port request sent.");
    const failing: TrackingClient = {
      listOrders: (options) => client.listOrders(options),
      getOrderHistory: (id): Promise<LookupResult<HistoryItem[]>> =>
        id === flaky
          ? Promise.resolve({ kind: "failed", message: "503 Service Unavailable", status: 503 })
          : client.getOrderHistory(id),
    };
    const watermark = await withStore((store) => Promise.resolve(store.lastStatusCheck()?.watermark));
    const first = await refresh({ client: failing });
    expect(first.failures).toEqual([{ orderId: flaky, message: "503 Service Unavailable" }]);
    expect(first.changes.map((c) => c.orderId)).toEqual([steady]);
    expect(first.check?.watermark).toBe(watermark);

    const before = lastSeq(sim);
    const second = await refresh();
    expect(historiesRead(callsAfter(sim, before))).toEqual(historyPathsOf([flaky]));
    expect(second.changes.map((c) => [c.orderId, c.to])).toEqual([[flaky, "IN_PROGRESS"]]);
    expect(second.failures).toEqual([]);
  });

  it("reports a cancellation once, with its reason, and stops checking the order", async () => {
    const id = orderIds[50] ?? "";
    sim.orders.setStatus(id, "CANCELLED", "Name on invoice does not match the carrier's records");
    const first = await refresh();
    expect(first.newlyEnded.map((o) => [o.orderId, o.status, o.reason])).toEqual([
      [id, "CANCELLED", "Name on invoice does not match the carrier's records"],
    ]);
    const second = await refresh();
    expect(second.newlyEnded).toEqual([]);
    expect(second.open).toBe(ROWS - 1);
  });

  it("keeps checking an order in a status it does not know, shown as received (CONTRACT.md §11.2)", async () => {
    const id = orderIds[60] ?? "";
    sim.orders.setStatus(id, "ON_HOLD_AT_CARRIER", "Waiting for the losing carrier.");
    const result = await refresh();
    expect(result.changes.map((c) => [c.orderId, c.to])).toEqual([[id, "ON_HOLD_AT_CARRIER"]]);
    const open = await withStore((store) => Promise.resolve(store.openOrders().map((o) => o.orderId)));
    expect(open).toContain(id);
  });

  it("lists from `since` when one is given", async () => {
    const since = new Date(Date.now() + 3_600_000);
    const before = lastSeq(sim);
    const result = await refresh({ since });
    const listing = sim.requests().filter((r) => r.seq > before && r.path.endsWith("/orders"));
    expect(listing.map((r) => r.query.dateTimeUpdated)).toEqual([
      since.toISOString().replace(/\.\d{3}Z$/, "Z"),
    ]);
    expect(result.check?.listed).toBe(0);
  });

  it("makes no call at all when no order is open", async () => {
    const empty = openStateStore({ file: path.join(dir, "empty.sqlite"), tenant: "ACME" });
    const before = lastSeq(sim);
    const result = await refreshOrderStatuses({ client, store: empty, logger, clock });
    empty.close();
    expect(callsAfter(sim, before)).toEqual([]);
    expect(result.check).toBeUndefined();
  });
});
