// Keeps the results file current during a long run: at most one write every `intervalMs`, never two at once.
// Each write is atomic (src/results/write-results.ts), so a crash leaves the last complete version. Rows not
// decided yet are written as FAILED/NOT_FINISHED, which is what they are if the run dies at that moment.
import type { CanonicalRow } from "../input/canonical-row.js";
import type { Logger } from "../logging/create-logger.js";
import type { RowOutcome } from "../results/row-outcome.js";
import { writeResults } from "../results/write-results.js";
import { failpoint } from "../state/failpoints.js";

export interface ResultsKeeper {
  update(index: number, outcome: RowOutcome): void;
  /** Waits for a write in progress; the caller writes the final version itself. */
  close(): Promise<void>;
}

export function createResultsKeeper(
  file: string,
  header: readonly string[],
  rows: readonly CanonicalRow[],
  logger: Logger,
  intervalMs = 2000,
): ResultsKeeper {
  const outcomes: (RowOutcome | undefined)[] = new Array<RowOutcome | undefined>(rows.length);
  let lastWrite = 0;
  let writing: Promise<void> | undefined;
  let closed = false;

  const snapshot = (): RowOutcome[] =>
    rows.map(
      (row, index): RowOutcome =>
        outcomes[index] ?? {
          row,
          status: "FAILED",
          code: "NOT_FINISHED",
          message: "the run had not finished this row when this file was written; run again to continue",
        },
    );

  // A write of a large sheet costs real time: the next one waits at least 20 times as long as the last took, so
  // keeping the file current never takes more than about 5 % of the run.
  let minimumGap = intervalMs;
  const write = () => {
    const started = Date.now();
    lastWrite = started;
    writing = writeResults(file, snapshot(), header, { midway: () => failpoint("mid-results-write") })
      .catch((error: unknown) => logger.warn({ err: error }, "could not update the results file"))
      .finally(() => {
        minimumGap = Math.max(intervalMs, 20 * (Date.now() - started));
        writing = undefined;
      });
  };

  return {
    update(index, outcome) {
      outcomes[index] = outcome;
      if (!closed && !writing && Date.now() - lastWrite >= minimumGap) write();
    },
    async close() {
      closed = true;
      await writing;
    },
  };
}
