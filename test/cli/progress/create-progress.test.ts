import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createProgress, type ProgressOptions } from "../../../src/cli/progress/create-progress.js";

/** A stream that records every write, posing as a terminal or not. */
function fakeStream(tty: boolean, columns?: number) {
  const writes: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        writes.push(chunk.toString());
        callback();
      },
    }),
    { isTTY: tty, ...(columns !== undefined ? { columns } : {}) },
  );
  return { stream, writes };
}

/** A real pino logger whose JSON lines are kept, parsed. */
function fakeLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: pino({ base: null, timestamp: false }, destination), lines };
}

/** A clock moved by hand, a timer ticked by hand, and limiter counters set by hand. */
function harness(tty: boolean, options: Partial<ProgressOptions> = {}, columns?: number) {
  const { stream, writes } = fakeStream(tty, columns);
  const { logger, lines } = fakeLogger();
  const clock = { ms: 1_000_000 };
  const counters = { rateLimited: 0, calls: 0 };
  const timer = { started: 0, intervalMs: 0, cancelled: 0, tick: () => {} };
  const progress = createProgress({
    stream,
    logger,
    quiet: false,
    now: () => clock.ms,
    stats: () => counters,
    every: (ms, tick) => {
      timer.started += 1;
      timer.intervalMs = ms;
      timer.tick = tick;
      return () => {
        timer.cancelled += 1;
      };
    },
    ...options,
  });
  return { progress, writes, lines, clock, counters, timer };
}

describe("createProgress on a terminal", () => {
  it("redraws one line per phase in place every 200 ms and ends each phase with a newline", () => {
    const { progress, writes, clock, counters, timer } = harness(true);
    progress.startPhase("confirm", 4);
    expect(timer).toMatchObject({ started: 1, intervalMs: 200 });
    progress.rowDone();
    progress.rowDone();
    counters.rateLimited = 1;
    clock.ms += 1000;
    timer.tick();
    progress.startPhase("submit", 2);
    progress.rowDone();
    clock.ms += 500;
    progress.stop();

    expect(writes).toEqual([
      "\rconfirm [--------------------]           0/4    0%  0.0 rows/s  429s: 0  ETA --:--",
      // "ETA 0:01" is one character shorter than "ETA --:--": a space blanks the leftover.
      "\rconfirm [##########----------]           2/4   50%  2.0 rows/s  429s: 1  ETA 0:01 ",
      "\rconfirm [##########----------]           2/4   50%  2.0 rows/s  429s: 1  ETA 0:01",
      "\n",
      "\rsubmit  [--------------------]           0/2    0%  0.0 rows/s  429s: 0  ETA --:--",
      "\rsubmit  [##########----------]           1/2   50%  2.0 rows/s  429s: 0  ETA 0:01 ",
      "\n",
    ]);
    expect(timer).toMatchObject({ started: 1, cancelled: 1 });
  });

  it("counts the lookups' calls while their total is unknown", () => {
    const { progress, writes, clock, counters, timer } = harness(true);
    counters.calls = 3;
    progress.startPhase("lookup", 0);
    counters.calls = 40;
    clock.ms += 2000;
    timer.tick();
    progress.stop();
    expect(writes).toEqual([
      "\rlookup  0 calls  429s: 0  0:00 elapsed",
      "\rlookup  37 calls  429s: 0  0:02 elapsed",
      "\rlookup  37 calls  429s: 0  0:02 elapsed",
      "\n",
    ]);
  });

  it("never draws past the terminal's width, so a frame cannot wrap", () => {
    const { progress, writes } = harness(true, {}, 30);
    progress.startPhase("confirm", 4);
    progress.stop();
    expect(writes).toEqual(["\rconfirm [--------------------", "\rconfirm [--------------------", "\n"]);
  });

  it("ignores rows reported outside a phase and a second stop", () => {
    const { progress, writes, timer } = harness(true);
    progress.rowDone();
    progress.stop();
    progress.stop();
    timer.tick();
    expect(writes).toEqual([]);
    expect(timer).toMatchObject({ started: 0, cancelled: 0 });
  });
});

describe("createProgress without a terminal (cron)", () => {
  it("logs {phase, done, total, rate, rateLimited, etaSeconds} every 10 s and writes nothing to the stream", () => {
    const { progress, writes, lines, clock, counters, timer } = harness(false);
    counters.rateLimited = 5;
    progress.startPhase("confirm", 1000);
    expect(timer).toMatchObject({ started: 1, intervalMs: 10_000 });
    for (let i = 0; i < 500; i++) progress.rowDone();
    counters.rateLimited = 6;
    clock.ms += 10_000;
    timer.tick();
    for (let i = 0; i < 500; i++) progress.rowDone();
    clock.ms += 5_000;
    progress.startPhase("submit", 1000);
    progress.rowDone();
    progress.stop();

    expect(writes).toEqual([]);
    expect(lines).toEqual([
      {
        level: 30,
        phase: "confirm",
        done: 500,
        total: 1000,
        rate: 50,
        rateLimited: 1,
        etaSeconds: 10,
        msg: "progress",
      },
      // The closing line of a phase that was long enough to be reported.
      {
        level: 30,
        phase: "confirm",
        done: 1000,
        total: 1000,
        rate: 66.7,
        rateLimited: 1,
        etaSeconds: 0,
        msg: "progress",
      },
    ]);
    expect(timer.cancelled).toBe(1);
  });

  it("uses intervalMs when given", () => {
    const { progress, timer } = harness(false, { intervalMs: 60_000 });
    progress.startPhase("submit", 10);
    expect(timer.intervalMs).toBe(60_000);
  });
});

describe("createProgress with quiet", () => {
  it.each([true, false])("draws, logs and schedules nothing (terminal: %s)", (tty) => {
    const { progress, writes, lines, timer } = harness(tty, { quiet: true });
    progress.startPhase("confirm", 3);
    progress.rowDone();
    progress.stop();
    expect({ writes, lines, started: timer.started }).toEqual({ writes: [], lines: [], started: 0 });
  });
});

describe("createProgress's default timer", () => {
  it("does not keep the process alive", () => {
    const { stream } = fakeStream(false);
    const { logger } = fakeLogger();
    const before = process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const progress = createProgress({ stream, logger, quiet: false });
    progress.startPhase("confirm", 1);
    // An unref'd timer is not an active resource: it would not hold a finished run open.
    expect(process.getActiveResourcesInfo().filter((r) => r === "Timeout")).toHaveLength(before);
    progress.stop();
  });
});
