// submitRow: journal "started" durably, POST, journal the outcome (CONTRACT.md §11.3). An unclear answer is
// left IN_DOUBT for run-job to settle by reconciliation, never by a second POST; a line the journal already owns
// is never posted again.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestFingerprint } from "../../src/orders/request-fingerprint.js";
import type { RowOutcome } from "../../src/results/row-outcome.js";
import { confirmRow } from "../../src/runner/confirm-row.js";
import { createCommitBatcher } from "../../src/runner/create-commit-batcher.js";
import type { PreparedRow } from "../../src/runner/prepare-rows.js";
import { SUBMIT_IN_DOUBT, submitRow, type SubmitRowOptions } from "../../src/runner/submit-row.js";
import { createJobSetup, orderTraffic, TENANT, type JobSetup } from "./helpers/job-setup.js";

let OPTIONS: SubmitRowOptions;

let setup: JobSetup;
let prepared: PreparedRow;
let key: string;
let confirmed: Extract<RowOutcome, { status: "CONFIRMED" }>;

beforeEach(async () => {
  setup = await createJobSetup("e2e/clean.csv");
  OPTIONS = { tenant: TENANT, commits: createCommitBatcher(setup.store) };
  const [row] = setup.rows;
  if (!row) throw new Error("clean.csv has no rows");
  prepared = setup.prepare(row);
  key = setup.keyOf(prepared);
  // Phase one, as the job runs it: confirm, then record the confirmation.
  const outcome = await confirmRow(prepared, setup.deps);
  if (outcome.status !== "CONFIRMED") throw new Error(`line ${row.line} did not confirm: ${outcome.status}`);
  confirmed = outcome;
  setup.store.recordConfirmed(key, {
    externalOrderNumber: prepared.request.externalOrderNumber,
    fingerprint: requestFingerprint(prepared.request),
    source: { file: "clean.csv", line: row.line },
  });
});
afterEach(() => setup.close());

describe("submitRow", () => {
  it("a clear answer: SUBMITTED with the new order's id, journalled as submitted", async () => {
    const outcome = await submitRow(prepared, confirmed, setup.deps, OPTIONS);

    const [order] = setup.sim.orders.all();
    expect(outcome).toMatchObject({
      status: "SUBMITTED",
      orderId: order?.orderId,
      orderStatus: "ORDER_SUBMITTED",
      externalOrderNumber: prepared.request.externalOrderNumber,
      serviceNumber: "3059704691",
      confirmed: confirmed.confirmed,
    });
    expect(setup.store.getRow(key)?.submit).toMatchObject({ state: "submitted", orderId: order?.orderId });
    expect(orderTraffic(setup.sim)).toEqual(["confirm", "submit"]);
  });

  it("the API refuses the submit (another port opened since the confirm): REJECTED, journalled as rejected", async () => {
    const other = await setup.client.submitOrder(prepared.request, { employee: prepared.employee ?? "" });
    const otherId = other.kind === "ok" ? other.order.orderId : "none";

    const outcome = await submitRow(prepared, confirmed, setup.deps, OPTIONS);

    const message = `service_number: Service 34415753 already has an open PORT_NUMBER order ${otherId}. (400-Port-In-Progress-error)`;
    expect(outcome).toMatchObject({ status: "REJECTED", code: "400-Port-In-Progress-error", message });
    expect(setup.store.getRow(key)?.submit).toMatchObject({ state: "rejected", message });
    expect(setup.sim.orders.all()).toHaveLength(1);
  });

  it("the order is created but the answer is lost: journalled in doubt for reconciliation, never posted twice", async () => {
    setup.sim.setKnobs({ faults: { commitThenFailRate: 1 } });

    const outcome = await submitRow(prepared, confirmed, setup.deps, OPTIONS);

    expect(setup.sim.orders.all()).toHaveLength(1);
    expect(outcome).toMatchObject({ status: "IN_DOUBT", code: SUBMIT_IN_DOUBT });
    expect(setup.store.getRow(key)?.submit).toMatchObject({ state: "in-doubt" });
    expect(orderTraffic(setup.sim)).toEqual(["confirm", "submit"]);
    expect(
      setup
        .logLines()
        .filter((line) => line.level === 40)
        .map((line) => [line.row, line.phase, String(line.msg).endsWith("; reconciling")]),
    ).toEqual([[2, "submit", true]]);
  });

  it("a line the journal shows as submitted already: SKIPPED with that order, and no POST", async () => {
    const first = await submitRow(prepared, confirmed, setup.deps, OPTIONS);
    const orderId = first.status === "SUBMITTED" ? first.orderId : "none";

    const again = await submitRow(prepared, confirmed, setup.deps, OPTIONS);

    expect(again).toMatchObject({ status: "SKIPPED", orderId });
    expect(orderTraffic(setup.sim)).toEqual(["confirm", "submit"]);
    expect(setup.sim.orders.all()).toHaveLength(1);
  });
});
