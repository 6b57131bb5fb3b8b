// Per-row outcomes as data (STYLE.md rule 2). The runner produces one per input data row; the results CSV
// writes one line per outcome, in input order. `status` values are the results CSV's `status` column.
import type { CanonicalRow } from "../input/canonical-row.js";

export type RowStatus =
  "SUBMITTED" | "CONFIRMED" | "INVALID" | "REJECTED" | "FAILED" | "DUPLICATE" | "SKIPPED" | "IN_DOUBT";

/** What the confirmation told us, for the results CSV (human-readable device and plan, costs). */
export interface ConfirmedDetails {
  device?: string;
  plan?: string;
  oneTimeCost?: number;
  monthlyCost?: number;
  currency?: string;
  confirmedAt: string; // ISO
}

interface OutcomeBase {
  row: CanonicalRow;
  externalOrderNumber?: string;
  serviceNumber?: string;
  confirmed?: ConfirmedDetails;
}

export type RowOutcome =
  | (OutcomeBase & { status: "SUBMITTED"; orderId: string; orderStatus?: string; submittedAt: string })
  | (OutcomeBase & {
      status: "SKIPPED";
      orderId: string;
      orderStatus?: string;
      submittedAt?: string;
      message: string;
    })
  | (OutcomeBase & { status: "CONFIRMED"; message?: string })
  | (OutcomeBase & { status: "INVALID"; code: string; message: string })
  | (OutcomeBase & { status: "DUPLICATE"; code: "DUPLICATE"; message: string })
  | (OutcomeBase & { status: "REJECTED"; code: string; message: string })
  | (OutcomeBase & { status: "FAILED"; code: string; message: string })
  | (OutcomeBase & { status: "IN_DOUBT"; code: string; message: string });

export type RowOutcomeOf<S extends RowStatus> = Extract<RowOutcome, { status: S }>;

/** Statuses that mean the row needs nothing more (exit code 0 when every row has one). */
export const isDone = (outcome: RowOutcome, dryRun: boolean): boolean =>
  outcome.status === "SUBMITTED" ||
  outcome.status === "SKIPPED" ||
  (dryRun && outcome.status === "CONFIRMED");

export const hasError = (
  outcome: RowOutcome,
): outcome is Extract<RowOutcome, { code: string; message: string }> => "code" in outcome;
