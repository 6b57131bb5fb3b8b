// The exit codes cron relies on (README "Exit codes"), from the built CLI. 0 and 1 are covered by
// run-sheets.test.ts; here: 2 (usage, configuration, input), 3 (credentials refused, API unreachable) and
// 75 (lock held). None of these may send an order request.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import { fixture, plainLines, runCli, simulatorEnv } from "./helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "bulkport-exit-"));
let sim: RunningSimulator;
let seqBefore = 0;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, services: 300 });
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  seqBefore = sim.requests().at(-1)?.seq ?? 0;
});

const newRequests = () => sim.requests().filter((request) => request.seq > seqBefore);
const file = (name: string) => path.join(dir, name);
const run = (args: readonly string[], env: Record<string, string | undefined>) =>
  runCli(args.concat(["--out", file("results.csv"), "--state", file("state.sqlite")]), { cwd: dir, env });

/** A port on which nothing listens: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("exit 2: usage, configuration or input-file error, nothing sent", () => {
  const clean = fixture("e2e/clean.csv");
  const damaged = fixture("intake/damaged-unclosed-quote.csv");
  const missing = file("missing.csv");

  it.each([
    ["a missing input file", ["run", missing], {}, `bulkport: ${missing}: file not found`],
    [
      "a CSV that cannot be parsed (line and column named)",
      ["run", damaged],
      {},
      `bulkport: ${damaged} (line 3, column 4): a quoted value that starts in this row is never closed; add the closing quote (")`,
    ],
    [
      "MOBPROC_TENANT missing",
      ["run", clean],
      { MOBPROC_TENANT: undefined },
      "bulkport: missing connection setting MOBPROC_TENANT: set it in the environment or in the file given to --config (or use --sandbox)",
    ],
    [
      "--rate fast",
      ["run", clean, "--rate", "fast"],
      {},
      'bulkport: Expected `--rate` to be a number > 0, got "fast"',
    ],
  ])("%s", async (_name, args, envChanges, message) => {
    const result = await run(args, { ...simulatorEnv(sim), ...envChanges });

    expect(result.code).toBe(2);
    expect(plainLines(result.stderr)).toEqual([message]);
    expect(newRequests()).toEqual([]);
  });
});

describe("exit 3: the API refused the credentials or could not be reached", () => {
  it("a wrong password: the token endpoint says invalid_grant; nothing else is asked", async () => {
    const result = await run(["run", fixture("e2e/clean.csv")], {
      ...simulatorEnv(sim),
      MOBPROC_PASSWORD: "not-the-password",
    });

    expect(result.code).toBe(3);
    expect(plainLines(result.stderr)).toEqual([
      "bulkport: The token endpoint refused the password grant: HTTP 400 (invalid_grant: The username or password is not valid.)",
    ]);
    expect(newRequests().map((request) => [request.method, request.path, request.status])).toEqual([
      ["POST", "/as/token.oauth2", 400],
    ]);
    expect(result.stderr).not.toContain("not-the-password");
  });

  it("the API at a closed port: the token request is retried, then the run stops", async () => {
    const port = await closedPort();
    const result = await run(["run", fixture("e2e/clean.csv")], {
      ...simulatorEnv(sim),
      MOBPROC_BASE_URL: `http://127.0.0.1:${port}/mobproc/v1`,
      MOBPROC_TOKEN_URL: `http://127.0.0.1:${port}/as/token.oauth2`,
    });

    expect(result.code).toBe(3);
    const [message, ...more] = plainLines(result.stderr);
    expect(message).toMatch(
      /^bulkport: The token endpoint could not be reached: POST \/as\/token\.oauth2: .+, after 5 attempts$/,
    );
    expect(more).toEqual([]);
    expect(newRequests()).toEqual([]);
  });
});

describe("exit 75: another run holds the lock on this state file", () => {
  it("a lock held by a live process (this test's own) is left alone and nothing is sent", async () => {
    const lockFile = `${file("state.sqlite")}.lock`;
    const holder = { pid: process.pid, startedAt: "2026-01-05T06:00:00.000Z", host: hostname() };
    writeFileSync(lockFile, JSON.stringify(holder), { mode: 0o600 });
    try {
      const result = await run(["run", fixture("e2e/clean.csv")], simulatorEnv(sim));

      expect(result.code).toBe(75);
      expect(plainLines(result.stderr)).toEqual([
        `bulkport: another bulkport run holds the lock ${lockFile} (pid ${process.pid}, started 2026-01-05T06:00:00.000Z)`,
      ]);
      expect(JSON.parse(readFileSync(lockFile, "utf8"))).toEqual(holder);
      expect(newRequests()).toEqual([]);
    } finally {
      rmSync(lockFile, { force: true });
    }
  });
});
