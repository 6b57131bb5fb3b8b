// "Did you mean" lists for problems about names the API does not know (carriers, plans, devices, features, ...).
// Users often type part of a name ("Verison" for "Verizon Wireless", "iPhone 5" for "Apple iPhone 5 (16GB) -
// Black"), so candidates rank by how well the value matches the closest PART of the name, then by the whole name.
import { editDistance as levenshtein } from "../input/closest-match.js";

/** Edit distance, case-insensitive; with `anywhere`, the value may match any part of the candidate. */
export const editDistance = (value: string, candidate: string, anywhere = false): number =>
  levenshtein(value.toLowerCase(), candidate.toLowerCase(), anywhere);

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
