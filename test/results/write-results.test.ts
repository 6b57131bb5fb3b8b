import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createResultLayout } from "../../src/results/result-columns.js";
import type { RowOutcome } from "../../src/results/row-outcome.js";
import { removeStaleTempFiles, writeResults } from "../../src/results/write-results.js";
import { INPUT_HEADER, sheetRow } from "./outcome-fixture.js";

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), "bulkport-results-"));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const outcome = (line: number, notes = 'multi\nline, "quoted"'): RowOutcome => ({
  row: sheetRow(line, notes),
  status: "INVALID",
  code: "REQUIRED",
  message: "Plan: Give the new plan's name or id",
});

const readCsv = async (path: string): Promise<string[][]> => parse(await readFile(path), { bom: true });

describe("writeResults", () => {
  it("writes the header and one record per outcome, with a BOM, mode 0600, and no temp file left", async () => {
    const path = join(directory, "results.csv");
    await writeResults(path, [outcome(2), outcome(3)], INPUT_HEADER);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await readCsv(path);
    expect(rows[0]).toEqual(createResultLayout(INPUT_HEADER).header);
    expect(rows.map((cells) => [cells[0], cells[1], cells[20]])).toEqual([
      ["row", "status", "Notes"],
      ["2", "INVALID", 'multi\nline, "quoted"'],
      ["3", "INVALID", 'multi\nline, "quoted"'],
    ]);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(directory)).toEqual(["results.csv"]);
  });

  it("streams from an async iterable", async () => {
    const path = join(directory, "results.csv");
    async function* many(): AsyncGenerator<RowOutcome> {
      for (let line = 2; line < 2002; line += 1) {
        if (line % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
        yield outcome(line, "n");
      }
    }
    await writeResults(path, many(), INPUT_HEADER);
    const rows = await readCsv(path);
    expect([rows.length, rows.at(-1)?.[0]]).toEqual([2001, "2001"]);
  });

  it("leaves the previous file intact when a write fails mid-way, and removes its temp file", async () => {
    const path = join(directory, "results.csv");
    await writeResults(path, [outcome(2)], INPUT_HEADER);
    const before = await readFile(path);
    // An outcome whose serialisation throws, after a first good record has been written.
    const broken = {
      status: "INVALID",
      get row(): never {
        throw new Error("boom");
      },
    } as unknown as RowOutcome; // deliberately malformed: the getter makes toResultRecord throw mid-stream
    await expect(writeResults(path, [outcome(2), outcome(3), broken], INPUT_HEADER)).rejects.toThrow("boom");
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(directory)).toEqual(["results.csv"]);
  });

  it("replaces a file of another mode with a 0600 one", async () => {
    const path = join(directory, "results.csv");
    await writeFile(path, "old", { mode: 0o644 });
    await writeResults(path, [outcome(2)], INPUT_HEADER);
    expect([(await stat(path)).mode & 0o777, (await readCsv(path)).length]).toEqual([0o600, 2]);
  });

  it("fails without touching anything when the directory does not exist", async () => {
    const path = join(directory, "missing", "results.csv");
    await expect(writeResults(path, [outcome(2)], INPUT_HEADER)).rejects.toMatchObject({ code: "ENOENT" });
    expect(await readdir(directory)).toEqual([]);
  });
});

describe("removeStaleTempFiles", () => {
  it("removes the temp files of dead writers and keeps a live writer's", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bulkport-stale-"));
    try {
      const target = join(dir, "sheet.results.csv");
      const dead = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid;
      const stale = `.sheet.results.csv.${dead}.a1b2c3.tmp`;
      const live = `.sheet.results.csv.${process.pid}.d4e5f6.tmp`;
      const unrelated = ".other.csv.1.abc.tmp";
      for (const name of [stale, live, unrelated]) await writeFile(join(dir, name), "partial");

      expect(await removeStaleTempFiles(target)).toEqual([stale]);
      expect((await readdir(dir)).sort()).toEqual([unrelated, live].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
