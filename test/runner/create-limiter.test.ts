import { describe, expect, it } from "vitest";
import { createLimiter, MIN_ADAPTIVE_RATE, type LimiterOptions } from "../../src/runner/create-limiter.js";
import { createFakeClock } from "./helpers/fake-clock.js";
import { UsageError } from "../../src/errors.js";

/** The most starts found in any half-open window [s, s + 1000) beginning at a start. */
const maxStartsPerSecond = (starts: number[]) =>
  Math.max(...starts.map((s) => starts.filter((t) => t >= s && t < s + 1000).length));

function runTasks(options: Omit<LimiterOptions, "now" | "sleep">, count: number, taskMs: number) {
  const clock = createFakeClock();
  const limiter = createLimiter({ ...options, now: clock.now, sleep: clock.sleep });
  const starts: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const tasks = Array.from({ length: count }, (_, index) =>
    limiter.schedule(async () => {
      starts.push(clock.now());
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await clock.sleep(taskMs);
      inFlight -= 1;
      return index;
    }),
  );
  return clock.run(Promise.all(tasks)).then((results) => ({ results, starts, maxInFlight, limiter }));
}

describe("createLimiter", () => {
  it("spaces starts 1000/rate ms apart, so no 1-second window holds more than the rate", async () => {
    const { results, starts, limiter } = await runTasks({ concurrency: 4, ratePerSec: 5 }, 40, 50);
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(starts).toEqual(Array.from({ length: 40 }, (_, i) => i * 200));
    expect(maxStartsPerSecond(starts)).toBe(5);
    expect(limiter.stats()).toEqual({ inFlight: 0, pending: 0, currentRate: 5, rateLimited: 0, calls: 40 });
  });

  it.each([
    { ratePerSec: 2.5, cap: 2, first: [0, 400, 1000, 1400, 2000, 2400] },
    { ratePerSec: 0.5, cap: 1, first: [0, 2000, 4000, 6000, 8000, 10_000] },
    // Spaced on the planned schedule (333.3 ms), so the timer's rounding does not add up into drift.
    { ratePerSec: 3, cap: 3, first: [0, 334, 667, 1000, 1334, 1667] },
  ])(
    "never exceeds floor(rate) starts in any 1-second window at rate $ratePerSec",
    async ({ ratePerSec, cap, first }) => {
      const { starts } = await runTasks({ concurrency: 4, ratePerSec }, 12, 10);
      expect(starts.slice(0, 6)).toEqual(first);
      expect(maxStartsPerSecond(starts)).toBe(cap);
    },
  );

  it("keeps its rate when every timer fires late, and still never exceeds it in any second", async () => {
    const clock = createFakeClock();
    // Real timers fire a few ms late; spacing from actual starts would lose that on every gap (50/s -> ~37/s).
    const lateSleep = (ms: number) => clock.sleep(ms + 7);
    const limiter = createLimiter({ concurrency: 8, ratePerSec: 50, now: clock.now, sleep: lateSleep });
    const starts: number[] = [];
    const tasks = Array.from({ length: 200 }, () =>
      limiter.schedule(() => Promise.resolve(starts.push(clock.now()))),
    );
    await clock.run(Promise.all(tasks));
    expect(maxStartsPerSecond(starts)).toBe(50);
    // 200 starts at 50/s need 3.98 s of schedule; lateness may add one timer's delay, not one per start.
    expect(starts.at(-1)).toBeLessThanOrEqual(4020);
  });

  it("keeps at most `concurrency` calls in flight when calls are slow", async () => {
    const { starts, maxInFlight } = await runTasks({ concurrency: 2, ratePerSec: 100 }, 6, 1000);
    expect(maxInFlight).toBe(2);
    expect(starts).toEqual([0, 10, 1000, 1010, 2000, 2010]);
  });

  it("starts nothing while paused, then resumes at the rate", async () => {
    const clock = createFakeClock();
    const limiter = createLimiter({ concurrency: 4, ratePerSec: 10, now: clock.now, sleep: clock.sleep });
    limiter.pauseFor(1500);
    const starts: number[] = [];
    const all = Promise.all(
      [1, 2, 3].map(() => limiter.schedule(() => Promise.resolve(starts.push(clock.now())))),
    );
    await clock.run(all);
    expect(starts).toEqual([1500, 1600, 1700]);
  });

  it("pauses on a 429 for the server's wait without changing the rate when not adaptive", async () => {
    const clock = createFakeClock();
    const limiter = createLimiter({ concurrency: 1, ratePerSec: 10, now: clock.now, sleep: clock.sleep });
    limiter.onRateLimited(2000);
    const started = await clock.run(limiter.schedule(() => Promise.resolve(clock.now())));
    expect(started).toBe(2000);
    expect(limiter.stats()).toMatchObject({ currentRate: 10, rateLimited: 1 });
  });

  it("adaptive: a 429 halves the rate (once per second of 429s, floor 0.5/s) and successes win it back", async () => {
    const clock = createFakeClock();
    const limiter = createLimiter({
      concurrency: 4,
      ratePerSec: 4,
      adaptive: true,
      now: clock.now,
      sleep: clock.sleep,
    });
    limiter.onRateLimited(1000);
    limiter.onRateLimited(1000); // the same overload: no second halving
    expect(limiter.stats()).toMatchObject({ currentRate: 2, rateLimited: 2 });
    const rates: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      await clock.run(clock.sleep(1000));
      limiter.onRateLimited();
      rates.push(limiter.stats().currentRate);
    }
    expect(rates).toEqual([1, MIN_ADAPTIVE_RATE, MIN_ADAPTIVE_RATE, MIN_ADAPTIVE_RATE]);
    for (let i = 0; i < 9; i += 1) limiter.onSuccess();
    expect(limiter.stats().currentRate).toBe(0.5);
    limiter.onSuccess(); // the 10th success adds 5 % of the configured rate
    expect(limiter.stats().currentRate).toBeCloseTo(0.7, 10);
    for (let i = 0; i < 1000; i += 1) limiter.onSuccess();
    expect(limiter.stats().currentRate).toBe(4);
  });

  it("adaptive: after halving, starts follow the lower rate", async () => {
    const clock = createFakeClock();
    const limiter = createLimiter({
      concurrency: 4,
      ratePerSec: 4,
      adaptive: true,
      now: clock.now,
      sleep: clock.sleep,
    });
    limiter.onRateLimited(); // no wait given: halve only
    const starts: number[] = [];
    const all = Promise.all(
      [1, 2, 3, 4].map(() => limiter.schedule(() => Promise.resolve(starts.push(clock.now())))),
    );
    await clock.run(all);
    expect(starts).toEqual([0, 500, 1000, 1500]);
  });

  it("passes a task's rejection through and keeps going", async () => {
    const limiter = createLimiter({ concurrency: 1, ratePerSec: 1000 });
    await expect(limiter.schedule(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.schedule(() => Promise.resolve("next"))).resolves.toBe("next");
    expect(limiter.stats()).toMatchObject({ inFlight: 0, calls: 2 });
  });

  it.each([
    [{ concurrency: 4, ratePerSec: "fast" }, 'Expected `--rate` to be a number > 0, got "fast"'],
    [{ concurrency: 4, ratePerSec: 0 }, "Expected `--rate` to be a number > 0, got 0"],
    [
      { concurrency: 4, ratePerSec: Number.POSITIVE_INFINITY },
      "Expected `--rate` to be a number > 0, got Infinity",
    ],
    [{ concurrency: 0, ratePerSec: 5 }, "Expected `--concurrency` to be an integer >= 1, got 0"],
    [{ concurrency: 2.5, ratePerSec: 5 }, "Expected `--concurrency` to be an integer >= 1, got 2.5"],
    [{ concurrency: "4", ratePerSec: 5 }, 'Expected `--concurrency` to be an integer >= 1, got "4"'],
  ])("rejects %j", (options, message) => {
    // The options come from the command line unchecked, so the test passes wrong types on purpose.
    const create = () => createLimiter(options as unknown as LimiterOptions);
    expect(create).toThrow(UsageError);
    expect(create).toThrow(new UsageError(message)); // the exact message
  });
});
