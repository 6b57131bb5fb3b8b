// The transfer PIN (PIN_PASSWORD, 4-10 characters: CONTRACT.md §8.10) and its age: carriers' port-out PINs
// expire within days, so an old pin_issued is refused before a port that the carrier would reject. Messages
// never show the PIN itself.
import type { RowProblem } from "./canonical-row.js";
import { problemAt, quote } from "./field-outcome.js";

export function checkPinLength(value: string, column: string): RowProblem | undefined {
  const length = [...value].length;
  if (length >= 4 && length <= 10) return undefined;
  const zeros =
    length < 4 && /^\d+$/.test(value)
      ? "; if it began with 0, Excel dropped the zero: format the column as text and re-export"
      : "";
  return problemAt("PIN_LENGTH", column, `the PIN has ${length} characters; carriers expect 4 to 10${zeros}`);
}

const DAY_MS = 86_400_000;

/** The calendar day a date names (the time of day and zone are ignored), as ms at UTC midnight. */
export function parseCalendarDay(value: string): number | undefined {
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      value,
    );
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(
    value,
  );
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : us
      ? [Number(us[3]) + ((us[3] ?? "").length === 2 ? 2000 : 0), Number(us[1]), Number(us[2])]
      : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? time : undefined;
}

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
const days = (count: number): string => (count === 1 ? "1 day" : `${count} days`);

/**
 * pin_issued as a date (2024-05-01, 5/1/2024, 5/1/24, optionally with a time) no more than `maxAgeDays`
 * calendar days before `now`'s UTC day. A day ahead is allowed for time zones.
 */
export function checkPinIssued(
  value: string,
  column: string,
  now: Date,
  maxAgeDays: number,
): RowProblem | undefined {
  const issued = parseCalendarDay(value);
  if (issued === undefined) {
    return problemAt(
      "DATE_FORMAT",
      column,
      `${quote(value)} is not a date; expected a date such as 2024-05-01 or 5/1/2024`,
    );
  }
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const age = Math.round((today - issued) / DAY_MS);
  if (age < -1) {
    return problemAt(
      "DATE_FORMAT",
      column,
      `${quote(value)} is in the future; give the day the PIN was issued`,
    );
  }
  if (age <= maxAgeDays) return undefined;
  return problemAt(
    "PIN_EXPIRED",
    column,
    `the PIN was issued on ${isoDay(issued)}, ${days(age)} before this run; carriers accept PINs up to ${days(maxAgeDays)} old: request a new PIN and update the row`,
  );
}
