// The real clock, for the edges; the runner and the client take a Clock so tests can pass their own.
import { setTimeout as delay } from "node:timers/promises";
import type { Clock } from "../runner/job-ports.js";

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : {}).catch(() => undefined),
};
