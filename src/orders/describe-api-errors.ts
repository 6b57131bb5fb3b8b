// The API's validation items (CONTRACT.md §5: `{errorCode, message, field}`) in the user's terms: each field path
// (F16: `orderRequest.properties.MISCELLANEOUS.CARRIER_ACCT_NUMBER`, `orderRequest.shipTo.address.STATE`) becomes
// the user's column. The API's messages and errorCodes are kept as they are; clients must not parse messages (§5).
import type { ValidationItem } from "../api/wire-types.js";
import type { CanonicalRow } from "../input/canonical-row.js";
import { addressColumn, propertyColumn, userColumn } from "./column-names.js";

type NamedRow = Pick<CanonicalRow, "sourceColumn" | "values">;

/** A row's error for the results CSV's error_code and error_message. */
export interface RowError {
  code: string;
  message: string;
}

const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  "orderRequest.externalOrderNumber": "external_order_number",
  "orderRequest.regionId": "country",
  "orderRequest.postalCode": "postal_code",
  "orderRequest.shoppingCart.planId": "plan",
  "orderRequest.shoppingCart.deviceId": "device",
  "orderRequest.shoppingCart.optionalFeatureIds": "optional_features",
  "orderRequest.shipTo": "ship_to_name",
  "orderRequest.shipTo.name": "ship_to_name",
  "orderRequest.shipTo.expedite": "expedite",
  "orderRequest.shipTo.regionId": "country",
  "orderRequest.shipTo.region.id": "country",
};

const PROPERTY_FIELD = /^orderRequest\.properties\.[^.]+\.(.+)$/;
const ADDRESS_FIELD = /^orderRequest\.shipTo\.address\.(.+)$/;

/** The user's column for an API field path; a path with no column keeps its own name without `orderRequest.`. */
export const columnForField = (field: string | undefined, row: NamedRow): string | undefined => {
  if (field === undefined || field === "") return undefined;
  if (field === "orderRequest.serviceId") {
    return userColumn(row, (row.values.service_id ?? "") === "" ? "service_number" : "service_id");
  }
  const canonical = FIELD_COLUMNS[field];
  if (canonical !== undefined) return userColumn(row, canonical);
  const property = PROPERTY_FIELD.exec(field)?.[1];
  if (property !== undefined) return propertyColumn(row, property);
  const part = ADDRESS_FIELD.exec(field)?.[1];
  if (part !== undefined) return addressColumn(row, part);
  return field.replace(/^orderRequest\./, "");
};

/**
 * One row error from the API's items: the first item's errorCode, and every item as
 * "column: message (errorCode)" joined by "; ".
 */
export const describeApiErrors = (
  items: readonly ValidationItem[],
  row: NamedRow = { sourceColumn: {}, values: {} },
): RowError => {
  const [first] = items;
  if (first === undefined)
    return { code: "VALIDATION", message: "The API rejected the order without saying why" };
  const message = items
    .map((item) => {
      const column = columnForField(item.field, row);
      return `${column === undefined ? "" : `${column}: `}${item.message} (${item.errorCode})`;
    })
    .join("; ");
  return { code: first.errorCode, message };
};
