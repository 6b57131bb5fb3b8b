// runJob with its real collaborators: the client against the simulator in process, the SQLite store in a
// temporary folder. The job confirms every row before it submits any, submits each confirmed row once, and on a
// later run settles earlier in-doubt submits before anything else (CONTRACT.md §11.3 step 5).
import { afterEach, describe, expect, it } from "vitest";
import type { RowOutcome } from "../../src/results/row-outcome.js";
import { runJob, type Phase } from "../../src/runner/run-job.js";
import { createJobSetup, jobOptions, orderTraffic, type JobSetup } from "./helpers/job-setup.js";

let setup: JobSetup | undefined;
afterEach(async () => {
  await setup?.close();
  setup = undefined;
});

const statuses = (outcomes: readonly RowOutcome[]) => outcomes.map((outcome) => outcome.status);
const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

describe("runJob", () => {
  it("confirms every row, then submits each confirmed row once; outcomes in input order", async () => {
    setup = await createJobSetup("e2e/clean.csv");
    const { sim, rows, loaded, deps, store } = setup;
    const decided: [number, string, Phase][] = [];

    const result = await runJob(rows, loaded, deps, {
      ...jobOptions(),
      onOutcome: (index, outcome, phase) => decided.push([index, outcome.status, phase]),
    });

    expect(result.stopped).toBeUndefined();
    expect(statuses(result.outcomes)).toEqual(times(6, "SUBMITTED"));
    expect(result.outcomes.map((outcome) => outcome.row.line)).toEqual([2, 3, 4, 5, 6, 7]);
    // One GET /orders scan before submitting: no line may already have a port placed outside this state file.
    expect(orderTraffic(sim)).toEqual([...times(6, "confirm"), "scan", ...times(6, "submit")]);
    expect(decided.filter(([, , phase]) => phase === "confirm").map(([, status]) => status)).toEqual(
      times(6, "CONFIRMED"),
    );
    expect(
      decided
        .filter(([, , phase]) => phase === "submit")
        .map(([index]) => index)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4, 5]);
    // Each SUBMITTED outcome is one order, and the store holds the same order id for the line.
    const orders = sim.orders.all();
    expect(orders).toHaveLength(6);
    for (const outcome of result.outcomes) {
      if (outcome.status !== "SUBMITTED") throw new Error(`line ${outcome.row.line}: ${outcome.status}`);
      expect(orders.filter((order) => order.orderId === outcome.orderId)).toHaveLength(1);
      expect(store.getRow(`ACME:PORT_NUMBER:${outcome.serviceNumber}`)?.submit).toMatchObject({
        state: "submitted",
        orderId: outcome.orderId,
      });
    }
  });

  it("a dry run confirms and records the confirmations, and submits nothing", async () => {
    setup = await createJobSetup("e2e/clean.csv");
    const { sim, rows, loaded, deps, store } = setup;

    const result = await runJob(rows, loaded, deps, jobOptions({ dryRun: true }));

    expect(statuses(result.outcomes)).toEqual(times(6, "CONFIRMED"));
    expect(orderTraffic(sim)).toEqual(times(6, "confirm"));
    expect(sim.orders.all()).toEqual([]);
    expect(store.listRows().map((row) => [row.confirmed !== undefined, row.submit])).toEqual(
      times(6, [true, undefined]),
    );
  });

  it("--all-or-nothing: one rejected row holds every confirmed row back", async () => {
    setup = await createJobSetup("e2e/one-bad-row.csv");
    const { sim, rows, loaded, deps } = setup;

    const result = await runJob(rows, loaded, deps, jobOptions({ allOrNothing: true }));

    const held = "held back by --all-or-nothing: 1 row(s) did not confirm; nothing was submitted";
    expect(
      result.outcomes.map((outcome) => [
        outcome.status,
        "code" in outcome ? outcome.code : undefined,
        outcome.status === "CONFIRMED" ? outcome.message : undefined,
      ]),
    ).toEqual([...times(3, ["CONFIRMED", undefined, held]), ["REJECTED", "400-Device-Id-error", undefined]]);
    expect(orderTraffic(sim)).toEqual(times(4, "confirm"));
  });

  it("rows decided before any request (INVALID, DUPLICATE) are never sent", async () => {
    setup = await createJobSetup("e2e/row-errors.csv");
    const { sim, rows, loaded, deps } = setup;
    const prepared: number[] = [];

    const result = await runJob(rows, loaded, deps, {
      ...jobOptions(),
      onOutcome: (index, _outcome, phase) =>
        void (phase === "prepare" && prepared.push(rows[index]?.line ?? 0)),
    });

    // Without an earlier run, line 14's service has no open port: it is submitted here.
    expect(statuses(result.outcomes)).toEqual([
      "SUBMITTED",
      "INVALID",
      "DUPLICATE",
      ...times(8, "INVALID"),
      "REJECTED",
      "SUBMITTED",
    ]);
    expect(prepared).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(orderTraffic(sim)).toEqual([...times(3, "confirm"), "scan", ...times(2, "submit")]);
  });

  it("a rerun on the same store: every line SKIPPED with its order id, and nothing is sent", async () => {
    setup = await createJobSetup("e2e/clean.csv");
    const { sim, rows, loaded, deps } = setup;
    const first = await runJob(rows, loaded, deps, jobOptions());
    const before = sim.requests().length;

    const again = await runJob(rows, loaded, { ...deps, store: setup.reopenStore() }, jobOptions());

    expect(again.outcomes.map((o) => [o.status, "orderId" in o ? o.orderId : undefined])).toEqual(
      first.outcomes.map((o) => ["SKIPPED", "orderId" in o ? o.orderId : undefined]),
    );
    expect(sim.requests()).toHaveLength(before);
  });

  it("an earlier run's in-doubt submit is settled by scanning GET /orders before anything is submitted", async () => {
    // Orders show in GET /orders only 60 s after their submit, on a simulator clock the test moves.
    let offsetMs = 0;
    setup = await createJobSetup("e2e/clean.csv", {
      services: 300,
      orderVisibilityDelayMs: 60_000,
      clock: () => new Date(Date.now() + offsetMs),
    });
    const { sim, rows, loaded, deps, sleeps } = setup;
    const line = rows.slice(0, 1);
    // The first run's submit creates the order but its answer is lost, and the scans cannot see it yet.
    sim.setKnobs({ faults: { commitThenFailRate: 1 } });
    const first = await runJob(line, loaded, deps, jobOptions());
    expect(first.outcomes.map((o) => [o.status, "code" in o ? o.code : undefined])).toEqual([
      ["IN_DOUBT", "IN_DOUBT"],
    ]);
    expect(sleeps).toEqual([20_000, 20_000]);
    const [order] = sim.orders.all();

    sim.setKnobs({ faults: { commitThenFailRate: 0 } });
    offsetMs = 120_000;
    const before = orderTraffic(sim).length;
    const again = await runJob(line, loaded, { ...deps, store: setup.reopenStore() }, jobOptions());

    expect(again.outcomes.map((o) => [o.status, "orderId" in o ? o.orderId : undefined])).toEqual([
      ["SKIPPED", order?.orderId],
    ]);
    expect(orderTraffic(sim).slice(before)).toEqual(["scan"]);
    expect(sim.orders.all()).toHaveLength(1);
  });
});

