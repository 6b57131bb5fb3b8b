// Reading a sheet's bytes as text, chunk by chunk (memory stays flat for any file size). The encoding is decided
// first by `sniffEncoding` (see detect-encoding.ts); `decodeSheet` then yields text and stops with a DecodeError
// at the first invalid byte, after yielding the valid text before it so the caller knows the line.
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { InputError } from "../errors.js";
import {
  completeLength,
  detectBom,
  findInvalidUtf16,
  findInvalidUtf8,
  type SheetEncoding,
} from "./detect-encoding.js";

const CHUNK_BYTES = 64 * 1024;

export interface SheetEncodingInfo {
  encoding: SheetEncoding;
  /** Bytes of byte order mark to skip. */
  bomLength: number;
}

/** The file cannot be read: a whole-run failure with the reason in the user's words. */
export function fileError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === "ENOENT"
      ? "file not found"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "this is a folder, not a file"
          : `cannot read the file (${error instanceof Error ? error.message : String(error)})`;
  return new InputError(file, reason, {}, { cause: error });
}

/** The encoding of `file`: by its byte order mark, else UTF-8 if all of it is valid UTF-8, else Windows-1252. */
export async function sniffEncoding(file: string): Promise<SheetEncodingInfo> {
  try {
    const head = new Uint8Array(3);
    const handle = await open(file, "r");
    const { bytesRead } = await handle.read(head, 0, 3, 0).finally(() => handle.close());
    const bom = detectBom(head.subarray(0, bytesRead));
    if (bom !== undefined) return bom;
    let carry: Uint8Array = new Uint8Array(0);
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
      const bytes = carry.length === 0 ? (chunk as Buffer) : Buffer.concat([carry, chunk as Buffer]);
      const complete = completeLength(bytes, "utf-8");
      if (!isUtf8(bytes.subarray(0, complete))) return { encoding: "windows-1252", bomLength: 0 };
      carry = bytes.slice(complete);
    }
    if (carry.length > 0) return { encoding: "windows-1252", bomLength: 0 };
    return { encoding: "utf-8", bomLength: 0 };
  } catch (error) {
    throw fileError(file, error);
  }
}

/** The text could not be decoded: `encoding` names what the bytes were read as. */
export class DecodeError extends Error {
  readonly encoding: SheetEncoding;

  constructor(encoding: SheetEncoding) {
    super(`not valid ${encoding.toUpperCase()}`);
    this.name = "DecodeError";
    this.encoding = encoding;
  }
}

const findInvalid = (bytes: Uint8Array, encoding: SheetEncoding): number =>
  encoding === "utf-8"
    ? findInvalidUtf8(bytes)
    : encoding === "windows-1252"
      ? -1
      : findInvalidUtf16(bytes, encoding === "utf-16le");

/** The file's text after the byte order mark, in chunks; file errors become InputErrors. */
export async function* decodeSheet(file: string, info: SheetEncodingInfo): AsyncGenerator<string> {
  // ignoreBOM keeps a U+FEFF that starts a later chunk: the real BOM is skipped by `start`.
  const decoder = new TextDecoder(info.encoding, { ignoreBOM: true });
  let carry: Uint8Array = new Uint8Array(0);
  const stream = createReadStream(file, { start: info.bomLength, highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) {
      const bytes = carry.length === 0 ? (chunk as Buffer) : Buffer.concat([carry, chunk as Buffer]);
      const complete = completeLength(bytes, info.encoding);
      carry = bytes.slice(complete);
      const body = bytes.subarray(0, complete);
      const invalid = info.encoding === "utf-8" && isUtf8(body) ? -1 : findInvalid(body, info.encoding);
      if (invalid >= 0) {
        yield decoder.decode(body.subarray(0, invalid));
        throw new DecodeError(info.encoding);
      }
      if (body.length > 0) yield decoder.decode(body);
    }
  } catch (error) {
    throw error instanceof DecodeError ? error : fileError(file, error);
  } finally {
    stream.destroy();
  }
  // A character cut off by the end of the file.
  if (carry.length > 0) throw new DecodeError(info.encoding);
}
