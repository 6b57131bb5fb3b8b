// DATE order properties (CONTRACT.md §8.10, §9 rule 18 and the DATE conflict in §9): the sheet may say
// 2016-12-22, 2016-12-22T00:00:00Z or 12/22/2016 (US order); the client sends `YYYY-MM-DDT00:00:00Z`, unless the
// definition's regEx wants `YYYY-MM-DD` or `MM/DD/YYYY`.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** The calendar date a value names, as `YYYY-MM-DD`, or undefined when it is not a real date. */
export const parseDate = (value: string): string | undefined => {
  const iso = ISO.exec(value.trim());
  const us = iso === null ? US.exec(value.trim()) : null;
  const parts = iso !== null ? [iso[1], iso[2], iso[3]] : us !== null ? [us[3], us[1], us[2]] : undefined;
  if (parts === undefined) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : undefined;
};

/** The forms a `YYYY-MM-DD` date may be sent in, preferred first (CONTRACT.md §9, DATE conflict). */
export const dateForms = (date: string): string[] => {
  const [year, month, day] = date.split("-");
  return [`${date}T00:00:00Z`, date, `${month}/${day}/${year}`];
};
