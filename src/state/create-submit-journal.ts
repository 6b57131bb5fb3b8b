// The submit journal of CONTRACT.md §11.3: "started" is committed before the POST, then exactly one outcome is
// recorded, or reconciliation resolves it. Every operation is one IMMEDIATE transaction.
import { assertOutcomeAllowed, checkBeginSubmit, type OutcomeAction } from "./check-submit-transition.js";
import { recordPlacedOrder } from "./create-order-tracker.js";
import { toRowState } from "./map-row-record.js";
import type { BeginSubmitInput, BeginSubmitResult, InDoubtResolution, RowState } from "./row-state.js";
import type { StoreContext } from "./store-context.js";

/** §11.3 step 1: reconciliation pages `GET /orders?dateTimeUpdated=t0` with t0 = start − 5 min. */
export const RECONCILIATION_MARGIN_MS = 5 * 60 * 1000;

export interface SubmittedInput {
  orderId: string;
  orderStatus?: string;
  submittedAt: string;
}

export interface SubmitJournal {
  /** Committed (fsynced) before it returns: call it right before the POST, and POST only when `ok`. */
  beginSubmit(key: string, input: BeginSubmitInput): BeginSubmitResult;
  recordSubmitted(key: string, input: SubmittedInput): RowState;
  /** The API refused the order (a 400 list); the row may be submitted again later. */
  recordRejected(key: string, input: { code: string; message: string }): RowState;
  /** The submit failed for another clear reason (403, a second 401); the row may be submitted again later. */
  recordFailed(key: string, input: { code: string; message: string }): RowState;
  recordInDoubt(key: string, input: { message: string }): RowState;
  /** Rows whose submit is `started` with no outcome (a crash) or `in-doubt`, oldest submit first. */
  rowsNeedingReconciliation(): RowState[];
  /**
   * found → submitted; not-found and ambiguous → stay in doubt with the message; release → `released`, so
   * `beginSubmit` is allowed again, at most once per row and never after an ambiguous match (else stays in doubt).
   */
  resolveInDoubt(key: string, resolution: InDoubtResolution): RowState;
}

