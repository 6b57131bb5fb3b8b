import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { configureConnection, openStateStore } from "../../src/state/open-state-store.js";
import { removeCompiledChildren, runChild } from "./child-process.js";
import {
  CONFIRMED,
  createClock,
  KEY,
  openTestStore,
  OTHER_KEY,
  removeTempDirs,
  SUBMIT,
  T,
  tempStateFile,
} from "./store-fixtures.js";

afterAll(removeTempDirs);
afterAll(removeCompiledChildren);

const mode = (file: string): number => fs.statSync(file).mode & 0o777;

describe("openStateStore", () => {
  const savedUmask = process.umask();
  afterEach(() => process.umask(savedUmask));

  it("creates the directory 0700 and the file, its WAL and shared memory 0600, whatever the umask", () => {
    process.umask(0o000);
    const file = tempStateFile();
    const store = openTestStore(file);
    store.recordConfirmed(KEY, CONFIRMED);
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(path.dirname(path.dirname(file)))).toBe(0o700);
    expect([file, `${file}-wal`, `${file}-shm`].map(mode)).toEqual([0o600, 0o600, 0o600]);
    store.close();
  });

  it("narrows an existing state file to 0600", () => {
    const file = tempStateFile();
    openTestStore(file).close();
    fs.chmodSync(file, 0o644);
    openTestStore(file).close();
    expect(mode(file)).toBe(0o600);
  });

  it("leaves the mode of a directory that already existed alone", () => {
    const file = tempStateFile();
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
    fs.chmodSync(path.dirname(file), 0o755);
    openTestStore(file).close();
    expect(mode(path.dirname(file))).toBe(0o755);
    expect(mode(file)).toBe(0o600);
  });

  it("writes the latest schema version in WAL mode, and sets FULL sync and the busy timeout on the connection", () => {
    const file = tempStateFile();
    openTestStore(file).close();
    const db = new Database(file);
    expect(db.pragma("user_version", { simple: true })).toBe(2);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    configureConnection(db, 5000);
    expect(db.pragma("synchronous", { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
    db.close();
  });

  it("keeps rows across close and reopen", () => {
    const file = tempStateFile();
    const first = openTestStore(file);
    first.recordConfirmed(KEY, CONFIRMED);
    first.close();
    const second = openTestStore(file);
    expect(second.getRow(KEY)).toEqual({
      key: KEY,
      externalOrderNumber: "BP-7Q2K",
      fingerprint: "fp-1",
      source: { file: "march.csv", line: 2 },
      confirmed: { at: T, fingerprint: "fp-1" },
      submitAttempts: 0,
      releases: 0,
      updatedAt: T,
    });
    expect(second.externalOrderNumberFor(KEY)).toBe("BP-7Q2K");
    expect(second.externalOrderNumberFor(OTHER_KEY)).toBeUndefined();
    second.close();
  });

  it("lists a submit that was started but never finished after the store is reopened", () => {
    const file = tempStateFile();
    const store = openTestStore(file);
    store.recordConfirmed(KEY, CONFIRMED);
    store.beginSubmit(KEY, SUBMIT);
    store.close();
    const reopened = openTestStore(file);
    expect(reopened.rowsNeedingReconciliation().map((row) => [row.key, row.submit?.state])).toEqual([
      [KEY, "started"],
    ]);
    reopened.close();
  });

  it("keeps a committed 'submit started' when the process is SIGKILLed right after it", async () => {
    const file = tempStateFile();
    const result = await runChild("test/state/children/crash-after-begin-child.ts", [file, KEY], {
      BULKPORT_FAILPOINT: "after-submit-started",
    });
    expect([result.signal, result.stdout, result.stderr]).toEqual(["SIGKILL", '{"begun":true}\n', ""]);
    const store = openStateStore({ file, tenant: "ACME" });
    const [row, ...others] = store.rowsNeedingReconciliation();
    expect(others).toEqual([]);
    expect(row?.submit).toMatchObject({ state: "started", fingerprint: "fp-1", serviceNumber: "5123440000" });
    const { startedAt = "", t0 = "" } = row?.submit ?? {};
    expect(Date.parse(startedAt) - Date.parse(t0)).toBe(5 * 60 * 1000);
    expect(store.submittedRows()).toEqual([]);
    store.close();
  });

  it("lets two connections to one file see each other's commits", () => {
    const file = tempStateFile();
    const a = openTestStore(file);
    const b = openTestStore(file);
    a.recordConfirmed(KEY, CONFIRMED);
    expect(b.getRow(KEY)?.externalOrderNumber).toBe("BP-7Q2K");
    expect(b.beginSubmit(KEY, SUBMIT).ok).toBe(true);
    expect(a.beginSubmit(KEY, SUBMIT)).toMatchObject({ ok: false, reason: "submit-in-progress" });
    a.close();
    b.close();
  });

  it("refuses a file written for another tenant", () => {
    const file = tempStateFile();
    openTestStore(file).close();
    expect(() => openStateStore({ file, tenant: "GLOBEX" })).toThrow(
      new ConfigError(`The state file ${file} belongs to tenant "ACME", not "GLOBEX"`),
    );
  });

  it("refuses keys of another tenant", () => {
    const store = openTestStore();
    expect(() => store.recordConfirmed("GLOBEX:PORT_NUMBER:5123440000", CONFIRMED)).toThrow(
      "Row key GLOBEX:PORT_NUMBER:5123440000 does not belong to tenant ACME",
    );
    store.close();
  });

  it("refuses a file from a newer bulkport", () => {
    const file = tempStateFile();
    openTestStore(file).close();
    const db = new Database(file);
    db.pragma("user_version = 7");
    db.close();
    expect(() => openTestStore(file)).toThrow(
      new ConfigError(
        `The state file ${file} has schema version 7; this bulkport knows versions up to 2. Use a newer bulkport.`,
      ),
    );
  });

  it("names the file when it is not a database", () => {
    const file = tempStateFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "service_number,new_carrier\n".repeat(200));
    expect(() => openTestStore(file)).toThrow(
      new ConfigError(`The state file ${file} cannot be used: file is not a database`),
    );
  });

  it("names the file when its directory cannot be created", () => {
    const parent = path.dirname(tempStateFile());
    fs.mkdirSync(path.dirname(parent), { recursive: true });
    fs.writeFileSync(parent, "a file where a directory should be");
    const file = path.join(parent, "ACME.sqlite");
    expect(() => openTestStore(file)).toThrow(ConfigError);
    expect(() => openTestStore(file)).toThrow(`Cannot create the state file ${file}: `);
  });

  it.each([-1, 1.5, Number.NaN])("refuses busyTimeoutMs %s", (busyTimeoutMs) => {
    expect(() => openStateStore({ file: tempStateFile(), tenant: "ACME", busyTimeoutMs })).toThrow(
      new ConfigError(`Expected \`busyTimeoutMs\` to be an integer >= 0, got ${String(busyTimeoutMs)}`),
    );
  });

  it("uses the clock it was given", () => {
    const clock = createClock("2030-12-31T23:59:59.000Z");
    const store = openTestStore(tempStateFile(), clock);
    expect(store.recordConfirmed(KEY, CONFIRMED).confirmed).toEqual({
      at: "2030-12-31T23:59:59.000Z",
      fingerprint: "fp-1",
    });
    store.close();
  });
});
