// Which text encoding a sheet uses. A byte order mark decides (Excel's "CSV UTF-8" writes EF BB BF, "Unicode
// text" writes FF FE and UTF-16LE); without one the file is UTF-8 when every byte sequence is valid UTF-8, else
// Windows-1252, what Excel's plain "CSV" writes on Windows in Western locales.

export type SheetEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** The encoding a byte order mark at the start of `head` announces, if any. */
export function detectBom(head: Uint8Array): { encoding: SheetEncoding; bomLength: number } | undefined {
  const [a, b, c] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return undefined;
}

const continuation = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

/**
 * The offset of the first byte that does not start a valid UTF-8 sequence (overlong forms, surrogates and
 * code points above U+10FFFF are invalid), or -1. A sequence cut off by the end of `bytes` is invalid.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const next = bytes[i + 1];
    let length = 0;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead === 0xe0) length = next !== undefined && next >= 0xa0 ? 3 : 0;
    else if (lead === 0xed) length = next !== undefined && next < 0xa0 ? 3 : 0;
    else if (lead >= 0xe1 && lead <= 0xef) length = 3;
    else if (lead === 0xf0) length = next !== undefined && next >= 0x90 ? 4 : 0;
    else if (lead === 0xf4) length = next !== undefined && next < 0x90 ? 4 : 0;
    else if (lead >= 0xf1 && lead <= 0xf3) length = 4;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (!continuation(bytes[i + k])) return i;
    i += length;
  }
  return -1;
}

/** The byte offset of the first unpaired surrogate or a trailing odd byte in UTF-16 `bytes`, or -1. */
export function findInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number): number | undefined => {
    const first = bytes[at];
    const second = bytes[at + 1];
    if (first === undefined || second === undefined) return undefined;
    return littleEndian ? first | (second << 8) : (first << 8) | second;
  };
  let i = 0;
  while (i < bytes.length) {
    const code = unit(i);
    if (code === undefined) return i;
    if (code >= 0xdc00 && code <= 0xdfff) return i;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = unit(i + 2);
      if (low === undefined || low < 0xdc00 || low > 0xdfff) return i;
      i += 4;
      continue;
    }
    i += 2;
  }
  return -1;
}

/** How many leading bytes of `bytes` end on a character boundary; the rest waits for the next chunk. */
export function completeLength(bytes: Uint8Array, encoding: SheetEncoding): number {
  if (encoding === "windows-1252") return bytes.length;
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    const even = bytes.length - (bytes.length % 2);
    const high = encoding === "utf-16le" ? bytes[even - 1] : bytes[even - 2];
    return high !== undefined && high >= 0xd8 && high <= 0xdb ? even - 2 : even;
  }
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}
