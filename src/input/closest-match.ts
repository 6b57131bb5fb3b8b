// "Did you mean" for the intake: the closest header, canonical column or state name to what the user wrote.

/**
 * Levenshtein distance (insert, delete, substitute one code point). With `anywhere`, `a` may match any substring
 * of `b` at no cost for the rest of `b` (Sellers' approximate substring matching).
 */
export function editDistance(a: string, b: string, anywhere = false): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => (anywhere ? 0 : index));
  for (const [i, leftChar] of left.entries()) {
    const current = [i + 1];
    for (const [j, rightChar] of right.entries()) {
      const substitute = (previous[j] ?? 0) + (leftChar === rightChar ? 0 : 1);
      current.push(Math.min((previous[j + 1] ?? 0) + 1, (current[j] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return anywhere ? Math.min(...previous) : (previous[right.length] ?? 0);
}

export interface ClosestOptions {
  /** How many candidates to return. @default 1 */
  limit?: number;
  /** Leave out candidates further than this many edits. @default Infinity */
  maxDistance?: number;
  /** Compare `key(value)` with `key(candidate)`, e.g. to ignore case and punctuation. @default identity */
  key?: (text: string) => string;
}

/** The candidates closest to `value`, nearest first; ties keep the candidates' order. */
export function closestMatches(
  value: string,
  candidates: readonly string[],
  options: ClosestOptions = {},
): string[] {
  const { limit = 1, maxDistance = Number.POSITIVE_INFINITY, key = (text: string) => text } = options;
  const target = key(value);
  return [...new Set(candidates)]
    .map((candidate, order) => ({ candidate, order, distance: editDistance(target, key(candidate)) }))
    .filter(({ distance }) => distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** `"A", "B" or "C"` for a message. */
export function quoteList(names: readonly string[], conjunction = "or"): string {
  const quoted = names.map((name) => JSON.stringify(name));
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted.at(-1) ?? ""}`;
}
