// A simulator for order-route tests: small fixture, a clock the test moves, a token, and short call helpers.
import { startSimulator } from "../../../src/simulator/start-simulator.js";
import type { RunningSimulator, SimulatorOptions } from "../../../src/simulator/start-simulator.js";
import { OTHER_TENANT_CREDENTIALS } from "../../../src/simulator/seed/seed-users.js";
import type { JsonObject } from "../../../src/simulator/orders/validation-types.js";
import { call, getToken } from "../support/sim-client.js";
import type { JsonAnswer } from "../support/sim-client.js";

/** The examples' submit time (examples/port-order-submitted.json dateSubmitted). */
export const T0 = Date.parse("2016-04-26T14:45:20Z");

/** Peter Edwards as the context employee (examples: accountHolder = requestedBy = Peter). */
export const AS_PETER = { "x-tngo-context-companyemployeeid": "peter.edwards.acme" };

export interface OrdersSim {
  sim: RunningSimulator;
  /** Moves the simulator's clock forward. */
  advance(ms: number): void;
  /** Sets the simulator's clock to an ISO date-time. */
  setClock(iso: string): void;
  get(path: string, headers?: Record<string, string>): Promise<JsonAnswer>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<JsonAnswer>;
  /** Any method, for 405 tests. */
  send(method: string, path: string): Promise<JsonAnswer>;
  /** The same call with the other tenant's login. */
  getAsOtherTenant(path: string): Promise<JsonAnswer>;
  close(): Promise<void>;
}

export async function startOrdersSim(options: SimulatorOptions = {}): Promise<OrdersSim> {
  let now = T0;
  const sim = await startSimulator({ services: 16, clock: () => new Date(now), ...options });
  const token = await getToken(sim);
  const otherToken = await getToken(sim, { ...OTHER_TENANT_CREDENTIALS });
  return {
    sim,
    advance: (ms) => {
      now += ms;
    },
    setClock: (iso) => {
      now = Date.parse(iso);
    },
    get: (path, headers = {}) => call(sim, token, "GET", path, { headers }),
    post: (path, body, headers = {}) => call(sim, token, "POST", path, { body, headers }),
    send: (method, path) => call(sim, token, method, path),
    getAsOtherTenant: (path) =>
      call(sim, otherToken, "GET", path, { credentials: { ...OTHER_TENANT_CREDENTIALS } }),
    close: () => sim.close(),
  };
}

/** The body of a successful answer, failing the test with the answer when it is not 200. */
export function ok(answer: JsonAnswer): JsonObject {
  if (answer.status !== 200)
    throw new Error(`expected 200, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body as JsonObject;
}
