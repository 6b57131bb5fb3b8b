// The job: reconcile what an earlier run left in doubt, prepare every row, confirm every remaining row, then
// (unless a dry run, or --all-or-nothing with a failure) submit the confirmed ones, each exactly once.
import pLimit from "p-limit";
import type { CanonicalRow } from "../input/canonical-row.js";
import { requestFingerprint } from "../orders/request-fingerprint.js";
import { isBulkportError, type BulkportError } from "../errors.js";
import type { Order } from "../api/wire-types.js";
import type { RowOutcome } from "../results/row-outcome.js";
import { rowKey } from "../state/row-key.js";
import { confirmRow } from "./confirm-row.js";
import { createCommitBatcher } from "./create-commit-batcher.js";
import { findStandingPorts } from "./find-standing-ports.js";
import type { JobDeps } from "./job-ports.js";
import type { LoadedReference } from "./load-reference-data.js";
import { prepareRow, type PreparedRow } from "./prepare-rows.js";
import { reconcileRows, type ReconcileOptions } from "./reconcile-row.js";
import { skippedOutcome } from "./skipped-outcome.js";
import { SUBMIT_IN_DOUBT, submitRow } from "./submit-row.js";

export interface RunJobOptions {
  tenant: string;
  /** The sheet's file name, recorded with each row in the state store for audits. */
  sheetFile: string;
  dryRun: boolean;
  allOrNothing: boolean;
  /** Days of GET /orders scanned for ports placed outside this state file before submitting (--order-lookback). */
  lookbackDays: number;
  /** Rows worked on at once; the limiter separately caps requests in flight and per second. */
  concurrency: number;
  reconcile: ReconcileOptions;
  /** Aborted: no new row starts; rows in flight finish. */
  signal?: AbortSignal;
  /** --max-runtime: no new row starts after it. */
  deadline?: Date;
  /** Called when a phase starts, with the number of rows it will work on (for progress). */
  onPhase?: (phase: "confirm" | "submit", total: number) => void;
  /** Called whenever a row's outcome is decided (to keep the results file current). */
  onOutcome?: (index: number, outcome: RowOutcome, phase: Phase) => void;
}

export type Phase = "prepare" | "confirm" | "submit";

export interface JobResult {
  outcomes: RowOutcome[];
  /** Why rows were left unstarted, if they were. */
  stopped?: "interrupted" | "deadline" | "fatal";
  /** The whole-run failure (credentials refused, API unreachable) that stopped the run. */
  fatal?: BulkportError;
}

