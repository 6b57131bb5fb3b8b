// The three ways reconciliation settles an in-doubt submit (CONTRACT.md §11.3 steps 3–4), through the built CLI:
// found once → SUBMITTED; found several times → IN_DOUBT for a person, never released; not found → IN_DOUBT,
// released for one more submit only when asked, and never a second time.
import { describe, expect, it } from "vitest";
import { lastSeq, orderPosts } from "../e2e/helpers/use-e2e-run.js";
import { call, getToken } from "../simulator/support/sim-client.js";
import { useScenario } from "./use-scenario.js";

describe("found: every submit commits, then its answer is lost (commit-then-fail rate 1)", () => {
  const scenario = useScenario({ rows: 3, sim: { faults: { commitThenFailRate: 1 } } });

  it("each row is SUBMITTED with the order reconciliation found, after one scan and no second POST", async () => {
    const { sim, run, results, verdict } = scenario();

    expect((await run()).code).toBe(0);

    expect(orderPosts(sim)).toEqual({ confirms: 3, submits: 3 });
    const submits = sim.requests().filter((r) => r.method === "POST" && r.path.endsWith("/orders"));
    expect(submits.filter((r) => r.query.confirm !== "true").map((r) => r.fault)).toEqual(
      Array.from({ length: 3 }, (): unknown => expect.stringMatching(/^(drop|commit-then-fail)$/)),
    );
    // One pre-submit scan, then one scan settles the three in-doubt submits together.
    expect(sim.requests().filter((r) => r.method === "GET" && r.path.endsWith("/orders"))).toHaveLength(2);
    expect(results().map(({ status, orderId }) => ({ status, orderId }))).toEqual(
      sim.orders.all().map((order) => ({ status: "SUBMITTED", orderId: order.orderId })),
    );
    expect(verdict().duplicates).toEqual([]);
    expect(verdict().withoutOrder).toEqual([]);
  });
});

describe("not found: the submit was journalled, then the process died before sending it", () => {
  const scenario = useScenario({ rows: 3 });

  it("--resubmit-in-doubt releases the row once; in doubt again, it is never released a second time", async () => {
    const { sim, lines, run, results, verdict } = scenario();
    const [first] = lines;

    expect((await run({ failpoint: "after-submit-started" })).signal).toBe("SIGKILL");
    // Released, confirmed and started again, and the process dies at the same point.
    expect((await run({ failpoint: "after-submit-started", args: ["--resubmit-in-doubt"] })).signal).toBe(
      "SIGKILL",
    );
    const seq = lastSeq(sim);
    expect((await run({ args: ["--resubmit-in-doubt"] })).code).toBe(1);

    expect(orderPosts(sim, seq)).toEqual({ confirms: 2, submits: 2 });
    const [inDoubt, ...others] = results();
    expect(inDoubt).toMatchObject({ line: 2, status: "IN_DOUBT", errorCode: "IN_DOUBT", orderId: "" });
    expect(inDoubt?.errorMessage).toMatch(
      /^an in-doubt submit of this row was already resubmitted once \(CONTRACT\.md §11\.3 step 4\); checked GET \/orders /,
    );
    expect(others.map((record) => record.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
    expect(verdict().withoutOrder).toEqual([first]);
    expect(verdict().duplicates).toEqual([]);
  });
});

describe("several: two orders carry the row's external order number", () => {
  const scenario = useScenario({ rows: 3 });

  /**
   * A run places line 2's order and dies before the answer; then someone places the same order again by hand
   * (same external order number; the real API has no rule 7, CONTRACT.md §12, so the first is closed here to let
   * the simulator accept it). The rerun's reconciliation finds both.
   */
  const orderTwiceThenRerun = async () => {
    const { sim, lines, run, file } = scenario();
    const out = file("rerun.results.csv");
    expect((await run({ out, failpoint: "after-submit-sent" })).signal).toBe("SIGKILL");
    const [firstOrder] = sim.orders.all();
    expect(firstOrder?.serviceNumber).toBe(lines[0]?.serviceNumber);
    sim.orders.setStatus(firstOrder?.orderId ?? "", "COMPLETED");
    const byHand = await call(sim, await getToken(sim), "POST", "/orders", {
      body: { orderRequest: firstOrder?.request },
    });
    expect(byHand.status).toBe(200);
    const secondOrder = sim.orders.all().at(-1);
    const seq = lastSeq(sim);
    expect((await run({ out, args: ["--resubmit-in-doubt"] })).code).toBe(1);
    return { firstOrder, secondOrder, seq, out };
  };

  it("the rerun's row is IN_DOUBT listing both orders, and --resubmit-in-doubt sends nothing for it", async () => {
    const { sim, results } = scenario();
    const { firstOrder, secondOrder, seq, out } = await orderTwiceThenRerun();

    // The other two lines are submitted; line 2 is not sent again.
    expect(orderPosts(sim, seq).submits).toBe(2);
    expect(results(out)[0]).toMatchObject({
      line: 2,
      status: "IN_DOUBT",
      errorMessage: `several orders carry external order number ${firstOrder?.externalOrderNumber} (${firstOrder?.orderId}, ${secondOrder?.orderId}); a person must cancel the extra ones with the carrier`,
    });
    expect(sim.orders.all()).toHaveLength(4);
  });

  // BUG (reported): a rerun reports the row through skipped-outcome.ts, which always says IN_DOUBT; only a run
  // that reconciles its own submit says MULTIPLE_ORDERS. Remove `.fails` once the code survives the rerun.
  it("the rerun keeps the error code MULTIPLE_ORDERS", async () => {
    const { results } = scenario();
    const { out } = await orderTwiceThenRerun();

    expect(results(out)[0]?.errorCode).toBe("MULTIPLE_ORDERS");
  });
});
