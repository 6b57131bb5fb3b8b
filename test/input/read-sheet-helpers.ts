// Temporary sheet files and whole-sheet reads for the read-rows tests.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { InputError } from "../../src/errors.js";
import { openSheet, type ReadOptions } from "../../src/input/read-rows.js";

export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/intake/${name}`, import.meta.url));

/** A temporary folder for the calling test file, removed after its tests. */
export function useSheetFolder(): {
  dir: () => string;
  sheetFile: (content: string | Uint8Array) => Promise<string>;
} {
  let dir = "";
  let count = 0;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "bulkport-read-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    sheetFile: async (content) => {
      count += 1;
      const file = path.join(dir, `sheet-${count}.csv`);
      await writeFile(file, content);
      return file;
    },
  };
}

export const readAll = async (file: string, options: ReadOptions = {}) => {
  const sheet = await openSheet(file, options);
  const rows: { line: number; index: number; fields: readonly string[] }[] = [];
  for await (const { line, index, fields } of sheet.records()) rows.push({ line, index, fields });
  return {
    header: sheet.header,
    headerLine: sheet.headerLine,
    delimiter: sheet.delimiter,
    encoding: sheet.encoding,
    rows,
  };
};

export const readError = async (file: string, options: ReadOptions = {}): Promise<InputError> => {
  try {
    await readAll(file, options);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
};
