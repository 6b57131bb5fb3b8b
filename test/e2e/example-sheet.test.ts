// Issue 3, "Done when": the README's first command on fixtures/example.csv. Its SUBMITTED lines are orders the
// simulator holds, one each; the lines that are wrong on purpose (33, 34, 36–40) carry clear errors; lines 35 and
// 41 are repaired by normalisation (ZIP "2110", phone "(303) 487-7548") and succeed.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESULT_COLUMNS } from "../../src/results/result-columns.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import { expectedOrders, ordersOfLines, readResults } from "./helpers/read-results.js";
import { fixture, plainLines, ROOT, runCli, simulatorEnv } from "./helpers/run-cli.js";
import { orderPosts } from "./helpers/use-e2e-run.js";

const EXAMPLE_HEADER = [
  "service_number",
  "new_carrier",
  "carrier_account_number",
  "name_on_invoice",
  "current_carrier",
  "pin",
  "pin_issued",
  "contact_number",
  "device",
  "plan",
  "optional_features",
  "country",
  "postal_code",
  "ship_to_name",
  "ship_to_line1",
  "ship_to_line2",
  "ship_to_city",
  "ship_to_state",
  "ship_to_postal_code",
  "expedite",
  "employee",
  "external_order_number",
  "prop.ORDER_REASON",
  "prop.PREFERRED_PORT_DATE",
];
// The input's own columns follow the result columns; the four that clash get the prefix `input_` (README).
const CLASHING = new Set(["service_number", "device", "plan", "external_order_number"]);
const RESULTS_HEADER = [
  ...RESULT_COLUMNS,
  ...EXAMPLE_HEADER.map((name) => (CLASHING.has(name) ? `input_${name}` : name)),
];

const EXPECTED_ERRORS: [row: number, status: string, code: string, message: string][] = [
  [
    33,
    "INVALID",
    "SERVICE_UNKNOWN",
    'service_number: No service of the tenant has number "9175550100"; check the number and the tenant',
  ],
  [
    34,
    "DUPLICATE",
    "DUPLICATE",
    "service_number: service number 4156619022 is already on line 4; each number is ported once per run",
  ],
  [
    36,
    "INVALID",
    "PROPERTY_REQUIRED",
    "pin: T-Mobile requires Account PIN / Password (PIN_PASSWORD) for a port; fill the column",
  ],
  [
    37,
    "INVALID",
    "PLAN_UNKNOWN",
    'plan: "Magenta Plus for Business" is not a plan of T-Mobile; closest: "Magenta for Business", "Essentials for Business"',
  ],
  [
    38,
    "INVALID",
    "STATE_UNKNOWN",
    'ship_to_state: "PN" is not a US state (or DC); closest: Indiana (IN), Minnesota (MN), Pennsylvania (PA)',
  ],
  [
    39,
    "INVALID",
    "SAME_CARRIER",
    "new_carrier: Service 6025884968 is already with Verizon Wireless; choose another new carrier",
  ],
  [
    40,
    "INVALID",
    "SERVICE_STATUS",
    "service_number: Service 5123440001 is SUSPENDED; only an ACTIVE line can be ported; service_number: Service 5123440001 does not allow PORT_NUMBER (allowed: UNSUSPEND, DEACTIVATE); this line cannot be ported through the API, remove the row",
  ],
];
const WRONG_LINES = new Set(EXPECTED_ERRORS.map(([row]) => row));
const ALL_LINES = Array.from({ length: 40 }, (_, i) => i + 2);

