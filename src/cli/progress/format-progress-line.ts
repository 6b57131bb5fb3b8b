// Pure progress arithmetic and formatting: the same figures feed the terminal bar and the cron log line, so a
// human watching and a log reader see the same rate and ETA. No clock, no stream: tested with tables.

export type ProgressPhase = "lookup" | "confirm" | "submit";

/** Where a phase stands at one instant. */
export interface ProgressSnapshot {
  phase: ProgressPhase;
  /** Rows finished in this phase. */
  done: number;
  /** Rows this phase will work on; 0 when unknown (the lookups, whose page count is learned on the way). */
  total: number;
  elapsedMs: number;
  /** 429 answers received during this phase. */
  rateLimited: number;
  /** API calls started during this phase. */
  calls: number;
}

export interface ProgressFigures {
  phase: ProgressPhase;
  done: number;
  total: number;
  /** Whole percent, rounded down so 100 means finished; undefined when the total is unknown. */
  percent: number | undefined;
  /** Rows per second since the phase started, to one decimal. */
  rate: number;
  rateLimited: number;
  calls: number;
  /** Seconds left at the average rate so far; null until a row is done or when the total is unknown. */
  etaSeconds: number | null;
  elapsedSeconds: number;
}

export const BAR_WIDTH = 20;

export function measureProgress(snapshot: ProgressSnapshot): ProgressFigures {
  const { phase, done, total, rateLimited, calls } = snapshot;
  const elapsedSeconds = Math.max(0, snapshot.elapsedMs) / 1000;
  const exactRate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const known = total > 0;
  const left = Math.max(0, total - done);
  const etaSeconds = !known ? null : left === 0 ? 0 : exactRate > 0 ? Math.ceil(left / exactRate) : null;
  return {
    phase,
    done,
    total,
    percent: known ? Math.min(100, Math.floor((done / total) * 100)) : undefined,
    rate: Math.round(exactRate * 10) / 10,
    rateLimited,
    calls,
    etaSeconds,
    elapsedSeconds,
  };
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** Seconds as m:ss, or h:mm:ss from an hour on. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** One decimal below 10 rows/s (a slow, rate-limited run still shows movement), whole numbers above. */
export function formatRate(rate: number): string {
  return rate < 10 ? rate.toFixed(1) : integer.format(rate);
}

function bar(done: number, total: number): string {
  const filled = Math.min(BAR_WIDTH, Math.floor((done / total) * BAR_WIDTH));
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`;
}

/**
 * The terminal line for a phase, e.g.
 * `confirm [#########-----------]    450/1,000  45%  48.2 rows/s  429s: 0  ETA 0:12`.
 * Cut to `columns - 1` characters when the width is known, so a `\r` redraw never wraps onto a second line.
 */
export function formatProgressLine(figures: ProgressFigures, columns?: number): string {
  const { phase, done, total } = figures;
  const name = phase.padEnd(7);
  const line =
    figures.percent === undefined
      ? [
          `${name} ${integer.format(figures.calls)} calls`,
          `429s: ${integer.format(figures.rateLimited)}`,
          `${formatDuration(figures.elapsedSeconds)} elapsed`,
        ].join("  ")
      : [
          `${name} ${bar(done, total)} ${`${integer.format(done)}/${integer.format(total)}`.padStart(13)}`,
          `${String(figures.percent).padStart(3)}%`,
          `${formatRate(figures.rate)} rows/s`,
          `429s: ${integer.format(figures.rateLimited)}`,
          `ETA ${figures.etaSeconds === null ? "--:--" : formatDuration(figures.etaSeconds)}`,
        ].join("  ");
  return columns !== undefined && columns > 1 && line.length > columns - 1
    ? line.slice(0, columns - 1)
    : line;
}

/** The fields of the cron log line (`{phase, done, total, rate, rateLimited, etaSeconds}`). */
export function progressLogFields(figures: ProgressFigures) {
  const { phase, done, total, rate, rateLimited, etaSeconds } = figures;
  return { phase, done, total, rate, rateLimited, etaSeconds };
}
