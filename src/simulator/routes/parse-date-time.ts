// The `dateTimeUpdated` filter value (CONTRACT.md §2: ISO-8601, `Z` or an offset, with or without fractions;
// §8.6: a date alone is accepted too).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** Epoch ms, or undefined when the value is not an ISO date-time. A "+" decoded to a space is put back. */
export function parseDateTime(value: string): number | undefined {
  const text = value.replace(/ (\d{2}:?\d{2})$/, "+$1");
  if (!ISO_DATE_TIME.test(text)) return undefined;
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(ms) ? undefined : ms;
}
