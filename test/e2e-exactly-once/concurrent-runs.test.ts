// Two runs of the same sheet at once. On one state file the lock lets one run work and turns the other away
// (exit 75). On two state files nothing in bulkport connects them: only the simulator's rule 7 (an open port
// refuses a second order) keeps the lines single, and the real API does not promise rule 7 (CONTRACT.md §12).
import { describe, expect, it } from "vitest";
import { orderPosts } from "../e2e/helpers/use-e2e-run.js";
import { useScenario } from "./use-scenario.js";

// A little latency per request so that each run lasts long enough for the other to start meanwhile.
const scenario = useScenario({ rows: 6, sim: { latencyMs: 25 } });

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe("two concurrent runs on the same sheet and the same state file", () => {
  it("the second, started while the first works, exits 75 naming the holder and sends nothing", async () => {
    const { sim, state, start, results, verdict } = scenario();
    sim.setKnobs({ latencyMs: 60 }); // the first run lasts about 2 s: long enough whatever the machine's load
    const first = start();
    // The first run takes the lock before its first request (src/cli/run-command.ts): from then on it holds it.
    await until(() => sim.requests().length > 0);
    const second = await start().done;
    const firstEnd = await first.done;

    expect(second.code).toBe(75);
    expect(second.stderr).toContain(
      `bulkport: another bulkport run holds the lock ${state}.lock (pid ${first.pid}, started `,
    );
    expect(firstEnd.code).toBe(0);
    // X-TNGO-CONTEXT-ACTIVITYID is the run id, which ends with the pid: every API request came from the first.
    const runIds = new Set(sim.requests().flatMap((request) => request.activityId ?? []));
    expect([...runIds]).toEqual([expect.stringMatching(new RegExp(`-${first.pid}$`))]);
    expect(orderPosts(sim)).toEqual({ confirms: 6, submits: 6 });
    expect(results().map((record) => record.status)).toEqual(Array.from({ length: 6 }, () => "SUBMITTED"));
    expect(verdict().duplicates).toEqual([]);
    expect(verdict().withoutOrder).toEqual([]);
  });
});

describe("two concurrent runs on the same sheet with different state files", () => {
  it("no duplicate: the slower run finds the port in its pre-submit scan (SKIPPED) or rule 7 refuses it (REJECTED)", async () => {
    const { sim, lines, start, results, verdict, file } = scenario();
    const outs = [file("a.results.csv"), file("b.results.csv")];
    const runs = outs.map((out, index) => start({ out, state: file(`${index}.sqlite`) }));
    const ends = await Promise.all(runs.map((run) => run.done));

    expect(ends.map((end) => end.code)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(ends.every((end) => end.code === 0 || end.code === 1)).toBe(true);
    expect(verdict().duplicates).toEqual([]);
    expect(verdict().withoutOrder).toEqual([]);
    const [a, b] = outs.map((out) => results(out));
    lines.forEach((line, index) => {
      const pair = [a?.[index], b?.[index]];
      const orderId = verdict().ordersByService.get(line.serviceNumber)?.[0];
      const submitted = pair.filter((record) => record?.status === "SUBMITTED");
      const other = pair.find((record) => record?.status !== "SUBMITTED");
      expect(submitted.map((record) => record?.orderId)).toEqual([orderId]);
      if (other?.status === "SKIPPED") {
        expect(other.orderId).toBe(orderId);
        expect(other.errorMessage).toContain("placed outside this state file");
      } else {
        expect([other?.status, other?.errorCode]).toEqual(["REJECTED", "400-Port-In-Progress-error"]);
        expect(other?.errorMessage).toContain(`already has an open PORT_NUMBER order ${orderId}`);
      }
    });
    expect(sim.orders.all()).toHaveLength(6);
  });

  it("with the first orders closed (no rule 7 to lean on), a second state file still orders nothing again", async () => {
    const { sim, run, results, verdict, file } = scenario();
    expect((await run()).code).toBe(0);
    for (const order of sim.orders.all()) sim.orders.setStatus(order.orderId, "COMPLETED");

    const out = file("other.results.csv");
    expect((await run({ state: file("other.sqlite"), out })).code).toBe(0);

    // The state file cannot see the first run's orders; the pre-submit GET /orders scan does.
    expect(verdict().duplicates).toEqual([]);
    expect(sim.orders.all()).toHaveLength(6);
    expect(results(out)?.map((record) => record.status)).toEqual(Array(6).fill("SKIPPED"));
  });
});
