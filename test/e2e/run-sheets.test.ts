// `bulkport run` end to end: the built CLI against a simulator started by the test, one fresh simulator per test
// so every order the simulator holds was placed by that test.
import { describe, expect, it } from "vitest";
import { expectedOrders, ordersOfLines } from "./helpers/read-results.js";
import { plainLines } from "./helpers/run-cli.js";
import { lastSeq, orderPosts, useE2eRun } from "./helpers/use-e2e-run.js";

const e2e = useE2eRun({ services: 300 });

const HELD_BACK = "held back by --all-or-nothing: 1 row(s) did not confirm; nothing was submitted";

describe("bulkport run (built CLI, simulator)", () => {
  it("a clean sheet: every line SUBMITTED, one order each, exit 0", async () => {
    const { sim, runSheet } = e2e();

    const run = await runSheet("e2e/clean.csv");

    expect(run.code).toBe(0);
    const { records } = run.results;
    expect(records.map((r) => [Number(r.row), r.status, r.error_code])).toEqual(
      [2, 3, 4, 5, 6, 7].map((row) => [row, "SUBMITTED", ""]),
    );
    expect(ordersOfLines(records, sim)).toEqual(expectedOrders(records));
    expect(sim.orders.all()).toHaveLength(6);
    expect(orderPosts(sim)).toEqual({ confirms: 6, submits: 6 });
    expect(plainLines(run.stderr)).toContain("6 rows: 6 SUBMITTED");
  });

  it("a sheet with every kind of row error: each line says what to fix; only the good line is ordered", async () => {
    const { sim, runSheet } = e2e();
    // clean.csv first, with its own state: 3059704691 then has an open port, which the API refuses (§9 rule 7).
    const first = await runSheet("e2e/clean.csv", [], { state: "first.sqlite", name: "first" });
    expect(first.code).toBe(0);
    const openOrder = first.results.records.find((r) => r.service_number === "3059704691")?.order_id;
    const from = lastSeq(sim);

    const run = await runSheet("e2e/row-errors.csv");

    expect(run.code).toBe(1);
    expect(run.results.records.map((r) => [Number(r.row), r.status, r.error_code, r.error_message])).toEqual([
      [2, "SUBMITTED", "", ""],
      [
        3,
        "INVALID",
        "SERVICE_UNKNOWN",
        'service_number: No service of the tenant has number "9175550100"; check the number and the tenant',
      ],
      [
        4,
        "DUPLICATE",
        "DUPLICATE",
        "service_number: service number 7732775422 is already on line 2; each number is ported once per run",
      ],
      [
        5,
        "INVALID",
        "PROPERTY_REQUIRED",
        "pin: T-Mobile requires Account PIN / Password (PIN_PASSWORD) for a port; fill the column",
      ],
      [
        6,
        "INVALID",
        "PLAN_UNKNOWN",
        'plan: "Magenta Plus for Business" is not a plan of T-Mobile; closest: "Magenta for Business", "Essentials for Business"',
      ],
      [
        7,
        "INVALID",
        "STATE_UNKNOWN",
        'ship_to_state: "PN" is not a US state (or DC); closest: Indiana (IN), Minnesota (MN), Pennsylvania (PA)',
      ],
      [
        8,
        "INVALID",
        "SAME_CARRIER",
        "new_carrier: Service 6025884968 is already with Verizon Wireless; choose another new carrier",
      ],
      [
        9,
        "INVALID",
        "SERVICE_STATUS",
        "service_number: Service 5123440001 is SUSPENDED; only an ACTIVE line can be ported; service_number: Service 5123440001 does not allow PORT_NUMBER (allowed: UNSUSPEND, DEACTIVATE); this line cannot be ported through the API, remove the row",
      ],
      [
        10,
        "INVALID",
        "PHONE_SCIENTIFIC",
        'service_number: "5.12344E+09": digits were lost by Excel; format the column as text and re-export',
      ],
      [
        11,
        "INVALID",
        "PIN_LENGTH",
        "pin: the PIN has 2 characters; carriers expect 4 to 10; if it began with 0, Excel dropped the zero: format the column as text and re-export",
      ],
      [
        12,
        "INVALID",
        "CARRIER_UNKNOWN",
        'new_carrier: "Vodafone" is not a known carrier; closest: "Verizon Wireless", "T-Mobile", "Rogers Wireless"',
      ],
      [
        13,
        "REJECTED",
        "400-Device-Id-error",
        "device: Device 9194713921 is not eligible for PORT_NUMBER on service 34415733. (400-Device-Id-error)",
      ],
      [
        14,
        "REJECTED",
        "400-Port-In-Progress-error",
        `service_number: Service 34415753 already has an open PORT_NUMBER order ${openOrder}. (400-Port-In-Progress-error)`,
      ],
    ]);
    // Lines that fail a local check are never sent: 3 confirms (lines 2, 13, 14), 1 submit (line 2).
    expect(orderPosts(sim, from)).toEqual({ confirms: 3, submits: 1 });
    expect(sim.orders.all()).toHaveLength(7);
    expect(ordersOfLines(run.results.records, sim)).toEqual(expectedOrders(run.results.records));
    expect(plainLines(run.stderr)).toContain("13 rows: 1 SUBMITTED, 9 INVALID, 2 REJECTED, 1 DUPLICATE");
  });

  it("--dry-run: every line CONFIRMED with its costs, no order created, no submit sent, exit 0", async () => {
    const { sim, runSheet } = e2e();

    const run = await runSheet("e2e/clean.csv", ["--dry-run"]);

    expect(run.code).toBe(0);
    const { records } = run.results;
    expect(records.map((r) => [r.status, r.order_id, r.error_code])).toEqual(
      Array.from({ length: 6 }, () => ["CONFIRMED", "", ""]),
    );
    expect(records.map((r) => [r.plan, r.monthly_cost, r.currency])).toEqual([
      ["Nationwide for Business Talk Share Plan", "41.68", "USD"],
      ["Magenta for Business", "65.00", "USD"],
      ["Magenta for Business", "55.00", "USD"],
      ["AT&T Business Unlimited", "70.00", "USD"],
      ["Sprint Business Unlimited", "60.00", "USD"],
      ["Bell Business Unlimited", "92.00", "CAD"],
    ]);
    expect(sim.orders.all()).toEqual([]);
    expect(orderPosts(sim)).toEqual({ confirms: 6, submits: 0 });
  });

  it("--all-or-nothing with one line the API refuses: no order at all, the confirmed lines say held back", async () => {
    const { sim, runSheet } = e2e();

    const run = await runSheet("e2e/one-bad-row.csv", ["--all-or-nothing"]);

    expect(run.code).toBe(1);
    expect(run.results.records.map((r) => [Number(r.row), r.status, r.error_code, r.error_message])).toEqual([
      [2, "CONFIRMED", "", HELD_BACK],
      [3, "CONFIRMED", "", HELD_BACK],
      [4, "CONFIRMED", "", HELD_BACK],
      [
        5,
        "REJECTED",
        "400-Device-Id-error",
        "device: Device 9194713921 is not eligible for PORT_NUMBER on service 34415733. (400-Device-Id-error)",
      ],
    ]);
    expect(sim.orders.all()).toEqual([]);
    expect(orderPosts(sim)).toEqual({ confirms: 4, submits: 0 });
  });

  it("a rerun of the same sheet: every line SKIPPED with the same order id, nothing sent, exit 0", async () => {
    const { sim, runSheet } = e2e();
    const first = await runSheet("e2e/clean.csv", [], { name: "first" });
    expect(first.code).toBe(0);
    const from = lastSeq(sim);

    const again = await runSheet("e2e/clean.csv", [], { name: "again" });

    expect(again.code).toBe(0);
    expect(again.results.records.map((r) => [r.row, r.status, r.order_id, r.error_message])).toEqual(
      first.results.records.map((r) => [
        r.row,
        "SKIPPED",
        r.order_id,
        `already submitted as order ${r.order_id}`,
      ]),
    );
    expect(sim.orders.all()).toHaveLength(6);
    expect(ordersOfLines(again.results.records, sim)).toEqual(expectedOrders(again.results.records));
    expect(orderPosts(sim, from)).toEqual({ confirms: 0, submits: 0 });
    expect(plainLines(again.stderr)).toContain("6 rows: 6 SKIPPED");
  });
});
