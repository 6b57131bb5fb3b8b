// When the crash harness pulls the plug. Half the kill points fall anywhere in a process's life (lookups,
// reconciliation, confirms, submits, results writes): after a random number of requests. The other half fall
// in the submit phase, where a duplicate can be born: after a random number of answered submits, while others
// are still in flight.
import type { Random } from "../../src/simulator/seed/create-random.js";
import type { ReceivedRequest, RunningSimulator } from "../../src/simulator/start-simulator.js";

export interface KillTrigger {
  on: "requests" | "submits";
  /** Kill once the simulator has answered this many of them since the process started. */
  after: number;
}

export const isSubmit = (request: ReceivedRequest): boolean =>
  request.method === "POST" && request.path.endsWith("/orders") && request.query.confirm !== "true";

/**
 * `remaining`: lines without an order yet; `lookups`: about how many reference requests a run makes first.
 * A process sends about two requests per remaining line (confirm, submit) after its lookups.
 */
export const drawKillTrigger = (random: Random, remaining: number, lookups: number): KillTrigger =>
  random.chance(0.5) && remaining > 0
    ? { on: "submits", after: random.int(1, remaining) }
    : { on: "requests", after: random.int(0, 2 * remaining + lookups) };

/** A condition for spawn-cli's `killWhen`, counting from the simulator's requests so far. */
export const killCondition = (sim: RunningSimulator, trigger: KillTrigger): (() => boolean) => {
  const from = sim.requests().at(-1)?.seq ?? 0;
  return () => {
    const since = sim.requests().filter((request) => request.seq > from);
    return (trigger.on === "submits" ? since.filter(isSubmit).length : since.length) >= trigger.after;
  };
};

export const describeTrigger = (trigger: KillTrigger): string => `${trigger.after} ${trigger.on}`;
