import { describe, expect, it } from "vitest";
import { parseRetryAfter, readRateLimitReset } from "../../src/runner/parse-retry-after.js";

const NOW = Date.parse("2026-03-01T12:00:00Z");
const headers = (values: Record<string, string>) => new Headers(values);

describe("parseRetryAfter", () => {
  it.each([
    ["delta-seconds", { "retry-after": "2" }, 2000],
    ["fractional seconds", { "retry-after": "1.5" }, 1500],
    ["zero", { "retry-after": "0" }, 0],
    ["an HTTP-date 3 s ahead", { "retry-after": "Sun, 01 Mar 2026 12:00:03 GMT" }, 3000],
    ["an HTTP-date in the past", { "retry-after": "Sun, 01 Mar 2026 11:59:00 GMT" }, 0],
    ["an HTTP-date a year ahead, capped", { "retry-after": "Mon, 01 Mar 2027 12:00:00 GMT" }, 60_000],
    ["huge delta-seconds, capped", { "retry-after": "2147483647" }, 60_000],
    ["Retry-After before the reset header", { "retry-after": "4", "x-ratelimit-reset": "1850" }, 4000],
    ["`soon`, falling back to the reset", { "retry-after": "soon", "x-ratelimit-reset": "1850" }, 1850],
    ["only the reset, in ms", { "x-ratelimit-reset": "1850" }, 1850],
    ["a reset of exactly one hour, capped", { "x-ratelimit-reset": "3600000" }, 60_000],
    ["a reset above one hour, ignored", { "x-ratelimit-reset": "3600001" }, undefined],
    ["`soon` alone", { "retry-after": "soon" }, undefined],
    ["a negative delta", { "retry-after": "-5" }, undefined],
    ["2027 read as delta-seconds, capped", { "retry-after": "2027" }, 60_000],
    ["no header", {}, undefined],
    ["a blank header", { "retry-after": " " }, undefined],
  ])("reads %s", (_name, values, expected) => {
    expect(parseRetryAfter(headers(values), NOW)).toBe(expected);
  });
});

describe("readRateLimitReset", () => {
  it.each([
    ["1850", 1850],
    ["0", 0],
    ["3600000", 3_600_000],
    ["3600001", undefined],
    ["1.5", undefined],
    ["soon", undefined],
    [null, undefined],
  ])("reads %j as %j", (value, expected) => {
    expect(readRateLimitReset(value)).toBe(expected);
  });
});
