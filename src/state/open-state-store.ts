// Opens (creating if needed) the state file that makes "never submit an order twice" hold across crashes,
// reruns and concurrent runs (CONTRACT.md §11.3, §12). I/O edge of src/state: file modes, pragmas, migrations.
import path from "node:path";
import Database from "better-sqlite3";
import { ConfigError, isBulkportError } from "../errors.js";
import { createStateStore, type StateStore } from "./create-state-store.js";
import { migrate } from "./migrations.js";
import { ensurePrivateDirectory, ensurePrivateFile, tightenFileModes } from "./private-files.js";

export type { StateStore } from "./create-state-store.js";

export interface StateStoreOptions {
  /** The SQLite file; its directory is created with mode 0700 and the file with mode 0600. */
  file: string;
  /** Every row key must start with `${tenant}:`; a file written for another tenant is refused. */
  tenant: string;
  /** @default () => new Date() */
  now?: () => Date;
  /** How long a write waits for another connection's transaction, in ms. @default 5000 */
  busyTimeoutMs?: number;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Per-connection settings; exported for its test (synchronous and busy_timeout are not stored in the file). */
export const configureConnection = (db: Database.Database, busyTimeoutMs: number): void => {
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // WAL: readers (a `status` command) never block the run's writes. FULL: each commit is fsynced, so a
  // "submit started" record survives a power cut between the commit and the POST.
  const mode = db.pragma("journal_mode = WAL", { simple: true });
  if (mode !== "wal") throw new Error(`SQLite refused WAL mode (journal_mode is ${String(mode)})`);
  db.pragma("synchronous = FULL");
};

const claimTenant = (db: Database.Database, file: string, tenant: string): void => {
  const owner = db
    .transaction(() => {
      db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('tenant', ?)").run(tenant);
      return db.prepare<[], string>("SELECT value FROM meta WHERE key = 'tenant'").pluck().get();
    })
    .immediate();
  if (owner !== tenant) {
    throw new ConfigError(
      `The state file ${file} belongs to tenant ${JSON.stringify(owner)}, not ${JSON.stringify(tenant)}`,
    );
  }
};

export const openStateStore = (options: StateStoreOptions): StateStore => {
  const { file, tenant } = options;
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new ConfigError(`Expected \`busyTimeoutMs\` to be an integer >= 0, got ${String(busyTimeoutMs)}`);
  }
  try {
    ensurePrivateDirectory(path.dirname(path.resolve(file)));
    ensurePrivateFile(file);
  } catch (error) {
    throw new ConfigError(`Cannot create the state file ${file}: ${describe(error)}`, { cause: error });
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    configureConnection(db, busyTimeoutMs);
    migrate(db, file);
    claimTenant(db, file, tenant);
    tightenFileModes([file, `${file}-wal`, `${file}-shm`]);
  } catch (error) {
    db?.close();
    if (isBulkportError(error)) throw error;
    throw new ConfigError(`The state file ${file} cannot be used: ${describe(error)}`, { cause: error });
  }
  return createStateStore(db, { file, tenant, now: options.now ?? (() => new Date()) });
};
