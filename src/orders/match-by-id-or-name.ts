// One rule for every name the sheet may use instead of an id (carrier, plan, device, feature): an exact id wins,
// else the name compared case-insensitively after trimming (CONTRACT.md §8.5, F25). Several matches are ambiguous.

export type Match<T> = { kind: "found"; item: T } | { kind: "ambiguous"; items: T[] } | { kind: "none" };

export const matchByIdOrName = <T>(
  items: readonly T[],
  value: string,
  id: (item: T) => string,
  name: (item: T) => string,
): Match<T> => {
  const wanted = value.trim();
  const byId = items.find((item) => id(item) === wanted);
  if (byId !== undefined) return { kind: "found", item: byId };
  const lower = wanted.toLowerCase();
  const byName = items.filter((item) => name(item).trim().toLowerCase() === lower);
  const [first] = byName;
  if (first === undefined) return { kind: "none" };
  return byName.length === 1 ? { kind: "found", item: first } : { kind: "ambiguous", items: byName };
};
