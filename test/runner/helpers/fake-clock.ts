// A virtual clock for limiter tests: `sleep` parks a timer, and `run` advances time to the next timer whenever
// the program has nothing else to do, so a test of a 10-second schedule takes milliseconds.
export interface FakeClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Drives the clock until `promise` settles; throws if it waits with no timer left (a deadlock). */
  run<T>(promise: Promise<T>): Promise<T>;
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createFakeClock(start = 0): FakeClock {
  let time = start;
  const timers: { at: number; resolve: () => void }[] = [];
  return {
    now: () => time,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        timers.push({ at: time + Math.max(0, ms), resolve });
      }),
    async run(promise) {
      let settled = false;
      const watched = promise.finally(() => {
        settled = true;
      });
      for (;;) {
        await flush();
        if (settled) return watched;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (next === undefined) throw new Error(`deadlock at t=${time}: nothing scheduled and not settled`);
        time = Math.max(time, next.at);
        next.resolve();
      }
    },
  };
}