describe("runJob, a submit lost before it reached the API", () => {
  // The simulator cannot drop only the first submit before it commits, so the client is wrapped: its first
  // submit answers "in doubt" without sending anything, as a connection reset before the request left would.
  const dropFirstSubmit = (deps: JobSetup["deps"]): JobSetup["deps"] => {
    let dropped = false;
    return {
      ...deps,
      client: {
        ...deps.client,
        confirmOrder: (request, options) => deps.client.confirmOrder(request, options),
        listOrders: (options) => deps.client.listOrders(options),
        submitOrder: async (request, options) => {
          if (dropped) return deps.client.submitOrder(request, options);
          dropped = true;
          return { kind: "in-doubt", message: "connection reset" };
        },
      },
    };
  };

  it("is IN_DOUBT after the scans find nothing, and the next run may resubmit it only when asked", async () => {
    setup = await createJobSetup("e2e/clean.csv");
    const { sim, rows, loaded, deps } = setup;
    const line = rows.slice(0, 1);

    const result = await runJob(line, loaded, dropFirstSubmit(deps), jobOptions());

    expect(result.outcomes.map((o) => [o.status, "code" in o ? o.code : undefined])).toEqual([
      ["IN_DOUBT", "IN_DOUBT"],
    ]);
    expect(orderTraffic(sim)).toEqual(["confirm", "scan", "scan", "scan", "scan"]);
    expect(setup.sleeps).toEqual([20_000, 20_000]);
    expect(sim.orders.all()).toEqual([]);
  });

  it("with --resubmit-in-doubt, is submitted once more in the same run: exactly one order", async () => {
    setup = await createJobSetup("e2e/clean.csv");
    const { sim, rows, loaded, deps } = setup;
    const reconcile = { attempts: 3, delayMs: 20_000, resubmitInDoubt: true };

    const result = await runJob(rows.slice(0, 1), loaded, dropFirstSubmit(deps), jobOptions({ reconcile }));

    const orders = sim.orders.all();
    expect(orders).toHaveLength(1);
    expect(result.outcomes.map((o) => [o.status, "orderId" in o ? o.orderId : undefined])).toEqual([
      ["SUBMITTED", orders[0]?.orderId],
    ]);
    // confirm, the pre-submit scan, three scans that find nothing, then the one real submit.
    expect(orderTraffic(sim)).toEqual(["confirm", "scan", "scan", "scan", "scan", "submit"]);
  });
});
