// Country and ship-to state as the API names them: "USA" -> "United States", "Connecticut" -> "CT". The
// order builder finds the country among the API's regions by name or abbreviation (CONTRACT.md §8.2); the STATE
// address part must be one of the country's option codes (§9 rule 24).
import { closestMatches } from "./closest-match.js";
import { keep, normalised, quote, refuse, type FieldOutcome } from "./field-outcome.js";
import { CA_PROVINCES, REGION_SPELLINGS, US_STATES } from "./region-names.js";

/** Which rules apply to postal codes and states: the US (also when the country is empty), Canada, or none. */
export type CountryKind = "US" | "CA" | "other";

const regionKey = (text: string): string =>
  text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[.]/g, "").replace(/\s+/g, " ").trim();

const US = { name: "United States", kind: "US" } as const;
const CANADA = { name: "Canada", kind: "CA" } as const;
const COUNTRY_NAMES: ReadonlyMap<string, { name: string; kind: CountryKind }> = new Map<
  string,
  { name: string; kind: CountryKind }
>([
  ["us", US],
  ["usa", US],
  ["united states", US],
  ["united states of america", US],
  ["ca", CANADA],
  ["can", CANADA],
  ["canada", CANADA],
]);

/** The API's name for the US and Canada ("USA" -> "United States"); other countries are left as written. */
export function normalizeCountry(value: string): { outcome: FieldOutcome; kind: CountryKind } {
  if (value === "") return { outcome: keep(value), kind: "US" };
  const known = COUNTRY_NAMES.get(regionKey(value));
  if (known === undefined) return { outcome: keep(value), kind: "other" };
  return {
    outcome: normalised(value, known.name, "wrote the country as the API names it"),
    kind: known.kind,
  };
}

const lookup = (regions: Readonly<Record<string, string>>): ReadonlyMap<string, string> => {
  const byKey = new Map<string, string>();
  for (const [code, name] of Object.entries(regions)) {
    byKey.set(regionKey(code), code);
    byKey.set(regionKey(name), code);
    for (const spelling of REGION_SPELLINGS[code] ?? []) byKey.set(regionKey(spelling), code);
  }
  return byKey;
};

const REGIONS = {
  US: { names: US_STATES, byKey: lookup(US_STATES), what: "a US state (or DC)" },
  CA: { names: CA_PROVINCES, byKey: lookup(CA_PROVINCES), what: "a Canadian province or territory" },
} as const;

/** The 2-letter code of a US state or Canadian province, written as a code or a name; other countries as is. */
export function normalizeState(value: string, column: string, kind: CountryKind): FieldOutcome {
  if (kind === "other") return keep(value);
  const { names, byKey, what } = REGIONS[kind];
  const code = byKey.get(regionKey(value));
  if (code !== undefined) return normalised(value, code, "wrote the state as its 2-letter code");
  const labels = Object.entries(names).map(([abbreviation, name]) => `${name} (${abbreviation})`);
  // "PR" is compared with the codes, "Conneticut" with the names.
  const byCode = regionKey(value).length <= 3;
  const closest = closestMatches(value, labels, {
    limit: 3,
    key: (text) => {
      const [, name = text, code] = /^(.*) \(([A-Z]{2})\)$/.exec(text) ?? [];
      return regionKey(byCode && code !== undefined ? code : name);
    },
  });
  return refuse("STATE_UNKNOWN", column, `${quote(value)} is not ${what}; closest: ${closest.join(", ")}`);
}
