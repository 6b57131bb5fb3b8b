// Progress for a long run. On a terminal: one live line per phase, redrawn in place with `\r` and closed with a
// newline when the phase ends. Elsewhere (cron, a pipe): a pino info line every interval, so a log shows a run
// is alive and when it will end. The timer is unref'd: progress never keeps the process alive.
import type { Logger } from "pino";
import {
  formatProgressLine,
  measureProgress,
  progressLogFields,
  type ProgressPhase,
} from "./format-progress-line.js";

export interface ProgressOptions {
  /** Where the bar is drawn (stderr); `isTTY` chooses between the bar and log lines. */
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Receives the log lines when `stream` is not a terminal. */
  logger: Pick<Logger, "info">;
  /** No bar and no progress log lines. */
  quiet: boolean;
  /** Milliseconds between redraws or log lines. @default 200 on a terminal, 10_000 otherwise */
  intervalMs?: number;
  /** @default Date.now */
  now?: () => number;
  /** Run-wide counters, e.g. the limiter's `stats()`; each phase shows its own share. @default zeros */
  stats?: () => { rateLimited: number; calls: number };
  /** Calls `tick` every `ms` until the returned function is called. @default an unref'd setInterval */
  every?: (ms: number, tick: () => void) => () => void;
}

export interface Progress {
  /** Ends the phase in progress, if any, and starts this one. `total` 0: unknown (counts calls instead). */
  startPhase(phase: ProgressPhase, total: number): void;
  rowDone(): void;
  /** Ends the phase in progress and the timer. Safe to call twice. */
  stop(): void;
}

export const TTY_REDRAW_MS = 200;
export const LOG_INTERVAL_MS = 10_000;

const unrefInterval = (ms: number, tick: () => void): (() => void) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
};

const noStats = () => ({ rateLimited: 0, calls: 0 });

interface PhaseState {
  phase: ProgressPhase;
  total: number;
  done: number;
  startedAt: number;
  rateLimitedAtStart: number;
  callsAtStart: number;
  /** Log lines emitted for this phase (cron mode). */
  logged: number;
}

export function createProgress(options: ProgressOptions): Progress {
  if (options.quiet) return { startPhase: () => undefined, rowDone: () => undefined, stop: () => undefined };
  const { stream, logger } = options;
  const tty = stream.isTTY === true;
  const now = options.now ?? Date.now;
  const stats = options.stats ?? noStats;
  const every = options.every ?? unrefInterval;
  const intervalMs = options.intervalMs ?? (tty ? TTY_REDRAW_MS : LOG_INTERVAL_MS);
  let current: PhaseState | undefined;
  let cancelTimer: (() => void) | undefined;
  let lastFrameLength = 0;

  const figures = (state: PhaseState) => {
    const counters = stats();
    return measureProgress({
      phase: state.phase,
      done: state.done,
      total: state.total,
      elapsedMs: now() - state.startedAt,
      rateLimited: counters.rateLimited - state.rateLimitedAtStart,
      calls: counters.calls - state.callsAtStart,
    });
  };

  const draw = (state: PhaseState): void => {
    const line = formatProgressLine(figures(state), stream.columns);
    // Blank out what a longer previous frame left, without writing past the terminal's width.
    const room = stream.columns !== undefined ? Math.max(0, stream.columns - 1 - line.length) : Infinity;
    const padding = " ".repeat(Math.min(room, Math.max(0, lastFrameLength - line.length)));
    stream.write(`\r${line}${padding}`);
    lastFrameLength = line.length;
  };

  const log = (state: PhaseState): void => {
    state.logged += 1;
    logger.info(progressLogFields(figures(state)), "progress");
  };

  const tick = (): void => {
    if (current === undefined) return;
    if (tty) draw(current);
    else log(current);
  };

  const finishPhase = (): void => {
    const state = current;
    if (state === undefined) return;
    current = undefined;
    if (tty) {
      draw(state);
      stream.write("\n");
      lastFrameLength = 0;
    } else if (state.logged > 0) {
      // A phase long enough to have been reported gets its closing figures; a short one stays silent.
      log(state);
    }
  };

  return {
    startPhase(phase, total) {
      finishPhase();
      const counters = stats();
      current = {
        phase,
        total,
        done: 0,
        startedAt: now(),
        rateLimitedAtStart: counters.rateLimited,
        callsAtStart: counters.calls,
        logged: 0,
      };
      if (tty) draw(current);
      cancelTimer ??= every(intervalMs, tick);
    },
    rowDone() {
      if (current !== undefined) current.done += 1;
    },
    stop() {
      finishPhase();
      cancelTimer?.();
      cancelTimer = undefined;
    },
  };
}
