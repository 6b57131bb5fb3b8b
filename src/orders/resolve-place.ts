// Where the line is used and where the SIM or device is shipped: the country (default United States), the
// order-level postal code (US only, CONTRACT.md §9 rule 9), and the ship-to address checked against the country's
// addressFormat (§8.4, rules 21-24). The sheet may give one ZIP column: postal_code and ship_to_postal_code fall
// back to each other.
import type { AddressValue, Country } from "../api/wire-types.js";
import type { CanonicalRow, RowProblem } from "../input/canonical-row.js";
import { suggest } from "./closest-names.js";
import { ADDRESS_COLUMNS, addressColumn, problem, quote, userColumn } from "./column-names.js";
import type { ReferenceData } from "./reference-data.js";
import { codePointLength, matchesWhole } from "./whole-match.js";

const ZIP = /^(\d{5})(?:-\d{4})?$/;

export const resolveCountry = (
  row: CanonicalRow,
  ref: ReferenceData,
): { country?: Country; problems: RowProblem[] } => {
  const value = row.values.country ?? "";
  const column = userColumn(row, "country");
  const country =
    value === ""
      ? ref.countryByAbbreviation.get("US")
      : (ref.countryById.get(value) ??
        ref.countryByAbbreviation.get(value.toUpperCase()) ??
        ref.countryByName.get(value.toLowerCase()));
  if (country !== undefined) return { country, problems: [] };
  const names = ref.countries.map((known) => known.name);
  const message = `${quote(value === "" ? "United States" : value)} is not a country of the API${suggest(value, names)}`;
  return { problems: [problem("COUNTRY_UNKNOWN", column, message)] };
};

const isUs = (country: Country): boolean => country.abbreviation?.toUpperCase() === "US";

/** The order-level postal code: required for the US, where it is the 5-digit ZIP (a ZIP+4 gives its first part). */
export const resolvePostalCode = (
  row: CanonicalRow,
  country: Country,
): { postalCode?: string; problems: RowProblem[] } => {
  const own = row.values.postal_code ?? "";
  const fallback = row.values.ship_to_postal_code ?? "";
  const column = userColumn(row, own === "" && fallback !== "" ? "ship_to_postal_code" : "postal_code");
  const given = own === "" ? fallback : own;
  if (!isUs(country)) return given === "" ? { problems: [] } : { postalCode: given, problems: [] };
  if (given === "") {
    const message = "A US port needs the 5-digit ZIP code where the line is used; fill the postal code";
    return { problems: [problem("REQUIRED", column, message)] };
  }
  const postalCode = ZIP.exec(given)?.[1] ?? given;
  const regEx = country.postalCodeRegEx;
  if (regEx !== undefined && !matchesWhole(regEx, postalCode)) {
    const message = `${quote(given)} is not a ZIP code of ${country.name}; expected 5 digits, e.g. 06477`;
    return { problems: [problem("POSTAL_CODE_FORMAT", column, message)] };
  }
  return { postalCode, problems: [] };
};

const partSource = (row: CanonicalRow, partId: string): { value: string; column: string } => {
  const canonical = ADDRESS_COLUMNS[partId];
  const value = canonical === undefined ? "" : (row.values[canonical] ?? "");
  const fallback = row.values.postal_code ?? "";
  if (partId === "POSTAL_CODE" && value === "" && fallback !== "") {
    return { value: fallback, column: userColumn(row, "postal_code") };
  }
  return { value, column: addressColumn(row, partId) };
};

/** The ship-to address parts in the country's addressFormat order; blank OPTIONAL parts are left out (F30). */
export const resolveAddress = (
  row: CanonicalRow,
  country: Country,
): { address: AddressValue[]; problems: RowProblem[] } => {
  const format = country.addressFormat;
  if (format === undefined || format.length === 0) {
    const message = `The API gives no address format for ${country.name}, so no ship-to address can be sent`;
    return { address: [], problems: [problem("SHIP_TO_REGION", userColumn(row, "country"), message)] };
  }
  const address: AddressValue[] = [];
  const problems: RowProblem[] = [];
  for (const part of format) {
    const { value, column } = partSource(row, part.id);
    const length = codePointLength(value);
    const { minLength = 0, maxLength = Number.POSITIVE_INFINITY } = part;
    // Options are checked before the regEx: "not a State of United States; closest: TX" helps more than the
    // display pattern of the regEx (the docs' STATE hint is the odd "[TX]", §8.4).
    const options = part.options?.map((option) => option.value);
    if (value === "") {
      if (part.validation === "REQUIRED") {
        const message = `Give the ship-to ${part.label}; it is required in ${country.name}`;
        problems.push(problem("ADDRESS_REQUIRED", column, message));
      }
    } else if (length < minLength || length > maxLength) {
      const message = `The ship-to ${part.label} has ${length} characters; ${country.name} accepts ${minLength} to ${maxLength}`;
      problems.push(problem("ADDRESS_LENGTH", column, message));
    } else if (options !== undefined && options.length > 0 && !options.includes(value)) {
      const message = `${quote(value)} is not a ${part.label} of ${country.name}${suggest(value, options)}`;
      problems.push(problem("ADDRESS_FORMAT", column, message));
    } else if (part.regEx !== undefined && !matchesWhole(part.regEx, value)) {
      const message = `${quote(value)} does not have the format of a ${country.name} ${part.label} (${part.pattern ?? part.regEx})`;
      problems.push(problem("ADDRESS_FORMAT", column, message));
    } else {
      address.push({ id: part.id, value });
    }
  }
  const known = new Set(format.map((part) => part.id));
  for (const [partId, canonical] of Object.entries(ADDRESS_COLUMNS)) {
    if (!known.has(partId) && (row.values[canonical] ?? "") !== "") {
      const message = `${country.name} addresses have no ${partId} part; leave the column empty`;
      problems.push(problem("ADDRESS_UNKNOWN", userColumn(row, canonical), message));
    }
  }
  return { address, problems };
};

export const resolveExpedite = (row: CanonicalRow): { expedite: boolean; problems: RowProblem[] } => {
  const value = row.values.expedite ?? "";
  if (value === "" || value === "false") return { expedite: false, problems: [] };
  if (value === "true") return { expedite: true, problems: [] };
  const message = `${quote(value)} is not yes or no; write true or false`;
  return { expedite: false, problems: [problem("EXPEDITE_FORMAT", userColumn(row, "expedite"), message)] };
};
