// skippedOutcome (pure): what a rerun does with a line the state store already knows. Submitted → SKIPPED with
// its order id (a changed row is reported, never resubmitted); started or in doubt → IN_DOUBT; anything else is
// tried again (undefined).
import { describe, expect, it } from "vitest";
import { requestFingerprint } from "../../src/orders/request-fingerprint.js";
import { prepareRow, type PreparedRow } from "../../src/runner/prepare-rows.js";
import { skippedOutcome } from "../../src/runner/skipped-outcome.js";
import type { RowState, SubmitRecord } from "../../src/state/row-state.js";
import { reference, tutorialRow } from "../orders/reference-fixture.js";

const prepared = prepareRow(tutorialRow(), reference(), { tenant: "ACME" }) as PreparedRow;
const FINGERPRINT = requestFingerprint(prepared.request);
const AT = "2026-03-02T09:00:00.000Z";
const START = {
  startedAt: AT,
  fingerprint: FINGERPRINT,
  t0: "2026-03-02T08:55:00.000Z",
  serviceId: "34415733",
  serviceNumber: "5123440000",
};

const state = (submit?: SubmitRecord, orderStatus?: RowState["orderStatus"]): RowState => ({
  key: "ACME:PORT_NUMBER:5123440000",
  externalOrderNumber: "BP-ON-RECORD",
  fingerprint: FINGERPRINT,
  submitAttempts: submit ? 1 : 0,
  releases: 0,
  updatedAt: AT,
  ...(submit ? { submit } : {}),
  ...(orderStatus ? { orderStatus } : {}),
});

const submitted: SubmitRecord = { ...START, state: "submitted", orderId: "8711260", submittedAt: AT };
const CHANGED =
  "; the row's details differ from what was submitted: the change was NOT sent (a submitted port cannot be amended through the API; contact the carrier)";

describe("skippedOutcome", () => {
  it("submitted with the same details: SKIPPED with the order id, status and the number on record", () => {
    const outcome = skippedOutcome(
      state(submitted, { status: "PORT_COMPLETE", updated: AT }),
      prepared,
      FINGERPRINT,
    );

    expect(outcome).toEqual({
      row: prepared.row,
      serviceNumber: "5123440000",
      externalOrderNumber: "BP-ON-RECORD",
      status: "SKIPPED",
      orderId: "8711260",
      orderStatus: "PORT_COMPLETE",
      submittedAt: AT,
      message: "already submitted as order 8711260",
    });
  });

  it("submitted, but the row changed since: still SKIPPED, and the message says the change was not sent", () => {
    const outcome = skippedOutcome(state(submitted), prepared, "another-fingerprint");

    expect(outcome).toMatchObject({
      status: "SKIPPED",
      orderId: "8711260",
      message: `already submitted as order 8711260${CHANGED}`,
    });
  });

  it.each([
    [
      "started (a crash before the answer)",
      { ...START, state: "started" },
      "an earlier submit of this line has an unknown outcome",
    ],
    [
      "in doubt",
      { ...START, state: "in-doubt", message: "no order found yet", at: AT },
      "no order found yet",
    ],
  ] as [string, SubmitRecord, string][])(
    "%s: IN_DOUBT, never submitted again blindly",
    (_name, submit, message) => {
      expect(skippedOutcome(state(submit), prepared, FINGERPRINT)).toEqual({
        row: prepared.row,
        serviceNumber: "5123440000",
        externalOrderNumber: "BP-ON-RECORD",
        status: "IN_DOUBT",
        code: "IN_DOUBT",
        message,
      });
    },
  );

  it.each([
    ["only confirmed", undefined],
    [
      "rejected",
      { ...START, state: "rejected", code: "400-Port-In-Progress-error", message: "open port", at: AT },
    ],
    ["failed", { ...START, state: "failed", code: "SUBMIT_FAILED", message: "HTTP 403", at: AT }],
    ["released for one more submit", { ...START, state: "released", message: "not found", at: AT }],
  ] as [string, SubmitRecord | undefined][])("%s: tried again (undefined)", (_name, submit) => {
    expect(skippedOutcome(state(submit), prepared, FINGERPRINT)).toBeUndefined();
  });
});
