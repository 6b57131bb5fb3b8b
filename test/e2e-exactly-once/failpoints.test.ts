// Each failpoint (src/state/failpoints.ts) kills the built CLI by SIGKILL at one step of the submit protocol
// (CONTRACT.md §11.3) or of the results writer; the rerun must leave exactly one order per line and every line
// settled. Three rows, --concurrency 1: the first row's submit is the one cut.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { lastSeq, orderPosts } from "../e2e/helpers/use-e2e-run.js";
import { useScenario } from "./use-scenario.js";

const scenario = useScenario({ rows: 3 });
const killedAtFailpoint = { code: null, signal: "SIGKILL", killedByHarness: false };

const exactlyOneOrderPerLine = () => {
  const { sim, lines, verdict } = scenario();
  expect(verdict().duplicates).toEqual([]);
  expect(verdict().withoutOrder).toEqual([]);
  expect(sim.orders.all()).toHaveLength(lines.length);
};

describe("a failpoint once the POST has reached the simulator", () => {
  it.each(["after-submit-sent", "after-submit-answer"] as const)(
    "%s: the order exists; the rerun reconciles it (no second POST) and reports it as already submitted",
    async (failpoint) => {
      const { sim, lines, state, run, results } = scenario();

      expect(await run({ failpoint })).toMatchObject(killedAtFailpoint);
      expect(orderPosts(sim)).toEqual({ confirms: 3, submits: 1 });
      const [order] = sim.orders.all();
      expect(order?.serviceNumber).toBe(lines[0]?.serviceNumber);
      expect(fs.existsSync(`${state}.lock`)).toBe(true); // left by the dead run: stale, taken over below

      const seq = lastSeq(sim);
      expect((await run()).code).toBe(0);

      expect(orderPosts(sim, seq)).toEqual({ confirms: 2, submits: 2 });
      expect(results().map(({ line, status, orderId }) => ({ line, status, orderId }))).toEqual([
        { line: 2, status: "SKIPPED", orderId: order?.orderId },
        ...sim.orders
          .all()
          .slice(1)
          .map((created, index) => ({ line: index + 3, status: "SUBMITTED", orderId: created.orderId })),
      ]);
      expect(results()[0]?.errorMessage).toBe(`already submitted as order ${order?.orderId}`);
      exactlyOneOrderPerLine();
      expect(fs.existsSync(`${state}.lock`)).toBe(false);
    },
  );
});

describe("after-submit-started: the submit was journalled but never sent", () => {
  it("the rerun finds no order and says IN_DOUBT; --resubmit-in-doubt then creates exactly one", async () => {
    const { sim, lines, run, results } = scenario();
    const [first] = lines;

    expect(await run({ failpoint: "after-submit-started" })).toMatchObject(killedAtFailpoint);
    expect(orderPosts(sim)).toEqual({ confirms: 3, submits: 0 });

    let seq = lastSeq(sim);
    expect((await run()).code).toBe(1);
    expect(orderPosts(sim, seq)).toEqual({ confirms: 2, submits: 2 });
    const [inDoubt, ...others] = results();
    expect(inDoubt).toMatchObject({ line: 2, status: "IN_DOUBT", errorCode: "IN_DOUBT", orderId: "" });
    expect(inDoubt?.errorMessage).toMatch(
      new RegExp(
        `^the submit's outcome is unknown: checked GET /orders updated since \\S+Z 3 time\\(s\\): no order with external order number ${inDoubt?.externalOrderNumber} for ${first?.serviceNumber}\\. If the carrier has no port for this line, run again with --resubmit-in-doubt$`,
      ),
    );
    expect(others.map((record) => record.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
    expect(scenario().verdict().withoutOrder).toEqual([first]);

    seq = lastSeq(sim);
    expect((await run({ args: ["--resubmit-in-doubt"] })).code).toBe(0);
    expect(orderPosts(sim, seq)).toEqual({ confirms: 1, submits: 1 });
    expect(results().map((record) => record.status)).toEqual(["SUBMITTED", "SKIPPED", "SKIPPED"]);
    exactlyOneOrderPerLine();
  });
});

describe("mid-results-write: the process dies halfway through writing the results file", () => {
  it("on a first run: no results file at all (never a truncated one), no order; the rerun does everything", async () => {
    const { sim, out, run, results } = scenario();

    expect(await run({ failpoint: "mid-results-write" })).toMatchObject(killedAtFailpoint);
    expect(fs.existsSync(out)).toBe(false);
    expect(orderPosts(sim).submits).toBe(0);

    expect((await run()).code).toBe(0);
    expect(results().map((record) => record.status)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED"]);
    exactlyOneOrderPerLine();
  });

  it("on a rerun: the previous results file stays whole, byte for byte, and nothing is sent twice", async () => {
    const { sim, out, run, results } = scenario();
    expect((await run()).code).toBe(0);
    const before = fs.readFileSync(out);
    const orderIds = results().map((record) => record.orderId);

    const seq = lastSeq(sim);
    expect(await run({ failpoint: "mid-results-write" })).toMatchObject(killedAtFailpoint);
    expect(fs.readFileSync(out)).toEqual(before);

    expect((await run()).code).toBe(0);
    expect(orderPosts(sim, seq)).toEqual({ confirms: 0, submits: 0 });
    expect(results().map(({ status, orderId }) => ({ status, orderId }))).toEqual(
      orderIds.map((orderId) => ({ status: "SKIPPED", orderId })),
    );
    exactlyOneOrderPerLine();
  });
});
