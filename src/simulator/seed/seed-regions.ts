// Countries, their address formats and their states/provinces (CONTRACT.md §8.2–8.4, D7, F21). The US entry is
// examples/region-us.json; Canada is the second country of examples/regions.json.
import type { SimAddressPart, SimCountry, SimStateProvince } from "./types.js";

export const US_COUNTRY_ID = "70144640";
export const CANADA_COUNTRY_ID = "70144641";

/** The 50 states plus DC, in the order of examples/region-us.json (F21). */
// prettier-ignore
const US_STATES: readonly (readonly [name: string, code: string])[] = [
  ["Alabama", "AL"], ["Alaska", "AK"], ["Arizona", "AZ"], ["Arkansas", "AR"], ["California", "CA"],
  ["Colorado", "CO"], ["Connecticut", "CT"], ["Delaware", "DE"], ["District of Columbia", "DC"], ["Florida", "FL"],
  ["Georgia", "GA"], ["Hawaii", "HI"], ["Idaho", "ID"], ["Illinois", "IL"], ["Indiana", "IN"], ["Iowa", "IA"],
  ["Kansas", "KS"], ["Kentucky", "KY"], ["Louisiana", "LA"], ["Maine", "ME"], ["Maryland", "MD"],
  ["Massachusetts", "MA"], ["Michigan", "MI"], ["Minnesota", "MN"], ["Mississippi", "MS"], ["Missouri", "MO"],
  ["Montana", "MT"], ["Nebraska", "NE"], ["Nevada", "NV"], ["New Hampshire", "NH"], ["New Jersey", "NJ"],
  ["New Mexico", "NM"], ["New York", "NY"], ["North Carolina", "NC"], ["North Dakota", "ND"], ["Ohio", "OH"],
  ["Oklahoma", "OK"], ["Oregon", "OR"], ["Pennsylvania", "PA"], ["Rhode Island", "RI"], ["South Carolina", "SC"],
  ["South Dakota", "SD"], ["Tennessee", "TN"], ["Texas", "TX"], ["Utah", "UT"], ["Vermont", "VT"],
  ["Virginia", "VA"], ["Washington", "WA"], ["West Virginia", "WV"], ["Wisconsin", "WI"], ["Wyoming", "WY"],
];

// prettier-ignore
const CANADIAN_PROVINCES: readonly (readonly [name: string, code: string])[] = [
  ["Alberta", "AB"], ["British Columbia", "BC"], ["Manitoba", "MB"], ["New Brunswick", "NB"],
  ["Newfoundland and Labrador", "NL"], ["Northwest Territories", "NT"], ["Nova Scotia", "NS"], ["Nunavut", "NU"],
  ["Ontario", "ON"], ["Prince Edward Island", "PE"], ["Quebec", "QC"], ["Saskatchewan", "SK"], ["Yukon", "YT"],
];

// §8.3: Alabama is 158385987; the other ids follow in list order (the docs show no others).
const FIRST_US_STATE_ID = 158385987;
const FIRST_CANADIAN_PROVINCE_ID = 158386100;

const streetParts: SimAddressPart[] = [
  { id: "LINE_1", label: "Line 1", maxLength: 100, minLength: 1, validation: "REQUIRED" },
  { id: "LINE_2", label: "Line 2", maxLength: 100, minLength: 0, validation: "OPTIONAL" },
  { id: "LINE_3", label: "Line 3", maxLength: 100, minLength: 0, validation: "OPTIONAL" },
  { id: "CITY", label: "City", maxLength: 50, minLength: 1, validation: "REQUIRED" },
];

const toOptions = (list: readonly (readonly [string, string])[]) =>
  list.map(([label, value]) => ({ label, value }));

function createUnitedStates(): SimCountry {
  return {
    id: US_COUNTRY_ID,
    name: "United States",
    abbreviation: "US",
    countryCode: "1",
    postalCodeRegEx: "^\\d{5}$",
    postalCodePattern: "99999",
    currency: { code: "USD", name: "US Dollars", symbol: "$" },
    addressFormat: [
      ...streetParts,
      // The docs' odd STATE hint "[TX]" is kept on purpose (§8.4).
      {
        id: "STATE",
        label: "State",
        maxLength: 2,
        minLength: 2,
        options: toOptions(US_STATES),
        pattern: "[TX]",
        regEx: "[A-Za-z][A-Za-z]",
        validation: "REQUIRED",
      },
      {
        id: "POSTAL_CODE",
        label: "Postal Code",
        maxLength: 10,
        minLength: 4,
        pattern: "[99999] or [99999-9999]",
        regEx: "[0-9]{4,5}(-[0-9]{4})?",
        validation: "REQUIRED",
      },
    ],
  };
}

function createCanada(): SimCountry {
  return {
    id: CANADA_COUNTRY_ID,
    name: "Canada",
    abbreviation: "CA",
    countryCode: "1",
    // Shown by examples/regions.json. Rule 9 checks the order-level postal code for the US only, so this is
    // informational here.
    postalCodeRegEx: "^[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d$",
    postalCodePattern: "A9A 9A9",
    currency: { code: "CAD", name: "Canadian Dollars", symbol: "$" },
    addressFormat: [
      ...streetParts,
      {
        id: "STATE",
        label: "Province",
        maxLength: 2,
        minLength: 2,
        options: toOptions(CANADIAN_PROVINCES),
        pattern: "[ON]",
        regEx: "[A-Za-z][A-Za-z]",
        validation: "REQUIRED",
      },
      {
        id: "POSTAL_CODE",
        label: "Postal Code",
        maxLength: 7,
        minLength: 6,
        pattern: "[A9A 9A9]",
        regEx: "[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]",
        validation: "REQUIRED",
      },
    ],
  };
}

export function createCountries(): SimCountry[] {
  return [createUnitedStates(), createCanada()];
}

export function createStatesProvinces(): SimStateProvince[] {
  const states = US_STATES.map(([name, abbreviation], i) => ({
    id: String(FIRST_US_STATE_ID + i),
    name,
    abbreviation,
    parentId: US_COUNTRY_ID,
  }));
  const provinces = CANADIAN_PROVINCES.map(([name, abbreviation], i) => ({
    id: String(FIRST_CANADIAN_PROVINCE_ID + i),
    name,
    abbreviation,
    parentId: CANADA_COUNTRY_ID,
  }));
  return [...states, ...provinces];
}
