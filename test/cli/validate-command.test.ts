// `bulkport validate` in process: per-row lines with codes, exit 1 when a row needs fixing, and no network at
// all: the connection settings point at a simulator the test watches, which must receive nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { API_CHECKS_NOTE } from "../../src/cli/validate-command.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import { fixture, simulatorEnv } from "../e2e/helpers/run-cli.js";
import { createMemoryIo } from "./helpers/memory-io.js";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, services: 300 });
});
afterAll(() => sim.close());

async function validate(sheet: string) {
  const io = createMemoryIo({ cwd: process.cwd(), env: simulatorEnv(sim) });
  const code = await main(["validate", fixture(sheet)], io);
  const lines = io.out().split("\n");
  return {
    code,
    err: io.err(),
    /** The verdict lines of rows that need fixing, and each problem under them. */
    problems: lines.filter(
      (line) => /^line \d+: (INVALID|DUPLICATE)/.test(line) || /^ {2}[A-Z_]+: /.test(line),
    ),
    summary: lines.slice(-3, -1),
  };
}

describe("bulkport validate", () => {
  it("the example sheet: exit 1, each row that needs fixing with its code and message", async () => {
    const { code, err, problems, summary } = await validate("example.csv");

    expect(code).toBe(1);
    expect(err).toBe("");
    expect(problems).toEqual([
      "line 34: DUPLICATE (DUPLICATE)",
      "  DUPLICATE: service_number: service number 4156619022 is already on line 4; each number is ported once per run",
      "line 38: INVALID (STATE_UNKNOWN)",
      '  STATE_UNKNOWN: ship_to_state: "PN" is not a US state (or DC); closest: Indiana (IN), Minnesota (MN), Pennsylvania (PA)',
    ]);
    expect(summary).toEqual(["40 row(s) read: 38 pass the local checks, 2 need fixing", API_CHECKS_NOTE]);
    expect(sim.requests()).toEqual([]);
  });

  it("the row-error sheet: the problems found without the API, one code per row", async () => {
    const { code, problems, summary } = await validate("e2e/row-errors.csv");

    expect(code).toBe(1);
    expect(problems.filter((line) => line.startsWith("line "))).toEqual([
      "line 4: DUPLICATE (DUPLICATE)",
      "line 7: INVALID (STATE_UNKNOWN)",
      "line 10: INVALID (PHONE_SCIENTIFIC)",
      "line 11: INVALID (PIN_LENGTH)",
    ]);
    expect(summary[0]).toBe("13 row(s) read: 9 pass the local checks, 4 need fixing");
    expect(sim.requests()).toEqual([]);
  });

  it("a clean sheet: exit 0, no row needs fixing", async () => {
    const { code, problems, summary } = await validate("e2e/clean.csv");

    expect(code).toBe(0);
    expect(problems).toEqual([]);
    expect(summary).toEqual(["6 row(s) read: 6 pass the local checks, 0 need fixing", API_CHECKS_NOTE]);
    expect(sim.requests()).toEqual([]);
  });

  it("a sheet that cannot be read: exit 2 with the file, line and column", async () => {
    const io = createMemoryIo({ cwd: process.cwd() });
    const damaged = fixture("intake/damaged-unclosed-quote.csv");

    expect(await main(["validate", damaged], io)).toBe(2);
    expect(io.err()).toBe(
      `bulkport: ${damaged} (line 3, column 4): a quoted value that starts in this row is never closed; add the closing quote (")\n`,
    );
  });
});