describe("fixtures/example.csv against a simulator started by the test (default seed)", () => {
  let sim: RunningSimulator;
  let dir: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let records: Record<string, string>[];

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    dir = mkdtempSync(path.join(tmpdir(), "bulkport-example-"));
    const out = path.join(dir, "example.results.csv");
    run = await runCli(
      ["run", fixture("example.csv"), "--out", out, "--state", path.join(dir, "state.sqlite")].concat([
        "--rate",
        "200",
        "--concurrency",
        "8",
      ]),
      { cwd: dir, env: simulatorEnv(sim) },
    );
    records = readResults(out).records;
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("exits 1, since some lines are wrong on purpose, with the summary on stderr", () => {
    expect(run.code).toBe(1);
    expect(plainLines(run.stderr)).toContain("40 rows: 33 SUBMITTED, 6 INVALID, 1 DUPLICATE");
  });

  it("every SUBMITTED line is exactly one order the simulator holds, with its external order number and service", () => {
    const submitted = records.filter((r) => r.status === "SUBMITTED");
    expect(submitted.map((r) => Number(r.row))).toEqual(ALL_LINES.filter((row) => !WRONG_LINES.has(row)));
    expect(ordersOfLines(records, sim)).toEqual(expectedOrders(records));
    expect(sim.orders.all()).toHaveLength(submitted.length);
    // The confirm phase sends only lines that pass the local checks; each confirmed line is submitted once.
    expect(orderPosts(sim)).toEqual({ confirms: 33, submits: 33 });
  });

  it("the lines that are wrong on purpose carry their code and a message that says what to fix", () => {
    expect(
      records
        .filter((r) => WRONG_LINES.has(Number(r.row)))
        .map((r) => [Number(r.row), r.status, r.error_code, r.error_message]),
    ).toEqual(EXPECTED_ERRORS);
  });

  it.each([
    [35, "postal_code", "2110", "6178749957"],
    [41, "input_service_number", "(303) 487-7548", "3034877548"],
  ])("line %i is repaired by normalisation and submitted (%s was %j)", (row, column, raw, number) => {
    const record = records.find((r) => Number(r.row) === row);
    expect(record?.status).toBe("SUBMITTED");
    expect(record?.[column]).toBe(raw); // the input's own column keeps what the user wrote
    expect(record?.service_number).toBe(number);
    expect(sim.orders.all().filter((order) => order.serviceNumber === number)).toHaveLength(1);
  });

  it("never writes a PIN, and masks the carrier account number to its last 4 characters", () => {
    expect(records.map((r) => r.pin).filter((pin) => pin !== "")).toEqual([]);
    expect(records[0]?.carrier_account_number).toBe("*****6789");
    expect(records[13]?.carrier_account_number).toBe("***********0001");
  });
});

describe("the README's first command, exactly: node dist/cli/bin.js run fixtures/example.csv --sandbox", () => {
  let dir: string;
  beforeAll(() => {
    // A folder laid out like the repository, so the command's relative paths hold and its results file lands
    // in the folder, not in the working tree.
    dir = mkdtempSync(path.join(tmpdir(), "bulkport-readme-"));
    mkdirSync(path.join(dir, "fixtures"));
    copyFileSync(fixture("example.csv"), path.join(dir, "fixtures", "example.csv"));
    symlinkSync(path.join(ROOT, "dist"), path.join(dir, "dist"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The default --rate 5 makes this run take ~20 s of mostly waiting.
  it("exits 1 and writes fixtures/example.results.csv: one line per input row, in input order", async () => {
    const run = await runCli(["run", "fixtures/example.csv", "--sandbox"], {
      cwd: dir,
      killAfterMs: 110_000,
    });

    expect(run.code).toBe(1);
    expect(plainLines(run.stderr)).toEqual([
      `Results written to ${path.join(dir, "fixtures", "example.results.csv")}`,
      "40 rows: 33 SUBMITTED, 6 INVALID, 1 DUPLICATE",
      "Confirmed and submitted orders cost 3899.82 USD one-time and 1778.92 USD monthly",
      "Confirmed and submitted orders cost 679.98 CAD one-time and 157.00 CAD monthly",
      "See error_code and error_message in the results file.",
    ]);
    const { header, records } = readResults(path.join(dir, "fixtures", "example.results.csv"));
    expect(header).toEqual(RESULTS_HEADER);
    expect(records.map((r) => Number(r.row))).toEqual(ALL_LINES);
    expect(records.filter((r) => r.status === "SUBMITTED")).toHaveLength(33);
    expect(
      records.filter((r) => WRONG_LINES.has(Number(r.row))).map((r) => [Number(r.row), r.error_code]),
    ).toEqual(EXPECTED_ERRORS.map(([row, , code]) => [row, code]));
  }, 120_000);
});
