// Writes the results CSV atomically: to a temp file in the same directory (mode 0600: the file holds names and
// masked account numbers), fsync, rename over the target, fsync the directory. A crash leaves the previous
// version or the new one, never a truncated file. Outcomes are streamed, so memory stays flat for large sheets.
import { createWriteStream } from "node:fs";
import { chmod, open, readdir, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { PRIVATE_FILE_MODE as FILE_MODE, syncDirectory, tempPathFor } from "./replace-file.js";
import { createResultLayout } from "./result-columns.js";
import type { RowOutcome } from "./row-outcome.js";
import { toResultRecord } from "./to-result-record.js";

export interface WriteResultsOptions {
  /** Called once after the header and the first record are written (the crash tests' `mid-results-write`). */
  midway?: () => void;
}

async function* records(
  outcomes: Iterable<RowOutcome> | AsyncIterable<RowOutcome>,
  inputHeader: readonly string[],
  options: WriteResultsOptions,
): AsyncGenerator<string[]> {
  const layout = createResultLayout(inputHeader);
  yield layout.header;
  let written = 0;
  for await (const outcome of outcomes) {
    yield toResultRecord(outcome, layout);
    if (++written === 1) options.midway?.();
  }
}

/**
 * Writes one line per outcome (in the order given) under the header of `createResultLayout(inputHeader)`.
 * The file starts with a UTF-8 BOM so that Excel reads accented names correctly.
 */
export const writeResults = async (
  path: string,
  outcomes: Iterable<RowOutcome> | AsyncIterable<RowOutcome>,
  inputHeader: readonly string[],
  options: WriteResultsOptions = {},
): Promise<void> => {
  const directory = dirname(path);
  const temp = tempPathFor(path);
  try {
    // "wx": never follow or reuse an existing file. The stream closes its descriptor when done; fsync on a new
    // descriptor flushes the same file (FileHandle streams with autoClose: false keep the handle from closing).
    const output = createWriteStream(temp, { flags: "wx", mode: FILE_MODE });
    await pipeline(Readable.from(records(outcomes, inputHeader, options)), stringify({ bom: true }), output);
    await chmod(temp, FILE_MODE); // the umask may have removed bits, never added; this makes 0600 explicit
    const handle = await open(temp, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
};

/**
 * Removes temp files that a writer killed mid-write left beside `path` (`.<name>.<pid>.<hex>.tmp`), when their
 * process is gone. A live writer's file is left alone.
 */
export const removeStaleTempFiles = async (path: string): Promise<string[]> => {
  const directory = dirname(path);
  const prefix = `.${basename(path)}.`;
  const names = await readdir(directory).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (!match || isAlive(Number(match[1]))) continue;
    await unlink(join(directory, name)).catch(() => undefined);
    removed.push(name);
  }
  return removed;
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};
