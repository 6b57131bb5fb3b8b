// What a streamed sheet must print once its last row is read (sheet-check-index.ts: ACCOUNT_MISMATCH is known only
// then), kept in order: in memory up to a budget, beyond it appended to a temp file, so a sheet where every row
// has something to show still fits in a fixed amount of memory (issue 6). The file holds what is printed anyway
// (problems and normalisations, never a PIN), in a directory of mode 0700, and is removed once replayed.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

export interface RowSpillOptions {
  /** Characters of JSON kept in memory before the items move to a file. @default 65_536 */
  memoryChars?: number;
  /** Where the temp directory is made. @default os.tmpdir() */
  directory?: string;
}

export interface RowSpill<T> {
  /** Keeps `item` (plain JSON data). */
  push(item: T): void;
  /** Whether the items went to a file (beyond `memoryChars`). */
  readonly spilled: boolean;
  /** Every item in the order pushed, once; the file is removed when this ends or is stopped. */
  replay(): AsyncGenerator<T>;
  /** Removes the file, if any; safe to call twice. */
  dispose(): void;
}

export function createRowSpill<T>(options: RowSpillOptions = {}): RowSpill<T> {
  const { memoryChars = 65_536, directory = tmpdir() } = options;
  if (!Number.isInteger(memoryChars) || memoryChars < 0) {
    throw new RangeError(`Expected \`memoryChars\` to be an integer >= 0, got ${memoryChars}`);
  }
  let pending: string[] = [];
  let pendingChars = 0;
  let file: { folder: string; path: string; fd: number | undefined } | undefined;
  let replayed = false;

  const flush = (): void => {
    if (file === undefined) {
      const folder = mkdtempSync(path.join(directory, "bulkport-rows-"));
      const spillPath = path.join(folder, "rows.jsonl");
      file = { folder, path: spillPath, fd: openSync(spillPath, "wx", 0o600) };
    }
    if (file.fd === undefined) throw new Error("RowSpill: push() after replay()");
    if (pending.length > 0) writeSync(file.fd, `${pending.join("\n")}\n`);
    pending = [];
    pendingChars = 0;
  };

  const dispose = (): void => {
    if (file === undefined) return;
    if (file.fd !== undefined) closeSync(file.fd);
    rmSync(file.folder, { recursive: true, force: true });
    file = undefined;
  };

  return {
    push(item) {
      const line = JSON.stringify(item);
      pending.push(line);
      pendingChars += line.length + 1;
      if (pendingChars > memoryChars) flush();
    },

    get spilled() {
      return file !== undefined;
    },

    async *replay() {
      if (replayed) throw new Error("RowSpill.replay() can be read only once");
      replayed = true;
      try {
        if (file === undefined) {
          const items = pending;
          pending = [];
          for (const line of items) yield JSON.parse(line) as T;
          return;
        }
        flush();
        if (file.fd !== undefined) closeSync(file.fd);
        file.fd = undefined;
        const lines = createInterface({ input: createReadStream(file.path, "utf8"), crlfDelay: Infinity });
        for await (const line of lines) yield JSON.parse(line) as T;
      } finally {
        dispose();
      }
    },

    dispose,
  };
}
