// Regions as examples/regions.json and examples/region-us.json show them (CONTRACT.md §8.2–8.4, F21).
import type { SimCountry, SimStateProvince } from "../seed/types.js";
import { meta } from "./render-refs.js";

/** A `GET /regions` item: no address format. */
export function renderCountrySummary(country: SimCountry, baseUrl: string) {
  return {
    _meta: {
      ...meta(baseUrl, `/regions/${encodeURIComponent(country.id)}`),
      hrefChildren: `${baseUrl}/regions?parentRegion=${encodeURIComponent(country.id)}`,
    },
    abbreviation: country.abbreviation,
    countryCode: country.countryCode,
    id: country.id,
    name: country.name,
    ...(country.postalCodeRegEx === undefined ? {} : { postalCodeRegEx: country.postalCodeRegEx }),
    type: "COUNTRY",
  };
}

/** `GET /regions/{countryId}`: the country with its address format. */
export function renderCountry(country: SimCountry, baseUrl: string) {
  return {
    ...renderCountrySummary(country, baseUrl),
    addressFormat: country.addressFormat.map((part) => ({
      ...part,
      ...(part.options === undefined ? {} : { options: part.options.map((o) => ({ ...o })) }),
    })),
    currency: { ...country.currency },
    ...(country.postalCodePattern === undefined ? {} : { postalCodePattern: country.postalCodePattern }),
  };
}

/** A state or province: clean hrefs to itself and its country (F21). */
export function renderStateProvince(state: SimStateProvince, baseUrl: string) {
  return {
    _meta: {
      ...meta(baseUrl, `/regions/${encodeURIComponent(state.id)}`),
      hrefParent: `${baseUrl}/regions/${encodeURIComponent(state.parentId)}`,
    },
    abbreviation: state.abbreviation,
    id: state.id,
    name: state.name,
    parentId: state.parentId,
    type: "STATE_PROVINCE",
  };
}
