// One run per state file at a time: two runs working the same rows could both pass the store's checks between
// a confirm and a submit and place two orders (CONTRACT.md §12: the API does not deduplicate). The lock is a
// file created with O_EXCL; a lock left by a dead process is taken over by renaming it away first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { LockedError } from "../errors.js";
import { ensurePrivateDirectory, PRIVATE_FILE_MODE } from "./private-files.js";

export interface Lock {
  /** The lock file's path, `<stateFile>.lock`. */
  readonly file: string;
  /** Removes the lock file if it still holds this lock. Safe to call more than once. */
  release(): void;
}

export interface AcquireLockOptions {
  /** @default () => new Date() */
  now?: () => Date;
  /** An unreadable lock file younger than this is being written by a contender; older ones are stale. @default 5000 */
  unreadableGraceMs?: number;
}

interface LockContent {
  pid: number;
  startedAt: string;
  host: string;
}

const parseLock = (text: string): LockContent | undefined => {
  try {
    const { pid, startedAt, host } = JSON.parse(text) as Partial<LockContent>;
    if (
      typeof pid === "number" &&
      Number.isInteger(pid) &&
      typeof startedAt === "string" &&
      typeof host === "string"
    ) {
      return { pid, startedAt, host };
    }
  } catch {
    // Falls through: a file caught half-written, or not ours.
  }
  return undefined;
};

/** EPERM means the process exists under another user: alive. Only ESRCH proves it is gone. */
const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
};

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

const sleepSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

type Inspection =
  { kind: "gone" } | { kind: "held"; owner: LockContent } | { kind: "stale"; ino: number } | { kind: "busy" };

const inspect = (file: string, graceMs: number): Inspection => {
  let stat: fs.Stats;
  let text: string;
  try {
    stat = fs.statSync(file);
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { kind: "gone" };
    throw error;
  }
  const owner = parseLock(text);
  if (owner === undefined)
    return Date.now() - stat.mtimeMs > graceMs ? { kind: "stale", ino: stat.ino } : { kind: "busy" };
  // A pid from another host cannot be checked from here (a shared file system): assume it is alive.
  if (owner.host !== os.hostname() || isAlive(owner.pid)) return { kind: "held", owner };
  return { kind: "stale", ino: stat.ino };
};

/**
 * Moves a stale lock aside. Between our read and the rename, a contender may already have replaced it with a
 * live lock; the inode tells, and a live lock moved by mistake is linked back (link fails if the name is taken).
 */
const removeStale = (file: string, staleIno: number): void => {
  const aside = `${file}.stale-${process.pid}-${randomUUID()}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return; // a contender moved it first
    throw error;
  }
  if (fs.statSync(aside).ino !== staleIno) {
    try {
      fs.linkSync(aside, file);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
  }
  fs.rmSync(aside, { force: true });
};

const tryCreate = (file: string, content: LockContent): boolean => {
  let fd: number;
  try {
    fd = fs.openSync(file, "wx", PRIVATE_FILE_MODE);
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(content));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.chmodSync(file, PRIVATE_FILE_MODE);
  return true;
};

const lockedMessage = (file: string, owner: LockContent | undefined): string =>
  owner === undefined
    ? `another bulkport run holds the lock ${file} (its lock file is being written)`
    : `another bulkport run holds the lock ${file} (pid ${owner.pid}, started ${owner.startedAt})`;

/** Takes `<stateFile>.lock` or throws LockedError naming the holder's pid and start time. */
export const acquireLock = (stateFile: string, options: AcquireLockOptions = {}): Lock => {
  const file = `${stateFile}.lock`;
  const graceMs = options.unreadableGraceMs ?? 5000;
  const content: LockContent = {
    pid: process.pid,
    startedAt: (options.now ?? (() => new Date()))().toISOString(),
    host: os.hostname(),
  };
  ensurePrivateDirectory(path.dirname(path.resolve(file)));

  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (tryCreate(file, content)) return holdLock(file, content);
    const found = inspect(file, graceMs);
    if (found.kind === "held") throw new LockedError(lockedMessage(file, found.owner));
    if (found.kind === "stale") removeStale(file, found.ino);
    if (found.kind === "busy") sleepSync(25);
  }
  throw new LockedError(lockedMessage(file, undefined));
};

const holdLock = (file: string, content: LockContent): Lock => {
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener("exit", onExit);
    let current: LockContent | undefined;
    try {
      current = parseLock(fs.readFileSync(file, "utf8"));
    } catch (error) {
      if (errorCode(error) === "ENOENT") return;
      throw error;
    }
    // Someone took the file over (we were judged stale): it is theirs now.
    if (
      current?.pid === content.pid &&
      current.startedAt === content.startedAt &&
      current.host === content.host
    ) {
      fs.rmSync(file, { force: true });
    }
  };
  const onExit = (): void => {
    try {
      release();
    } catch {
      // Never throw from an exit handler; a lock left behind is taken over as stale by the next run.
    }
  };
  process.on("exit", onExit);
  return { file, release };
};
