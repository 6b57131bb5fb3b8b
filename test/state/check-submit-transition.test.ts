import { describe, expect, it } from "vitest";
import {
  assertOutcomeAllowed,
  checkBeginSubmit,
  type BeginSubmitCheck,
  type OutcomeAction,
} from "../../src/state/check-submit-transition.js";
import type { RowState, SubmitRecord, SubmitState } from "../../src/state/row-state.js";

const KEY = "ACME:PORT_NUMBER:5123440000";
const start = {
  startedAt: "2025-03-01T10:00:00.000Z",
  fingerprint: "fp-1",
  t0: "2025-03-01T09:55:00.000Z",
  serviceId: "34415733",
  serviceNumber: "5123440000",
};
const SUBMITS: Record<SubmitState, SubmitRecord> = {
  started: { ...start, state: "started" },
  submitted: { ...start, state: "submitted", orderId: "1001", submittedAt: "2025-03-01T10:00:01Z" },
  rejected: { ...start, state: "rejected", code: "400-Plan-Id-error", message: "bad plan", at: "x" },
  failed: { ...start, state: "failed", code: "403", message: "not allowed", at: "x" },
  "in-doubt": { ...start, state: "in-doubt", message: "504 from the gateway", at: "x" },
  released: { ...start, state: "released", message: "user asked", at: "x" },
};

const row = (submit?: SubmitState, overrides: Partial<RowState> = {}): RowState => ({
  key: KEY,
  externalOrderNumber: "BP-1",
  confirmed: { at: "2025-03-01T09:59:00.000Z", fingerprint: "fp-1" },
  submitAttempts: submit === undefined ? 0 : 1,
  releases: 0,
  updatedAt: "2025-03-01T10:00:00.000Z",
  ...(submit === undefined ? {} : { submit: SUBMITS[submit] }),
  ...overrides,
});
const { confirmed: _confirmed, ...unconfirmed } = row();
const input = {
  externalOrderNumber: "BP-1",
  fingerprint: "fp-1",
  serviceId: "34415733",
  serviceNumber: "5123440000",
};

describe("checkBeginSubmit", () => {
  it.each<[string, RowState | undefined, BeginSubmitCheck]>([
    ["confirmed, never submitted", row(), { ok: true }],
    ["rejected before", row("rejected"), { ok: true }],
    ["failed before", row("failed"), { ok: true }],
    ["released after an in-doubt submit", row("released"), { ok: true }],
    [
      "already submitted",
      row("submitted"),
      {
        ok: false,
        reason: "already-submitted",
        message: "order 1001 was already submitted at 2025-03-01T10:00:01Z",
      },
    ],
    [
      "started without an outcome",
      row("started"),
      {
        ok: false,
        reason: "submit-in-progress",
        message:
          "a submit started at 2025-03-01T10:00:00.000Z has no recorded outcome; reconcile it first (CONTRACT.md §11.3)",
      },
    ],
    [
      "in doubt",
      row("in-doubt"),
      { ok: false, reason: "in-doubt", message: "the submit is in doubt: 504 from the gateway" },
    ],
    [
      "unknown row",
      undefined,
      { ok: false, reason: "not-confirmed", message: "the row has no recorded confirmation" },
    ],
    [
      "never confirmed",
      unconfirmed,
      { ok: false, reason: "not-confirmed", message: "the row has no recorded confirmation" },
    ],
    [
      "confirmed with another request",
      row("failed", { confirmed: { at: "x", fingerprint: "fp-0" } }),
      {
        ok: false,
        reason: "not-confirmed",
        message: "the request to submit differs from the one confirmed (fingerprints differ)",
      },
    ],
    [
      "another external order number",
      row(undefined, { externalOrderNumber: "BP-0" }),
      {
        ok: false,
        reason: "external-order-number-mismatch",
        message: "the row's external order number is BP-0, not BP-1",
      },
    ],
  ])("%s", (_name, current, expected) => {
    expect(checkBeginSubmit(current, input)).toEqual(expected);
  });
});

describe("assertOutcomeAllowed", () => {
  const actions: OutcomeAction[] = [
    "recordSubmitted",
    "recordRejected",
    "recordFailed",
    "recordInDoubt",
    "resolveInDoubt",
  ];
  const allowed: Record<OutcomeAction, SubmitState[]> = {
    recordSubmitted: ["started", "in-doubt"],
    recordRejected: ["started"],
    recordFailed: ["started"],
    recordInDoubt: ["started", "in-doubt"],
    resolveInDoubt: ["started", "in-doubt"],
  };
  const cases = actions.flatMap((action) =>
    (Object.keys(SUBMITS) as SubmitState[]).map(
      (state) => [action, state, allowed[action].includes(state)] as const,
    ),
  );

  it.each(cases)("%s after %s: allowed %s", (action, state, ok) => {
    const current = row(state);
    if (ok) expect(assertOutcomeAllowed(KEY, current, action)).toBe(current);
    else {
      expect(() => assertOutcomeAllowed(KEY, current, action)).toThrow(
        `${action}(${KEY}) is not allowed: the row's submit state is ${state}, expected ${allowed[action].join(" or ")}`,
      );
    }
  });

  it("refuses a row that never started a submit", () => {
    expect(() => assertOutcomeAllowed(KEY, row(), "recordSubmitted")).toThrow(
      `recordSubmitted(${KEY}) is not allowed: the row's submit state is none, expected started or in-doubt`,
    );
  });
});
