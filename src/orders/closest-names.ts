// "Did you mean" lists for problems about names the API does not know (carriers, plans, devices, features, ...).
// Users often type part of a name ("Verison" for "Verizon Wireless", "iPhone 5" for "Apple iPhone 5 (16GB) -
// Black"), so candidates rank by how well the value matches the closest PART of the name, then by the whole name.

const chars = (value: string): string[] => [...value.toLowerCase()];

/**
 * Edit distance (insert, delete, substitute), case-insensitive. With `anywhere`, the value may match any
 * substring of the candidate at no cost for the rest (Sellers' approximate substring matching).
 */
export const editDistance = (value: string, candidate: string, anywhere = false): number => {
  const left = chars(value);
  const right = chars(candidate);
  let previous = Array.from({ length: right.length + 1 }, (_, index) => (anywhere ? 0 : index));
  for (const [i, leftChar] of left.entries()) {
    const current = [i + 1];
    for (const [j, rightChar] of right.entries()) {
      const substitution = (previous[j] ?? 0) + (leftChar === rightChar ? 0 : 1);
      current.push(Math.min((previous[j + 1] ?? 0) + 1, (current[j] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return anywhere ? Math.min(...previous) : (previous[right.length] ?? 0);
};

/** The `limit` candidates closest to `value`, nearest first; ties keep the candidates' order. */
export const closestNames = (value: string, candidates: readonly string[], limit = 3): string[] =>
  [...new Set(candidates)]
    .map((name, order) => ({
      name,
      order,
      part: editDistance(value, name, true),
      whole: editDistance(value, name),
    }))
    .sort((a, b) => a.part - b.part || a.whole - b.whole || a.order - b.order)
    .slice(0, limit)
    .map(({ name }) => name);

/** `; closest: "A", "B"` for a message, or "" when there is nothing to suggest. */
export const suggest = (value: string, candidates: readonly string[]): string => {
  const names = closestNames(value, candidates);
  return names.length === 0 ? "" : `; closest: ${names.map((name) => `"${name}"`).join(", ")}`;
};
