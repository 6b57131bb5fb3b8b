// Shared setup for the store tests: a fresh state file in a directory that does not exist yet, and a clock
// the test moves by hand.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openStateStore, type StateStore } from "../../src/state/open-state-store.js";
import { rowKey } from "../../src/state/row-key.js";

export const KEY = rowKey("ACME", "PORT_NUMBER", "5123440000");
export const OTHER_KEY = rowKey("ACME", "PORT_NUMBER", "5123440001");
export const T = "2025-03-01T10:00:00.000Z";

export const createClock = (iso: string = T) => {
  let time = Date.parse(iso);
  return {
    now: (): Date => new Date(time),
    advance: (ms: number): void => {
      time += ms;
    },
  };
};

const tempDirs: string[] = [];

export const createTempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulkport-state-"));
  tempDirs.push(dir);
  return dir;
};

/** For `afterAll`: removes every directory createTempDir made in this test file. */
export const removeTempDirs = (): void => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
};

/** A state file path two directories below a new temporary directory. */
export const tempStateFile = (): string => path.join(createTempDir(), "state", "bulkport", "ACME.sqlite");

export const openTestStore = (file: string = tempStateFile(), clock = createClock()): StateStore =>
  openStateStore({ file, tenant: "ACME", now: clock.now });

export const CONFIRMED = {
  externalOrderNumber: "BP-7Q2K",
  fingerprint: "fp-1",
  source: { file: "march.csv", line: 2 },
};
export const SUBMIT = {
  externalOrderNumber: "BP-7Q2K",
  fingerprint: "fp-1",
  serviceId: "34415733",
  serviceNumber: "5123440000",
};

/** The submit record of `startedStore` (clock at T). */
export const STARTED_SUBMIT = {
  startedAt: T,
  fingerprint: "fp-1",
  t0: "2025-03-01T09:55:00.000Z",
  serviceId: "34415733",
  serviceNumber: "5123440000",
};

/** A store whose row KEY is confirmed and has begun a submit. */
export const startedStore = (clock = createClock()): StateStore => {
  const store = openTestStore(undefined, clock);
  store.recordConfirmed(KEY, CONFIRMED);
  const begun = store.beginSubmit(KEY, SUBMIT);
  if (!begun.ok) throw new Error(`fixture: beginSubmit refused: ${begun.message}`);
  return store;
};
