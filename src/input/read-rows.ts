// Streaming a sheet into raw records: bytes -> text (decode-sheet.ts) -> caps (scan-limits.ts) -> csv-parse.
// Nothing holds the whole file or all rows; each record carries the physical line where it starts, counted here
// because csv-parse counts a CRLF inside quotes as two lines.
import { CsvError, parse, type Info } from "csv-parse";
import { InputError, UsageError } from "../errors.js";
import { DecodeError, decodeSheet, sniffEncoding } from "./decode-sheet.js";
import { DELIMITERS, detectDelimiter, hasFirstLine, type Delimiter } from "./detect-delimiter.js";
import type { SheetEncoding } from "./detect-encoding.js";
import { describeCsvError, describeDecodeFailure, describeLimitViolation } from "./describe-read-failure.js";
import { createLimitScanner, READ_LIMITS, type LimitScanner, type ReadLimits } from "./scan-limits.js";

export interface ReadOptions {
  /** The field delimiter. @default detected from the header line */
  delimiter?: Delimiter | undefined;
  /** Caps against hostile input. @default READ_LIMITS (1 MB per value, 10,000 values per row) */
  limits?: ReadLimits | undefined;
}

/** One data row as it is in the file. */
export interface RawRecord {
  /** 1-based physical line of the row's first character. */
  line: number;
  /** 0-based index among the data rows (blank rows are not data rows). */
  index: number;
  /** The values, untrimmed; as many as the row has (the header may have more or fewer). */
  fields: readonly string[];
  /** The sheet's header (the same array for every record). */
  header: readonly string[];
}

export interface Sheet {
  readonly file: string;
  readonly encoding: SheetEncoding;
  readonly delimiter: Delimiter;
  /** Header names, trimmed; empty names after the last named column are dropped. */
  readonly header: readonly string[];
  readonly headerLine: number;
  /** The data rows, once; blank rows (every value empty or spaces) are skipped. Errors are InputErrors. */
  records(): AsyncGenerator<RawRecord>;
  /** Stop reading and release the file (needed only when `records()` is not read to the end). */
  close(): void;
}

// Enough text to hold any header line; beyond it the delimiter is chosen from what is there.
const HEADER_PREFIX_CHARS = 1_048_576;

const normaliseReadOptions = (options: ReadOptions): { delimiter?: Delimiter; limits: ReadLimits } => {
  const { delimiter, limits = READ_LIMITS } = options;
  if (delimiter !== undefined && !DELIMITERS.includes(delimiter)) {
    throw new UsageError(`Expected \`delimiter\` to be ",", ";" or a tab, got ${JSON.stringify(delimiter)}`);
  }
  return delimiter === undefined ? { limits } : { delimiter, limits };
};

