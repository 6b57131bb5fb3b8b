// `bulkport validate` in process: per-row lines with codes, exit 1 when a row needs fixing, and no network at
// all: the connection settings point at a simulator the test watches, which must receive nothing. The sheet is
// streamed (read once, never held); what it prints is what the in-memory intake of `bulkport run` finds.
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { readSheet } from "../../src/cli/read-sheet.js";
import { streamSheet } from "../../src/cli/stream-sheet.js";
import { API_CHECKS_NOTE, describeRow } from "../../src/cli/validate-command.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import { fixture, simulatorEnv } from "../e2e/helpers/run-cli.js";
import { createMemoryIo } from "./helpers/memory-io.js";

let sim: RunningSimulator;
let folder = "";
beforeAll(async () => {
  sim = await startSimulator({ port: 0, services: 300 });
  folder = await mkdtemp(path.join(tmpdir(), "bulkport-validate-"));
});
afterAll(async () => {
  await sim.close();
  await rm(folder, { recursive: true, force: true });
});

const HEADER = [
  "service_number",
  "service_id",
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

/**
 * A sheet of `rows` rows (seeded, so every run sees the same one) with all that the sheet-level checks and the
 * printing deal with: repeated numbers and service ids, accounts whose rows disagree on the name or the PIN,
 * values that are normalised or refused, blank lines and quoted line breaks that move the line numbers.
 */
function generateSheet(rows: number): string {
  let seed = 20_240_504;
  const random = (): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)] as T;
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [HEADER.join(",")];
  for (let index = 0; index < rows; index++) {
    const account = Math.floor(random() * 300);
    const earlier = Math.floor(random() * (index + 1));
    const odd = random();
    const serviceNumber =
      odd < 0.02
        ? String(2_122_000_000 + earlier)
        : odd < 0.03
          ? `(212) ${String(200 + (index % 800))}-${String(index % 10_000).padStart(4, "0")}`
          : odd < 0.035
            ? "5.12344E+09"
            : odd < 0.04
              ? ""
              : String(2_122_000_000 + index);
    const fields: Record<string, string> = {
      service_number: serviceNumber,
      service_id: random() < 0.05 ? String(34_000_000 + Math.floor(random() * 400)) : "",
      new_carrier: "T-Mobile",
      carrier_account_number: random() < 0.03 ? "" : String(287_301_900_000 + account),
      name_on_invoice: random() < 0.01 ? pick(["ACME Corp", "Acme Corp.", 'Acme "East"']) : "Acme Corp",
      current_carrier: "AT&T Mobility",
      pin: random() < 0.005 ? pick(["12", "9999"]) : random() < 0.05 ? "" : String(1000 + account),
      pin_issued: random() < 0.01 ? "2020-01-01" : "",
      contact_number: "2035550188",
      device: "Apple iPhone 6s (32GB) - Rose Gold",
      plan: random() < 0.005 ? "" : "Magenta for Business",
      country: "United States",
      postal_code: pick(["78701", "6477", "06477"]),
      ship_to_name: `Bench User ${index + 1}`,
      ship_to_line1: "500 W 2nd St",
      ship_to_line2: random() < 0.01 ? "Suite 1900\nFloor 19" : "Suite 1900",
      ship_to_city: "Austin",
      ship_to_state: pick(["TX", "TX", "TX", "Texas", "PN"]),
      ship_to_postal_code: "78701",
      expedite: pick(["no", "yes", "false", "maybe"]),
    };
    lines.push(HEADER.map((column) => quote(fields[column] ?? "")).join(","));
    if (random() < 0.01) lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** What validate prints for a sheet as the in-memory intake of bulkport run reads it: its rows, then all of it. */
const inMemoryOutput = async (file: string): Promise<{ rows: string; all: string }> => {
  const { rows } = await readSheet({ input: file, pinMaxAgeDays: 3 }, new Date());
  const invalid = rows.filter((row) => row.problems.length > 0).length;
  const summary = `${rows.length} row(s) read: ${rows.length - invalid} pass the local checks, ${invalid} need fixing`;
  const printed = rows.map(describeRow).join("");
  return { rows: printed, all: `${printed}${summary}\n${API_CHECKS_NOTE}\n` };
};

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

  it("a generated sheet of 20,000 rows: the same lines, problems and count as the in-memory intake", async () => {
    const file = path.join(folder, "generated.csv");
    await writeFile(file, generateSheet(20_000));
    const io = createMemoryIo({ cwd: folder, env: simulatorEnv(sim) });

    const code = await main(["validate", file], io);

    const expected = (await inMemoryOutput(file)).all;
    expect(code).toBe(1);
    expect(io.out()).toBe(expected);
    // The sheet exercises what it is meant to (else the comparison would prove little).
    const count = (pattern: RegExp) => (expected.match(pattern) ?? []).length;
    expect(count(/^ {2}DUPLICATE: .*service number/gm)).toBeGreaterThan(100);
    expect(count(/^ {2}DUPLICATE: .*service id/gm)).toBeGreaterThan(10);
    expect(count(/^ {2}ACCOUNT_MISMATCH: name_on_invoice/gm)).toBeGreaterThan(100);
    expect(count(/^ {2}ACCOUNT_MISMATCH: pin/gm)).toBeGreaterThan(100);
    expect(count(/^ {2}changed /gm)).toBeGreaterThan(1000);
    expect(count(/^ {2}PHONE_SCIENTIFIC: /gm)).toBeGreaterThan(10);
    expect(sim.requests()).toEqual([]);
  });

  it("the same rows when what they show goes through a temp file, which is gone afterwards", async () => {
    const file = path.join(folder, "generated-spilled.csv");
    await writeFile(file, generateSheet(5_000));
    const spillFolder = await mkdtemp(path.join(folder, "spill-"));

    const sheet = await streamSheet({ input: file, pinMaxAgeDays: 3 }, new Date(), {
      memoryChars: 10_000,
      directory: spillFolder,
    });
    expect(await readdir(spillFolder)).toHaveLength(1);
    let printed = "";
    let rows = 0;
    for await (const row of sheet.rows()) {
      printed += describeRow(row);
      rows += 1;
    }

    expect(printed).toBe((await inMemoryOutput(file)).rows);
    expect(rows).toBe(sheet.size);
    expect(await readdir(spillFolder)).toEqual([]);
  });
});