export async function runJob(
  rows: readonly CanonicalRow[],
  loaded: LoadedReference,
  deps: JobDeps,
  options: RunJobOptions,
): Promise<JobResult> {
  const outcomes: (RowOutcome | undefined)[] = new Array<RowOutcome | undefined>(rows.length);
  const commits = createCommitBatcher(deps.store);
  let stopped: JobResult["stopped"];
  let fatal: BulkportError | undefined;
  // CONTRACT.md §5 "fatal": start no new rows, let the calls in flight finish, keep the journal.
  const guard = async (
    index: number,
    prepared: PreparedRow,
    phase: Phase,
    work: () => Promise<RowOutcome>,
  ) => {
    try {
      settle(index, await work(), phase);
    } catch (error) {
      if (!isBulkportError(error)) throw error;
      fatal ??= error;
      stopped = "fatal";
      settle(index, notStarted(prepared, "fatal", `the run stopped: ${error.message}`), phase);
    }
  };
  /** Standing ports of the lookback window, or undefined when the scan hit a whole-run failure. */
  const standingPortsOrFatal = async () => {
    const since = new Date(deps.clock.now().getTime() - options.lookbackDays * 86_400_000);
    try {
      return await findStandingPorts(deps.client, since);
    } catch (error) {
      if (!isBulkportError(error)) throw error;
      fatal ??= error;
      stopped = "fatal";
      return undefined;
    }
  };
  type Confirmed = {
    index: number;
    prepared: PreparedRow;
    outcome: Extract<RowOutcome, { status: "CONFIRMED" }>;
  };
  /**
   * Settles together every submit of the phase whose answer was unclear (one GET /orders scan per attempt serves
   * them all, and no row slot waits meanwhile). With --resubmit-in-doubt, a line whose order is not found is
   * submitted once more in this run, and settled again if that answer is unclear too; never a third time.
   */
  const settleDoubts = async (rows: readonly Confirmed[], resubmit: boolean): Promise<void> => {
    const doubtful = rows.filter(({ index }) => {
      const outcome = outcomes[index];
      return outcome?.status === "IN_DOUBT" && outcome.code === SUBMIT_IN_DOUBT;
    });
    if (doubtful.length === 0) return;
    const keyOf = ({ prepared }: Confirmed) => rowKey(options.tenant, "PORT_NUMBER", prepared.serviceNumber);
    const settled = await reconcileRows(doubtful.map(keyOf), deps, options.reconcile);
    const released: Confirmed[] = [];
    for (const entry of doubtful) {
      const settlement = settled.get(keyOf(entry));
      const before = outcomes[entry.index];
      if (!settlement || !before) continue;
      const base = {
        row: before.row,
        ...(before.serviceNumber !== undefined ? { serviceNumber: before.serviceNumber } : {}),
        ...(before.externalOrderNumber !== undefined
          ? { externalOrderNumber: before.externalOrderNumber }
          : {}),
        ...(before.confirmed ? { confirmed: before.confirmed } : {}),
      };
      if (settlement.status !== "RELEASED") {
        settle(entry.index, { ...base, ...settlement }, "submit");
      } else if (resubmit && mayStart()) {
        released.push(entry);
      } else {
        const message = "its order was not found, so it is released: the next run submits it again";
        settle(entry.index, { ...base, status: "IN_DOUBT", code: "IN_DOUBT_RELEASED", message }, "submit");
      }
    }
    const pool = pLimit(options.concurrency);
    await Promise.all(
      released.map(({ index, prepared, outcome }) =>
        pool(() =>
          guard(index, prepared, "submit", () =>
            submitRow(prepared, outcome, deps, { tenant: options.tenant, commits }),
          ),
        ),
      ),
    );
    await settleDoubts(released, false);
  };
  const settle = (index: number, outcome: RowOutcome, phase: Phase) => {
    outcomes[index] = outcome;
    options.onOutcome?.(index, outcome, phase);
  };
  const mayStart = (): boolean => {
    if (options.signal?.aborted) stopped = "interrupted";
    else if (options.deadline && deps.clock.now() >= options.deadline) stopped = "deadline";
    return stopped === undefined;
  };

  // CONTRACT.md §11.3 step 5: before submitting anything, settle every submit an earlier run left unclear.
  const unsettled = deps.store.rowsNeedingReconciliation().map((state) => state.key);
  if (unsettled.length > 0 && mayStart()) await reconcileRows(unsettled, deps, options.reconcile);

  const ready: { index: number; prepared: PreparedRow }[] = [];
  rows.forEach((row, index) => {
    const prepared = prepareRow(row, loaded.reference, {
      tenant: options.tenant,
      vendorFailures: loaded.vendorFailures,
      knownExternalOrderNumber: (number) =>
        deps.store.getRow(rowKey(options.tenant, "PORT_NUMBER", number))?.externalOrderNumber,
    });
    if (prepared.kind === "decided") return settle(index, prepared.outcome, "prepare");
    const state = deps.store.getRow(rowKey(options.tenant, "PORT_NUMBER", prepared.serviceNumber));
    const order = state?.orderId === undefined ? undefined : deps.store.getOrder(state.orderId);
    const earlier = state && skippedOutcome(state, prepared, requestFingerprint(prepared.request), order);
    if (earlier) return settle(index, earlier, "prepare");
    ready.push({ index, prepared });
  });

  options.onPhase?.("confirm", ready.length);
  const pool = pLimit(options.concurrency);
  const confirmed: {
    index: number;
    prepared: PreparedRow;
    outcome: Extract<RowOutcome, { status: "CONFIRMED" }>;
  }[] = [];
  await Promise.all(
    ready.map(({ index, prepared }) =>
      pool(async () => {
        if (!mayStart()) return settle(index, notStarted(prepared, stopped), "confirm");
        await guard(index, prepared, "confirm", async () => {
          const outcome = await confirmRow(prepared, deps);
          if (outcome.status === "CONFIRMED") {
            deps.store.recordConfirmed(rowKey(options.tenant, "PORT_NUMBER", prepared.serviceNumber), {
              externalOrderNumber: prepared.request.externalOrderNumber,
              fingerprint: requestFingerprint(prepared.request),
              source: { file: options.sheetFile, line: prepared.row.line },
              costs: costsOf(outcome),
            });
            confirmed.push({ index, prepared, outcome });
          }
          return outcome;
        });
      }),
    ),
  );

  const blocking = outcomes.filter(
    (outcome) => outcome && !["CONFIRMED", "SKIPPED"].includes(outcome.status),
  );
  if (options.dryRun || stopped || (options.allOrNothing && blocking.length > 0)) {
    if (options.allOrNothing && blocking.length > 0 && !options.dryRun) {
      const message = `held back by --all-or-nothing: ${blocking.length} row(s) did not confirm; nothing was submitted`;
      for (const { index, outcome } of confirmed) settle(index, { ...outcome, message }, "submit");
    }
    return finish(outcomes, stopped, fatal);
  }

  confirmed.sort((a, b) => a.index - b.index);
  const standing = confirmed.length > 0 ? await standingPortsOrFatal() : new Map<string, Order[]>();
  const toSubmit = confirmed.filter(({ index, prepared, outcome }) => {
    const existing = standing?.get(prepared.serviceNumber);
    if (standing && !existing) return true;
    settle(index, existing ? alreadyPorted(outcome, existing) : notStarted(prepared, "fatal"), "submit");
    return false;
  });
  options.onPhase?.("submit", toSubmit.length);
  await Promise.all(
    toSubmit.map(({ index, prepared, outcome }) =>
      pool(async () => {
        if (!mayStart()) return settle(index, { ...outcome, message: notStartedMessage(stopped) }, "submit");
        await guard(index, prepared, "submit", () =>
          submitRow(prepared, outcome, deps, { tenant: options.tenant, commits }),
        );
      }),
    ),
  );
  await settleDoubts(toSubmit, options.reconcile.resubmitInDoubt);
  return finish(outcomes, stopped, fatal);
}