const countBreaks = (fields: readonly string[]): number =>
  fields.reduce((sum, field) => sum + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

const isBlank = (fields: readonly string[]): boolean => fields.every((field) => field.trim() === "");

/** The text after the caps; a cap or an invalid byte becomes an InputError at the scanner's position. */
async function* guardText(
  file: string,
  scanner: LimitScanner,
  limits: ReadLimits,
  head: { text: string; failure?: unknown },
  rest: AsyncIterable<string>,
): AsyncGenerator<string> {
  const checked = (text: string): string => {
    const violation = scanner.push(text);
    if (violation === undefined) return text;
    const { line, column } = violation;
    throw new InputError(file, describeLimitViolation(violation, limits), { line, column });
  };
  const failed = (error: unknown): unknown =>
    error instanceof DecodeError
      ? new InputError(file, describeDecodeFailure(error.encoding), scanner.position(), { cause: error })
      : error;
  if (head.text !== "") yield checked(head.text);
  if (head.failure !== undefined) throw failed(head.failure);
  try {
    for await (const text of rest) yield checked(text);
  } catch (error) {
    throw failed(error);
  }
}

type Parsed = { record: string[]; info: Info };

/**
 * csv-parse driven by hand: each chunk is written, the records it completes are taken in `on_record` and
 * yielded, and only then is a parse error thrown, so every row before a broken one is read and counted (a
 * stream's async iterator drops buffered records when the stream fails).
 */
async function* parseText(text: AsyncIterable<string>, delimiter: Delimiter): AsyncGenerator<Parsed> {
  const queue: Parsed[] = [];
  const parser = parse({
    delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: 0, // scan-limits.ts caps values and rows before csv-parse buffers them
    on_record: (parsed: unknown) => {
      queue.push(parsed as Parsed); // with `info: true`, csv-parse hands over { record, info }
      return null;
    },
  });
  parser.on("error", () => undefined); // reported through the write and end callbacks below
  const step = (feed: (done: (error?: Error | null) => void) => void) =>
    new Promise<Error | undefined>((resolve) => feed((error) => resolve(error ?? undefined)));
  const drain = function* (failure: Error | undefined): Generator<Parsed> {
    for (const parsed of queue.splice(0)) yield parsed;
    if (failure !== undefined) throw failure;
  };
  try {
    for await (const chunk of text) yield* drain(await step((done) => parser.write(chunk, done)));
    yield* drain(await step((done) => parser.end(done)));
  } finally {
    parser.destroy();
  }
}

/** Open `file`, decide its encoding and delimiter, and read its header. */
export async function openSheet(file: string, options: ReadOptions = {}): Promise<Sheet> {
  const { delimiter: forced, limits } = normaliseReadOptions(options);
  const encodingInfo = await sniffEncoding(file);
  const chunks = decodeSheet(file, encodingInfo);
  const head: { text: string; failure?: unknown } = { text: "" };
  try {
    while (!hasFirstLine(head.text) && head.text.length < HEADER_PREFIX_CHARS) {
      const next = await chunks.next();
      if (next.done === true) break;
      head.text += next.value;
    }
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    head.failure = error;
  }
  const delimiter = forced ?? detectDelimiter(head.text);
  const scanner = createLimitScanner(delimiter, limits);
  const parsed = parseText(guardText(file, scanner, limits, head, chunks), delimiter);
  const close = (): void => void parsed.return(undefined);

  // Lines: a record starts after the previous one's last line and the empty lines csv-parse skipped since.
  let previousEnd = 0;
  let previousEmpty = 0;
  const next = async (): Promise<{ line: number; fields: string[] } | undefined> => {
    let result: IteratorResult<Parsed>;
    try {
      result = await parsed.next();
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const emptyLines = typeof error.empty_lines === "number" ? error.empty_lines : previousEmpty;
      const line = previousEnd + 1 + (emptyLines - previousEmpty);
      const column = typeof error.column === "number" ? error.column + 1 : undefined;
      const message = describeCsvError(error.code, error.message);
      throw new InputError(file, message, column === undefined ? { line } : { line, column }, {
        cause: error,
      });
    }
    if (result.done === true) return undefined;
    const { record, info } = result.value;
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = line + countBreaks(record);
    previousEmpty = info.empty_lines;
    return { line, fields: record };
  };

  let first = await next();
  while (first !== undefined && isBlank(first.fields)) first = await next();
  if (first === undefined) {
    close();
    throw new InputError(file, "the file is empty: it has no header line");
  }
  const names = first.fields.map((name) => name.trim());
  while (names.length > 0 && names.at(-1) === "") names.pop();
  const header: readonly string[] = names;
  let started = false;

  async function* records(): AsyncGenerator<RawRecord> {
    if (started) throw new Error("Sheet.records() can be read only once");
    started = true;
    try {
      let index = 0;
      for (let row = await next(); row !== undefined; row = await next()) {
        if (isBlank(row.fields)) continue;
        yield { line: row.line, index, fields: row.fields, header };
        index += 1;
      }
    } finally {
      close();
    }
  }

  return { file, encoding: encodingInfo.encoding, delimiter, header, headerLine: first.line, records, close };
}

/** The data rows of `file`, each with the header; a convenience over `openSheet`. */
export async function* readRows(file: string, options: ReadOptions = {}): AsyncGenerator<RawRecord> {
  const sheet = await openSheet(file, options);
  yield* sheet.records();
}
