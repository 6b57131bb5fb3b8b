// reconcileRow settles a submit whose outcome is unknown (CONTRACT.md §11.3 steps 3–4) by scanning GET /orders
// on the simulator: found once, found several times, not found, or not found and released for one resubmit.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestFingerprint } from "../../src/orders/request-fingerprint.js";
import type { PreparedRow } from "../../src/runner/prepare-rows.js";
import { reconcileRow, type ReconcileOptions } from "../../src/runner/reconcile-row.js";
import { createJobSetup, orderTraffic, type JobSetup } from "./helpers/job-setup.js";

const OPTIONS: ReconcileOptions = { attempts: 3, delayMs: 20_000, resubmitInDoubt: false };

let setup: JobSetup;
let prepared: PreparedRow;
let key: string;

/** The journal as a crashed run leaves it: confirmed, then "submit started" with no outcome. */
function startSubmit(): void {
  const fingerprint = requestFingerprint(prepared.request);
  const { externalOrderNumber, serviceId } = prepared.request;
  setup.store.recordConfirmed(key, {
    externalOrderNumber,
    fingerprint,
    source: { file: "clean.csv", line: prepared.row.line },
  });
  const started = setup.store.beginSubmit(key, {
    externalOrderNumber,
    fingerprint,
    serviceId,
    serviceNumber: prepared.serviceNumber,
    ...(prepared.employee !== undefined ? { employee: prepared.employee } : {}),
  });
  if (!started.ok) throw new Error(started.message);
}

/** The submit the lost answer belonged to: the order exists in the simulator. */
async function placeOrder(): Promise<string> {
  const result = await setup.client.submitOrder(
    prepared.request,
    prepared.employee !== undefined ? { employee: prepared.employee } : {},
  );
  if (result.kind !== "ok") throw new Error(`the test's own submit failed: ${JSON.stringify(result)}`);
  return result.order.orderId;
}

beforeEach(async () => {
  setup = await createJobSetup("e2e/clean.csv");
  const [row] = setup.rows;
  if (!row) throw new Error("clean.csv has no rows");
  prepared = setup.prepare(row);
  key = setup.keyOf(prepared);
});
afterEach(() => setup.close());

describe("reconcileRow", () => {
  it("found once: SUBMITTED with that order id, recorded as submitted after one scan", async () => {
    startSubmit();
    const orderId = await placeOrder();
    const before = orderTraffic(setup.sim).length;

    const settled = await reconcileRow(key, setup.deps, OPTIONS);

    expect(settled).toEqual({
      status: "SUBMITTED",
      orderId,
      orderStatus: "ORDER_SUBMITTED",
      submittedAt: setup.sim.orders.get(orderId)?.dateSubmitted,
    });
    expect(setup.store.getRow(key)?.submit).toMatchObject({ state: "submitted", orderId });
    expect(orderTraffic(setup.sim).slice(before)).toEqual(["scan"]);
    expect(setup.sleeps).toEqual([]);
  });

  it("the scan carries the submit's context header (CONTRACT.md §11.3 step 3)", async () => {
    startSubmit();
    await placeOrder();
    const before = setup.sim.requests().length;

    await reconcileRow(key, setup.deps, OPTIONS);

    const scans = setup.sim.requests().slice(before);
    expect(prepared.employee).toBeDefined();
    expect(scans.map((request) => [request.method, request.contextCompanyEmployeeId])).toEqual([
      ["GET", prepared.employee],
    ]);
  });

  it("found several times: IN_DOUBT for a person, listing every order id", async () => {
    startSubmit();
    const firstId = await placeOrder();
    // Rule 7 refuses a second port while one is open: the first is cancelled, as a person might have done.
    setup.sim.orders.setStatus(firstId, "CANCELLED", "cancelled by the test");
    const secondId = await placeOrder();

    const settled = await reconcileRow(key, setup.deps, OPTIONS);

    const ext = prepared.request.externalOrderNumber;
    const message = `several orders carry external order number ${ext} (${firstId}, ${secondId}); a person must cancel the extra ones with the carrier`;
    expect(settled).toEqual({ status: "IN_DOUBT", code: "MULTIPLE_ORDERS", message });
    expect(setup.store.getRow(key)?.submit).toMatchObject({ state: "in-doubt", message });
  });

  it("not found: IN_DOUBT after 3 scans 20 s apart, with what was checked and what to do", async () => {
    startSubmit();
    const t0 = setup.store.getRow(key)?.submit?.t0 ?? "";

    const settled = await reconcileRow(key, setup.deps, OPTIONS);

    const ext = prepared.request.externalOrderNumber;
    const message = `the submit's outcome is unknown: checked GET /orders updated since ${t0} 3 time(s): no order with external order number ${ext} for ${prepared.serviceNumber}. If the carrier has no port for this line, run again with --resubmit-in-doubt`;
    expect(settled).toEqual({ status: "IN_DOUBT", code: "IN_DOUBT", message });
    expect(orderTraffic(setup.sim)).toEqual(["scan", "scan", "scan"]);
    expect(setup.sleeps).toEqual([20_000, 20_000]);
    expect(setup.store.getRow(key)?.submit?.state).toBe("in-doubt");
  });

  it("not found with --resubmit-in-doubt: RELEASED, and the journal allows one more submit", async () => {
    startSubmit();

    const settled = await reconcileRow(key, setup.deps, { ...OPTIONS, resubmitInDoubt: true });

    expect(settled).toEqual({ status: "RELEASED" });
    expect(setup.store.getRow(key)?.submit?.state).toBe("released");
    const again = setup.store.beginSubmit(key, {
      externalOrderNumber: prepared.request.externalOrderNumber,
      fingerprint: requestFingerprint(prepared.request),
      serviceId: prepared.request.serviceId,
      serviceNumber: prepared.serviceNumber,
    });
    expect(again.ok).toBe(true);
  });

  it("a line with no submit on record is IN_DOUBT without asking the API", async () => {
    const settled = await reconcileRow(key, setup.deps, OPTIONS);

    expect(settled).toEqual({
      status: "IN_DOUBT",
      code: "IN_DOUBT",
      message: "no submit on record for this line",
    });
    expect(orderTraffic(setup.sim)).toEqual([]);
  });
});