export const createSubmitJournal = (ctx: StoreContext): SubmitJournal => {
  const { sql, change } = ctx;
  const guarded = <T>(key: string, fn: () => T): T =>
    ctx.inTransaction(() => {
      ctx.checkKey(key);
      return fn();
    });
  const allowed = (key: string, action: OutcomeAction): RowState =>
    assertOutcomeAllowed(key, ctx.read(key), action);

  const submitted = (key: string, row: RowState, input: SubmittedInput, via: "answer" | "reconciliation") => {
    const at = ctx.now().toISOString();
    recordPlacedOrder(ctx, key, row, input);
    const status =
      input.orderStatus === undefined
        ? {}
        : { order_status: input.orderStatus, order_status_updated: input.submittedAt };
    const fields = {
      submit_state: "submitted",
      order_id: input.orderId,
      submitted_at: input.submittedAt,
    } as const;
    return change(
      key,
      at,
      { ...fields, outcome_code: null, outcome_message: null, outcome_at: at, ...status },
      "submitted",
      {
        orderId: input.orderId,
        submittedAt: input.submittedAt,
        orderStatus: input.orderStatus ?? null,
        from: row.submit?.state ?? null,
        via,
      },
    );
  };

  const outcome = (
    key: string,
    state: "rejected" | "failed" | "in-doubt",
    code: string | null,
    message: string,
  ) => {
    const action =
      state === "rejected" ? "recordRejected" : state === "failed" ? "recordFailed" : "recordInDoubt";
    return guarded(key, () => {
      allowed(key, action);
      const at = ctx.now().toISOString();
      const fields = { submit_state: state, outcome_code: code, outcome_message: message, outcome_at: at };
      return change(key, at, fields, state, { code, message });
    });
  };

  const release = (key: string, row: RowState, message: string, at: string): RowState => {
    const refusal =
      row.releases >= 1
        ? "an in-doubt submit of this row was already resubmitted once (CONTRACT.md §11.3 step 4)"
        : sql.hasEvent(key, "reconciled-ambiguous")
          ? "several orders already matched this row; a person must decide (CONTRACT.md §11.3 step 3)"
          : undefined;
    if (refusal !== undefined) {
      const full = `${refusal}; ${message}`;
      const fields = {
        submit_state: "in-doubt",
        outcome_code: null,
        outcome_message: full,
        outcome_at: at,
      } as const;
      return change(key, at, fields, "release-refused", { message: full });
    }
    const fields = {
      submit_state: "released",
      outcome_code: null,
      outcome_message: message,
      outcome_at: at,
    } as const;
    return change(key, at, { ...fields, releases: row.releases + 1 }, "released", { message });
  };

  return {
    beginSubmit: (key, input) =>
      guarded(key, (): BeginSubmitResult => {
        const row = ctx.read(key);
        const check = checkBeginSubmit(row, input);
        if (!check.ok) return { ...check, row };
        const started = ctx.now();
        const at = started.toISOString();
        const t0 = new Date(started.getTime() - RECONCILIATION_MARGIN_MS).toISOString();
        const attempt = (row?.submitAttempts ?? 0) + 1;
        const employee = input.employee ?? null;
        const { externalOrderNumber, fingerprint, serviceId, serviceNumber } = input;
        // checkBeginSubmit lets a submitted row through only when its order ended without a port and the row
        // changed: the new order replaces that one, which stays on record (order_record) and is linked here.
        const replaces = row?.submit?.state === "submitted" ? row.orderId : undefined;
        const link =
          replaces === undefined
            ? {}
            : {
                previous_order_id: replaces,
                order_id: null,
                order_status: null,
                order_status_updated: null,
                submitted_at: null,
              };
        const detail = {
          externalOrderNumber,
          fingerprint,
          serviceId,
          serviceNumber,
          employee,
          t0,
          attempt,
          ...(replaces === undefined ? {} : { previousOrderId: replaces }),
        };
        const next = change(
          key,
          at,
          {
            submit_state: "started",
            submit_started_at: at,
            submit_fingerprint: input.fingerprint,
            submit_t0: t0,
            service_id: input.serviceId,
            service_number: input.serviceNumber,
            employee,
            submit_attempts: attempt,
            request_fingerprint: input.fingerprint,
            outcome_code: null,
            outcome_message: null,
            outcome_at: null,
            ...link,
          },
          "submit-started",
          detail,
        );
        return { ok: true, row: next };
      }),

    recordSubmitted: (key, input) =>
      guarded(key, () => submitted(key, allowed(key, "recordSubmitted"), input, "answer")),
    recordRejected: (key, input) => outcome(key, "rejected", input.code, input.message),
    recordFailed: (key, input) => outcome(key, "failed", input.code, input.message),
    recordInDoubt: (key, input) => outcome(key, "in-doubt", null, input.message),

    rowsNeedingReconciliation: () => sql.recordsInStates(["started", "in-doubt"]).map(toRowState),

    resolveInDoubt: (key, resolution: InDoubtResolution) =>
      guarded(key, () => {
        const row = allowed(key, "resolveInDoubt");
        const at = ctx.now().toISOString();
        const stay = (
          kind: "reconciled-not-found" | "reconciled-ambiguous",
          message: string,
          detail: object,
        ) => {
          const fields = {
            submit_state: "in-doubt",
            // Kept so a later run reports the same code, not a plain IN_DOUBT (§11.3: several orders need a person).
            outcome_code: kind === "reconciled-ambiguous" ? "MULTIPLE_ORDERS" : null,
            outcome_message: message,
            outcome_at: at,
          } as const;
          return change(key, at, fields, kind, { message, ...detail });
        };
        switch (resolution.kind) {
          case "found":
            return submitted(key, row, resolution, "reconciliation");
          case "not-found":
            return stay("reconciled-not-found", resolution.message, {});
          case "ambiguous":
            return stay("reconciled-ambiguous", resolution.message, { orderIds: resolution.orderIds });
          case "release":
            return release(key, row, resolution.message, at);
        }
      }),
  };
};
