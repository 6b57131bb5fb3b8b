// Issue 8, "done when": a whole job at --log-level debug, with distinctive secrets, writes none of them anywhere
// it writes: not in a log line, not in the results CSV, not in the state file's bytes, not in the lock file. The
// account number may show its last 4 characters; the files the run creates are the owner's alone (0600).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture } from "../../src/simulator/seed/create-fixture.js";
import { SANDBOX_CREDENTIALS } from "../../src/simulator/seed/seed-users.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import { runCli, simulatorEnv, type CliRun } from "./helpers/run-cli.js";
import { tmobileRow, verizonRow, writeSheet, type SheetRow } from "./helpers/sheet.js";

const CLIENT_SECRET = "cs-Vx93Lq-2718";
const PASSWORD = "pw-Kd72Zr-3141";
// The simulator's tokens: "sim" and base64url (src/simulator/http/token-store.ts).
const TOKEN_SHAPE = /sim[\w-]{24,}/;

const secrets = (n: number) => ({ carrier_account_number: `AQ7Z93K0100${n}`, pin: `Zp4Q9w0${n}` });
const ROWS: SheetRow[] = [
  verizonRow("5123440000", { ...secrets(1), ship_to_name: "Peter Edwards" }),
  verizonRow("5123440006", secrets(2)),
  tmobileRow("5123440007", secrets(3)),
  verizonRow("5123440009", { ...secrets(4), postal_code: "ABCDE" }), // INVALID before any request
  verizonRow("5123440006", secrets(5)), // DUPLICATE of line 3
];
const PINS = ROWS.map((row) => row.pin ?? "");
const ACCOUNTS = ROWS.map((row) => row.carrier_account_number ?? "");

let sim: RunningSimulator;
let dir: string;
let env: Record<string, string>;
let run: CliRun;
let rerun: CliRun;
let bareToken: string;
const lockSeen: { bytes: string[]; modes: number[] } = { bytes: [], modes: [] };

const file = (name: string) => path.join(dir, name);
const args = (out: string) => [
  "run",
  file("sheet.csv"),
  ...["--out", file(out), "--state", file("state.sqlite")],
  ...["--log-level", "debug", "--rate", "500", "--concurrency", "4"],
];

/** Every byte the runs wrote: stderr and stdout of both runs, every file in the folder but the sheet, and the
 *  lock file as it was seen while the first run held it. */
const readResults = (name: string) =>
  parse<Record<string, string>>(readFileSync(file(name)), { bom: true, columns: true });

const everythingWritten = (): { name: string; text: string }[] => [
  { name: "run stderr", text: run.stderr + run.stdout },
  { name: "rerun stderr", text: rerun.stderr + rerun.stdout },
  ...readdirSync(dir)
    .filter((name) => name !== "sheet.csv")
    .map((name) => ({ name, text: readFileSync(file(name)).toString("latin1") })),
  ...lockSeen.bytes.map((text) => ({ name: "state.sqlite.lock", text })),
];

beforeAll(async () => {
  const fixture = createFixture({ services: 300 });
  const account = fixture.users.find((user) => user.username === SANDBOX_CREDENTIALS.username);
  if (account === undefined) throw new Error("the fixture has no sandbox account");
  Object.assign(account, { clientSecret: CLIENT_SECRET, password: PASSWORD });
  // Latency keeps the run going long enough to read its lock file.
  sim = await startSimulator({ fixture, latencyMs: 15 });
  env = {
    ...simulatorEnv(sim),
    MOBPROC_CLIENT_SECRET: CLIENT_SECRET,
    MOBPROC_PASSWORD: PASSWORD,
  };
  dir = mkdtempSync(path.join(tmpdir(), "bulkport-secrets-"));
  writeSheet(file("sheet.csv"), ROWS);
  run = await runCli(args("results-1.csv"), {
    env,
    whileRunning: () => {
      const lock = file("state.sqlite.lock");
      if (!existsSync(lock)) return;
      try {
        lockSeen.modes.push(statSync(lock).mode & 0o777);
        lockSeen.bytes.push(readFileSync(lock).toString("latin1"));
      } catch {
        // Released between the two calls.
      }
    },
  });
  // The rerun authenticates with a bare access token (MOBPROC_ACCESS_TOKEN) that the test knows.
  const grant = await fetch(sim.tokenUrl, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "password",
      username: SANDBOX_CREDENTIALS.username,
      password: PASSWORD,
      client_id: SANDBOX_CREDENTIALS.clientId,
      client_secret: CLIENT_SECRET,
    }),
  });
  bareToken = ((await grant.json()) as { access_token: string }).access_token;
  rerun = await runCli(args("results-2.csv"), { env: { ...env, MOBPROC_ACCESS_TOKEN: bareToken } });
});

afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a debug-level run with distinctive secrets", () => {
  it("did the job: three orders, one invalid row, one duplicate; the rerun skipped them", () => {
    expect(run.code).toBe(1);
    expect(readResults("results-1.csv").map((row) => [row.row, row.status])).toEqual([
      ["2", "SUBMITTED"],
      ["3", "SUBMITTED"],
      ["4", "SUBMITTED"],
      ["5", "INVALID"],
      ["6", "DUPLICATE"],
    ]);
    expect(sim.orders.all()).toHaveLength(3);
    expect(rerun.code).toBe(1);
    expect(readResults("results-2.csv").map((row) => row.status)).toEqual([
      "SKIPPED",
      "SKIPPED",
      "SKIPPED",
      "INVALID",
      "DUPLICATE",
    ]);
    // The log really is at debug level: one line per HTTP attempt.
    expect(run.stderr).toContain('"msg":"mobproc call"');
    expect(rerun.stderr).toContain('"msg":"mobproc call"');
  });

  it.each(["results-1.csv", "results-2.csv"])(
    "wrote %s with the PIN column empty and the account numbers masked",
    (name) => {
      expect(readResults(name).map((row) => [row.pin, row.carrier_account_number])).toEqual(
        ACCOUNTS.map((account) => ["", `********${account.slice(-4)}`]),
      );
    },
  );

  it("looks for the secrets where they are: the sheet holds every one", () => {
    const sheet = readFileSync(file("sheet.csv"), "utf8");
    for (const secret of [...PINS, ...ACCOUNTS]) expect(sheet).toContain(secret);
  });

  it("saw the lock file while the run held it", () => {
    // The lock is created empty, then filled (src/state/acquire-lock.ts): a look may fall in between.
    const filled = lockSeen.bytes.filter((text) => text !== "");
    expect(filled.length).toBeGreaterThan(0);
    expect(JSON.parse(filled.at(-1) ?? "")).toMatchObject({ pid: expect.any(Number) as unknown });
  });

  it.each([
    ["the client secret", CLIENT_SECRET],
    ["the password", PASSWORD],
    ...PINS.map((pin, i): [string, string] => [`the PIN of line ${i + 2}`, pin]),
    ...ACCOUNTS.map((account, i): [string, string] => [`the account number of line ${i + 2}`, account]),
  ])("never wrote %s", (_what, secret) => {
    for (const { name, text } of everythingWritten()) {
      expect({ name, found: text.includes(secret) }).toEqual({ name, found: false });
    }
  });

  it("never wrote an access or refresh token, or an Authorization header", () => {
    for (const { name, text } of everythingWritten()) {
      expect({ name, found: text.includes(bareToken) }).toEqual({ name, found: false });
      expect({ name, token: TOKEN_SHAPE.exec(text)?.[0] }).toEqual({ name, token: undefined });
      expect({ name, found: /bearer/i.test(text) }).toEqual({ name, found: false });
    }
  });

  it("created every file it wrote with mode 0600, the lock file too", () => {
    const created = readdirSync(dir).filter((name) => name !== "sheet.csv");
    expect(created).toEqual(expect.arrayContaining(["results-1.csv", "results-2.csv", "state.sqlite"]));
    for (const name of created) {
      expect({ name, mode: (statSync(file(name)).mode & 0o777).toString(8) }).toEqual({ name, mode: "600" });
    }
    expect(new Set(lockSeen.modes)).toEqual(new Set([0o600]));
  });
});