function finish(
  outcomes: (RowOutcome | undefined)[],
  stopped: JobResult["stopped"],
  fatal: BulkportError | undefined,
): JobResult {
  const complete = outcomes.map((outcome, index) => {
    if (!outcome) throw new Error(`internal error: row ${index} has no outcome`);
    return outcome;
  });
  return { outcomes: complete, ...(stopped ? { stopped } : {}), ...(fatal ? { fatal } : {}) };
}

const NOT_STARTED = {
  deadline: {
    code: "DEADLINE",
    message: "not started: the run reached --max-runtime first; run again to continue",
  },
  fatal: {
    code: "RUN_STOPPED",
    message: "not started: the run stopped on an API failure (see the log); run again to continue",
  },
  interrupted: {
    code: "INTERRUPTED",
    message: "not started: the run was interrupted; run again to continue",
  },
} as const;

const notStartedMessage = (stopped: JobResult["stopped"]): string =>
  NOT_STARTED[stopped ?? "interrupted"].message;

function notStarted(prepared: PreparedRow, stopped: JobResult["stopped"], message?: string): RowOutcome {
  const reason = NOT_STARTED[stopped ?? "interrupted"];
  return {
    row: prepared.row,
    serviceNumber: prepared.serviceNumber,
    externalOrderNumber: prepared.request.externalOrderNumber,
    status: "FAILED",
    code: reason.code,
    message: message ?? reason.message,
  };
}

/** The confirmation's costs, for the report's totals (the store copies them onto the order at submit). */
const costsOf = (outcome: RowOutcome) => {
  const c = outcome.confirmed;
  return {
    ...(c?.oneTimeCost === undefined ? {} : { oneTime: c.oneTimeCost }),
    ...(c?.monthlyCost === undefined ? {} : { monthly: c.monthlyCost }),
    ...(c?.currency === undefined ? {} : { currency: c.currency }),
  };
};

/** A line the API already has a port for, placed outside this state file: never submitted a second time. */
function alreadyPorted(
  confirmed: Extract<RowOutcome, { status: "CONFIRMED" }>,
  orders: readonly Order[],
): RowOutcome {
  const ids = orders.map((order) => order.orderId);
  const [first] = orders;
  return {
    ...confirmed,
    status: "SKIPPED",
    orderId: ids.join(" "),
    ...(first ? { orderStatus: first.status } : {}),
    ...(first?.dateSubmitted ? { submittedAt: first.dateSubmitted } : {}),
    message: `the API already has a port order for this line (${ids.join(", ")}), placed outside this state file (another machine or state file, or by hand); it was not submitted again`,
  };
}
