// DATE property values (CONTRACT.md §9 rule 18 and "Conflicts the simulator resolves"): an ISO-8601 date-time, a
// `YYYY-MM-DD` date, or the older `MM/DD/YYYY` pattern are accepted; echoes are UTC `Z` (§10).

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The simulator's date-time format: `YYYY-MM-DDTHH:MM:SSZ` (CONTRACT.md §2). */
export function formatSimDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The value normalised to `YYYY-MM-DDTHH:MM:SSZ`, a date without a time getting `T00:00:00Z` (§10), or
 * undefined when it is not a real calendar date in one of the accepted forms. Past dates are accepted.
 */
export function normalizeDateValue(value: string): string | undefined {
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) return calendarDate(dateOnly[1], dateOnly[2], dateOnly[3]);
  const usDate = US_DATE.exec(value);
  if (usDate) return calendarDate(usDate[3], usDate[1], usDate[2]);
  const dateTime = DATE_TIME.exec(value);
  if (!dateTime) return undefined;
  const [, year, month, day, hour, minute, second, zone] = dateTime;
  if (calendarDate(year, month, day) === undefined) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? "0") > 59) return undefined;
  // A date-time without an offset is read as UTC: the contract's dates are all UTC.
  const instant = new Date(zone === undefined ? `${value}Z` : value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(instant.getTime()) ? undefined : formatSimDate(instant);
}

function calendarDate(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2016-02-30 over to March: a changed month or day means the date does not exist.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return formatSimDate(date);
}
