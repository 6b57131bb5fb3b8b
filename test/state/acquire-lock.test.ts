import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LockedError } from "../../src/errors.js";
import { acquireLock } from "../../src/state/acquire-lock.js";
import {
  deadPid,
  firstLine,
  removeCompiledChildren,
  runChild,
  startChild,
  waitForExit,
} from "./child-process.js";
import { createTempDir, removeTempDirs } from "./store-fixtures.js";

afterAll(removeTempDirs);
afterAll(removeCompiledChildren);

const CHILD = "test/state/children/lock-child.ts";
const stateFileIn = (dir: string): string => path.join(dir, "ACME.sqlite");
const lockContent = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));
const writeLock = (file: string, pid: number, startedAt = "2025-03-01T08:00:00.000Z"): void =>
  fs.writeFileSync(file, JSON.stringify({ pid, startedAt, host: os.hostname() }));

describe("acquireLock", () => {
  it("creates <stateFile>.lock, mode 0600, holding pid, start time and host; release removes it", () => {
    const stateFile = stateFileIn(path.join(createTempDir(), "new-dir"));
    const lock = acquireLock(stateFile, { now: () => new Date("2025-03-01T10:00:00.000Z") });
    expect(lock.file).toBe(`${stateFile}.lock`);
    expect(fs.statSync(lock.file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(stateFile)).mode & 0o777).toBe(0o700);
    expect(lockContent(lock.file)).toEqual({
      pid: process.pid,
      startedAt: "2025-03-01T10:00:00.000Z",
      host: os.hostname(),
    });
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
    lock.release(); // a second release is a no-op
  });

  it("refuses a second lock in the same process", () => {
    const stateFile = stateFileIn(createTempDir());
    const lock = acquireLock(stateFile, { now: () => new Date("2025-03-01T10:00:00.000Z") });
    expect(() => acquireLock(stateFile)).toThrow(
      new LockedError(
        `another bulkport run holds the lock ${stateFile}.lock (pid ${process.pid}, started 2025-03-01T10:00:00.000Z)`,
      ),
    );
    lock.release();
  });

  it("throws LockedError naming the pid and start time of a live holder in another process", async () => {
    const stateFile = stateFileIn(createTempDir());
    const holder = startChild(CHILD, ["hold", stateFile]);
    const exited = waitForExit(holder);
    try {
      const { pid } = JSON.parse(await firstLine(holder)) as { pid: number };
      const { startedAt } = lockContent(`${stateFile}.lock`) as { startedAt: string };
      let thrown: unknown;
      try {
        acquireLock(stateFile);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(LockedError);
      expect(thrown).toMatchObject({
        code: "LOCKED",
        message: `another bulkport run holds the lock ${stateFile}.lock (pid ${pid}, started ${startedAt})`,
      });
    } finally {
      holder.kill("SIGKILL");
      await exited;
    }
  });

  // Root may signal every process, so EPERM cannot happen there.
  it.skipIf(process.getuid?.() === 0)("counts a pid it may not signal (EPERM) as alive", () => {
    const stateFile = stateFileIn(createTempDir());
    writeLock(`${stateFile}.lock`, 1);
    expect(() => acquireLock(stateFile)).toThrow(LockedError);
  });

  it("counts a lock from another host as alive (its pid cannot be checked here)", () => {
    const stateFile = stateFileIn(createTempDir());
    const content = { pid: 999_999_999, startedAt: "2025-03-01T08:00:00.000Z", host: `not-${os.hostname()}` };
    fs.writeFileSync(`${stateFile}.lock`, JSON.stringify(content));
    expect(() => acquireLock(stateFile)).toThrow(
      `another bulkport run holds the lock ${stateFile}.lock (pid 999999999, started 2025-03-01T08:00:00.000Z)`,
    );
  });

  it("takes over a lock whose pid is dead, leaving no stale copy behind", async () => {
    const stateFile = stateFileIn(createTempDir());
    writeLock(`${stateFile}.lock`, await deadPid());
    const lock = acquireLock(stateFile);
    expect(lockContent(lock.file)).toMatchObject({ pid: process.pid });
    expect(fs.readdirSync(path.dirname(stateFile))).toEqual(["ACME.sqlite.lock"]);
    lock.release();
  });

  it.each([
    ["takes over", 10_000, true],
    ["waits, then refuses", 0, false],
  ])("%s an unreadable lock file that was last written %i ms ago", (_name, ageMs, takenOver) => {
    const stateFile = stateFileIn(createTempDir());
    const lockFile = `${stateFile}.lock`;
    fs.writeFileSync(lockFile, "");
    const mtime = new Date(Date.now() - ageMs);
    fs.utimesSync(lockFile, mtime, mtime);
    if (takenOver) acquireLock(stateFile).release();
    else {
      expect(() => acquireLock(stateFile)).toThrow(
        new LockedError(`another bulkport run holds the lock ${lockFile} (its lock file is being written)`),
      );
    }
  });

  it("lets exactly one of two processes racing for a stale lock win", async () => {
    for (let round = 0; round < 2; round += 1) {
      const stateFile = stateFileIn(createTempDir());
      writeLock(`${stateFile}.lock`, await deadPid());
      // Both spin until the same instant, then try. The winner holds the lock until its stdin ends, so a racer
      // that starts late still meets a live holder rather than a free lock.
      const startAt = String(Date.now() + 300);
      const racers = [0, 1].map(() => startChild(CHILD, ["race", stateFile, startAt]));
      const exits = racers.map(waitForExit);
      const lines = (await Promise.all(racers.map(firstLine))).map(
        (line) => JSON.parse(line) as { acquired?: true; locked?: string; name?: string },
      );
      racers.forEach((racer) => racer.stdin.end());
      expect((await Promise.all(exits)).map((r) => [r.code, r.stderr])).toEqual([
        [0, ""],
        [0, ""],
      ]);
      expect(lines.filter((l) => l.acquired).length).toBe(1);
      const loser = lines.find((l) => !l.acquired);
      expect(loser?.name).toBe("LockedError");
      expect(loser?.locked).toMatch(
        new RegExp(`^another bulkport run holds the lock ${stateFile}\\.lock \\(pid \\d+, started `),
      );
      expect(fs.readdirSync(path.dirname(stateFile))).toEqual([]);
    }
  });

  it("is released by the exit handler when the process exits without release()", async () => {
    const stateFile = stateFileIn(createTempDir());
    const result = await runChild(CHILD, ["exit", stateFile]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(fs.existsSync(`${stateFile}.lock`)).toBe(false);
  });

  it("leaves a lock file that another process took over, also on exit, without throwing", async () => {
    const stateFile = stateFileIn(createTempDir());
    const result = await runChild(CHILD, ["exit-after-takeover", stateFile]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(lockContent(`${stateFile}.lock`)).toEqual({
      pid: 1,
      startedAt: "2020-01-01T00:00:00.000Z",
      host: "elsewhere",
    });
  });

  it("release() keeps a lock file that no longer holds our pid", () => {
    const stateFile = stateFileIn(createTempDir());
    const lock = acquireLock(stateFile);
    writeLock(lock.file, process.pid + 1);
    lock.release();
    expect(lockContent(lock.file)).toMatchObject({ pid: process.pid + 1 });
  });
});
