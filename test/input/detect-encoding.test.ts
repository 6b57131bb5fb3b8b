import { describe, expect, it } from "vitest";
import {
  completeLength,
  detectBom,
  findInvalidUtf16,
  findInvalidUtf8,
  type SheetEncoding,
} from "../../src/input/detect-encoding.js";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe("detectBom", () => {
  it.each<[number[], ReturnType<typeof detectBom>]>([
    [[0xef, 0xbb, 0xbf, 0x61], { encoding: "utf-8", bomLength: 3 }],
    [[0xff, 0xfe, 0x61, 0x00], { encoding: "utf-16le", bomLength: 2 }],
    [[0xfe, 0xff, 0x00, 0x61], { encoding: "utf-16be", bomLength: 2 }],
    [[0x61, 0x2c, 0x62], undefined],
    [[0xef, 0xbb], undefined],
    [[], undefined],
  ])("%o", (head, expected) => {
    expect(detectBom(Uint8Array.from(head))).toEqual(expected);
  });
});

describe("findInvalidUtf8", () => {
  it.each<[string, Uint8Array, number]>([
    ["ASCII", bytes(0x61, 0x62), -1],
    ["2, 3 and 4-byte characters", new TextEncoder().encode("é€😀"), -1],
    ["a Windows-1252 é", bytes(0x61, 0xe9, 0x62), 1],
    ["a lone continuation byte", bytes(0x80), 0],
    ["an overlong slash", bytes(0x61, 0xc0, 0xaf), 1],
    ["an overlong 3-byte form", bytes(0xe0, 0x80, 0x80), 0],
    ["a UTF-16 surrogate", bytes(0xed, 0xa0, 0x80), 0],
    ["above U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["a cut-off character", bytes(0x61, 0xe2, 0x82), 1],
  ])("%s", (_name, input, offset) => {
    expect(findInvalidUtf8(input)).toBe(offset);
  });
});

describe("findInvalidUtf16", () => {
  it.each<[string, Uint8Array, boolean, number]>([
    ["LE text", bytes(0x61, 0x00, 0xe9, 0x00), true, -1],
    ["LE surrogate pair", bytes(0x3d, 0xd8, 0x00, 0xde), true, -1],
    ["BE surrogate pair", bytes(0xd8, 0x3d, 0xde, 0x00), false, -1],
    ["LE lone high surrogate", bytes(0x61, 0x00, 0x3d, 0xd8, 0x61, 0x00), true, 2],
    ["LE lone low surrogate", bytes(0x00, 0xde), true, 0],
    ["an odd trailing byte", bytes(0x61, 0x00, 0x62), true, 2],
  ])("%s", (_name, input, littleEndian, offset) => {
    expect(findInvalidUtf16(input, littleEndian)).toBe(offset);
  });
});

describe("completeLength", () => {
  it.each<[string, Uint8Array, SheetEncoding, number]>([
    ["UTF-8 whole", new TextEncoder().encode("aé"), "utf-8", 3],
    ["UTF-8 cut after a lead byte", bytes(0x61, 0xe2), "utf-8", 1],
    ["UTF-8 cut inside a 3-byte character", bytes(0x61, 0xe2, 0x82), "utf-8", 1],
    ["UTF-8 cut inside a 4-byte character", bytes(0xf0, 0x9f, 0x98), "utf-8", 0],
    ["UTF-8 a whole 4-byte character", bytes(0xf0, 0x9f, 0x98, 0x80), "utf-8", 4],
    ["UTF-16LE odd length", bytes(0x61, 0x00, 0x62), "utf-16le", 2],
    ["UTF-16LE ends with a high surrogate", bytes(0x61, 0x00, 0x3d, 0xd8), "utf-16le", 2],
    ["UTF-16BE ends with a high surrogate", bytes(0x00, 0x61, 0xd8, 0x3d), "utf-16be", 2],
    ["Windows-1252 any length", bytes(0xe9, 0xe2), "windows-1252", 2],
  ])("%s", (_name, input, encoding, length) => {
    expect(completeLength(input, encoding)).toBe(length);
  });
});
