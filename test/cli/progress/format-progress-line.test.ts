import { describe, expect, it } from "vitest";
import {
  formatDuration,
  formatProgressLine,
  formatRate,
  measureProgress,
  progressLogFields,
  type ProgressSnapshot,
} from "../../../src/cli/progress/format-progress-line.js";

const snapshot = (overrides: Partial<ProgressSnapshot>): ProgressSnapshot => ({
  phase: "confirm",
  done: 0,
  total: 1000,
  elapsedMs: 0,
  rateLimited: 0,
  calls: 0,
  ...overrides,
});

describe("measureProgress", () => {
  it.each([
    { case: "nothing done yet", done: 0, elapsedMs: 0, percent: 0, rate: 0, eta: null },
    { case: "nothing done after a while", done: 0, elapsedMs: 5000, percent: 0, rate: 0, eta: null },
    { case: "450 of 1,000 in 9.33 s", done: 450, elapsedMs: 9330, percent: 45, rate: 48.2, eta: 12 },
    {
      case: "999 of 1,000 rounds the percent down",
      done: 999,
      elapsedMs: 20_000,
      percent: 99,
      rate: 50,
      eta: 1,
    },
    { case: "all done", done: 1000, elapsedMs: 20_000, percent: 100, rate: 50, eta: 0 },
    { case: "1 of 1,000 after an hour", done: 1, elapsedMs: 3_600_000, percent: 0, rate: 0, eta: 3_596_400 },
  ])("$case: $percent %, $rate rows/s, ETA $eta s", ({ done, elapsedMs, percent, rate, eta }) => {
    const figures = measureProgress(snapshot({ done, elapsedMs }));
    expect(figures).toMatchObject({ percent, rate, etaSeconds: eta });
  });

  it("has no percent and no ETA when the total is unknown (the lookups)", () => {
    const figures = measureProgress(snapshot({ phase: "lookup", total: 0, calls: 37, elapsedMs: 4000 }));
    expect(figures).toEqual({
      phase: "lookup",
      done: 0,
      total: 0,
      percent: undefined,
      rate: 0,
      rateLimited: 0,
      calls: 37,
      etaSeconds: null,
      elapsedSeconds: 4,
    });
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0:00"],
    [9.4, "0:09"],
    [59.6, "1:00"],
    [754, "12:34"],
    [3599, "59:59"],
    [3600, "1:00:00"],
    [37_230, "10:20:30"],
    [-5, "0:00"],
  ])("%s s is %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe("formatRate", () => {
  it.each([
    [0, "0.0"],
    [4.25, "4.3"],
    [9.9, "9.9"],
    [10, "10"],
    [48.6, "49"],
    [1534.2, "1,534"],
  ])("%s rows/s reads %s", (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});

describe("formatProgressLine", () => {
  it.each([
    {
      case: "a phase just started",
      at: snapshot({}),
      line: "confirm [--------------------]       0/1,000    0%  0.0 rows/s  429s: 0  ETA --:--",
    },
    {
      case: "a phase under way, with 429s",
      at: snapshot({ done: 450, elapsedMs: 9330, rateLimited: 3 }),
      line: "confirm [#########-----------]     450/1,000   45%  48 rows/s  429s: 3  ETA 0:12",
    },
    {
      case: "a finished submit phase",
      at: snapshot({ phase: "submit", done: 1000, elapsedMs: 20_000 }),
      line: "submit  [####################]   1,000/1,000  100%  50 rows/s  429s: 0  ETA 0:00",
    },
    {
      case: "a slow phase of a large sheet",
      at: snapshot({ done: 12_345, total: 250_000, elapsedMs: 2_469_000 }),
      line: "confirm [--------------------] 12,345/250,000    4%  5.0 rows/s  429s: 0  ETA 13:12:11",
    },
    {
      case: "the lookups, whose total is unknown",
      at: snapshot({ phase: "lookup", total: 0, calls: 37, rateLimited: 1, elapsedMs: 4200 }),
      line: "lookup  37 calls  429s: 1  0:04 elapsed",
    },
  ])("$case", ({ at, line }) => {
    expect(formatProgressLine(measureProgress(at))).toBe(line);
  });

  it.each([
    { columns: 40, length: 39 },
    { columns: 200, length: 80 },
    { columns: undefined, length: 80 },
  ])("is cut to columns - 1 characters on a $columns-column terminal", ({ columns, length }) => {
    const line = formatProgressLine(measureProgress(snapshot({ done: 450, elapsedMs: 9330 })), columns);
    expect(line).toHaveLength(length);
    expect(line.startsWith("confirm [#########---")).toBe(true);
  });
});

describe("progressLogFields", () => {
  it("keeps the cron log line's fields and nothing else", () => {
    const figures = measureProgress(
      snapshot({ phase: "submit", done: 450, elapsedMs: 9330, rateLimited: 2 }),
    );
    expect(progressLogFields(figures)).toEqual({
      phase: "submit",
      done: 450,
      total: 1000,
      rate: 48.2,
      rateLimited: 2,
      etaSeconds: 12,
    });
  });
});
