// The client's view of mobproc v1 JSON (CONTRACT.md §8). IDs are opaque strings (§2); clients MUST ignore
// unknown fields, so every type lists only what bulkport reads, and optional fields are marked as such.

/** Literal unions widened with `(string & {})` keep editor hints while accepting values the docs do not list. */
type Open<T extends string> = T | (string & {});

export type Recurrence = "ONETIME" | "MONTHLY";

export interface Money {
  amount: number;
  currencyCode: string;
  recurrence?: Open<Recurrence>;
}

export interface Meta {
  href?: string;
  limit?: number;
  offset?: number;
  totalCount?: number;
}

/** A collection envelope's inner part: `{"<plural>": {"_meta": …, "items": […]}}` (CONTRACT.md §2, D5). */
export interface Page<T> {
  _meta?: Meta;
  items: T[];
}

export interface Vendor {
  id: string;
  name: string;
  accessMethod?: string;
}

export interface Employee {
  id: string;
  companyEmployeeId?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  status?: string;
}

export interface ServiceAsset {
  id: string;
  serviceNumber: string;
  status: string;
  orderActions?: string[];
  vendor?: { current?: { id: string; name?: string }; billing?: { id: string; name?: string } };
  employee?: Employee;
  device?: { accessMethod?: string; model?: string | { name?: string } };
  plan?: { name?: string };
}

export type AddressPartId = "LINE_1" | "LINE_2" | "LINE_3" | "CITY" | "STATE" | "POSTAL_CODE";

export interface AddressFormatPart {
  id: Open<AddressPartId>;
  label: string;
  minLength?: number;
  maxLength?: number;
  validation: Open<"REQUIRED" | "OPTIONAL">;
  pattern?: string;
  regEx?: string;
  options?: { label: string; value: string }[];
}

/** An item of `GET /regions` (a country or a state/province). */
export interface RegionSummary {
  id: string;
  name: string;
  abbreviation?: string;
  type: Open<"COUNTRY" | "STATE_PROVINCE">;
  countryCode?: string;
  postalCodeRegEx?: string;
  parentId?: string;
}

/** `GET /regions/{id}`: a country with its address format (CONTRACT.md §8.4). */
export interface Country extends RegionSummary {
  addressFormat?: AddressFormatPart[];
  postalCodePattern?: string;
  currency?: { code: string; name?: string; symbol?: string };
}

export interface CatalogDevice {
  id: string;
  name: string;
  price?: Money;
  manufacturer?: { id?: string; name?: string };
  vendor?: { id: string; name?: string };
}

export interface OptionalFeature {
  id: string;
  description: string;
  price?: Money;
}

export interface Plan {
  id: string;
  name: string;
  price?: Money;
  includedFeatures?: { description: string }[];
  optionalFeatures?: OptionalFeature[];
  vendor?: { id: string; name?: string };
}

export type PropertyType = "TEXT" | "DATE" | "CHOICE";

/** A field definition from `GET /orders/properties` (CONTRACT.md §8.10). */
export interface PropertyDefinition {
  id: string;
  label: string;
  type: Open<PropertyType>;
  validation: Open<"REQUIRED" | "OPTIONAL">;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  regEx?: string;
  text?: string;
  choices?: { id: string; label: string; isOther?: boolean }[];
}

export interface PropertyGroupDefinition {
  groupId: string;
  fields: PropertyDefinition[];
}

/** A property value inside an order request (CONTRACT.md §8.10, "Values in an order"). */
export type PropertyValue =
  | { id: string; type: "TEXT"; text: string }
  | { id: string; type: "DATE"; date: string }
  | { id: string; type: "CHOICE"; choice: { id: string; otherText?: string } };

export interface PropertyGroupValue {
  groupId: string;
  fields: PropertyValue[];
}

export interface AddressValue {
  id: string;
  value: string;
}

export interface ShipToRequest {
  name: string;
  regionId: string;
  expedite: boolean;
  address: AddressValue[];
}

/** The body of `POST /orders` under `orderRequest` (CONTRACT.md §8.11). */
export interface OrderRequest {
  externalOrderNumber: string;
  transactionType: "PORT_NUMBER";
  serviceId: string;
  regionId: string;
  postalCode?: string;
  shoppingCart: { deviceId?: string; planId: string; optionalFeatureIds?: string[] };
  properties: PropertyGroupValue[];
  shipTo: ShipToRequest;
}

/** A property as echoed in a confirmation or order (with its label). */
export interface EchoedProperty {
  id: string;
  label?: string;
  type?: string;
  text?: string;
  date?: string;
  choice?: { id: string; otherText?: string };
}

export interface OrderConfirmation {
  externalOrderNumber?: string;
  transactionType?: string;
  postalCode?: string;
  costSummary?: Money[];
  service?: { id: string; serviceNumber?: string; status?: string };
  region?: { id: string; name?: string };
  properties?: { groupId: string; fields: EchoedProperty[] }[];
  shipTo?: {
    name?: string;
    expedite?: boolean;
    region?: { id: string; name?: string };
    address?: { id: string; label?: string; value: string }[];
  };
  shoppingCart?: {
    device?: CatalogDevice;
    plan?: Plan;
    quantity?: number;
  };
}

export interface OrderSegment {
  orderSegmentId: string;
  status: string;
  vendor?: { id: string; name?: string };
}

export interface Order {
  orderId: string;
  externalOrderNumber?: string;
  transactionType?: string;
  status: string;
  serviceNumber?: string;
  dateSubmitted?: string;
  updated?: string;
  orderSegments?: { items: OrderSegment[] };
}

export interface HistoryItem {
  status: string;
  date: string;
  comment?: string;
}

/** One item of a 400 validation list (CONTRACT.md §5). */
export interface ValidationItem {
  status?: number;
  id?: string;
  errorCode: string;
  message: string;
  field?: string;
}

export interface TokenResponse {
  token_type: string;
  expires_in: number;
  access_token: string;
  refresh_token?: string;
}
