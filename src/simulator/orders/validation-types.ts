// Shared shapes of the PORT_NUMBER validator (CONTRACT.md §9). Every check returns its errors as data; the route
// adds `status` and `id` when it writes the 400 `{"status":"ERROR","errors":[…]}` body (D3, F16).
import type { FixtureIndex } from "../seed/index-fixture.js";
import type {
  SimCatalogDevice,
  SimCountry,
  SimEmployee,
  SimOptionalFeature,
  SimPlan,
  SimServiceAsset,
  SimVendor,
} from "../seed/types.js";

/** One validation finding: a documented-pattern errorCode (F15), a message for people and a field path (F16). */
export interface RuleError {
  errorCode: string;
  message: string;
  field: string;
}

export interface ValidationContext {
  /** Lookups over the fixture: a request never scans every line. */
  index: FixtureIndex;
  /** The caller's tenant code; services of other tenants do not exist for it (rule 4). */
  tenant: string;
  /** The context employee, when a context header was sent (rule 4, F22). */
  actor?: SimEmployee;
  /** Rule 21 (CONTRACT.md §13 `requireShipTo`, default true). */
  requireShipTo: boolean;
  /** The orderId of the service's open PORT_NUMBER order, if any (rule 7). */
  openPortFor: (serviceId: string) => string | undefined;
}

/** A property value echoed back with its definition's label (CONTRACT.md §10). */
export interface EchoField {
  id: string;
  label: string;
  type: string;
  text?: unknown;
  date?: string;
  choice?: unknown;
}

export interface EchoGroup {
  groupId: string;
  fields: EchoField[];
}

export interface EchoShipTo {
  name: string;
  expedite: boolean;
  country: SimCountry;
  address: { id: string; label: string; value: string }[];
}

/** Everything a valid request resolved to: what the confirmation and the order are built from. */
export interface ValidOrder {
  service: SimServiceAsset;
  country: SimCountry;
  plan: SimPlan;
  /** The new carrier: the plan's vendor (F9). */
  vendor: SimVendor;
  device?: SimCatalogDevice;
  /** The selected optional features, in the plan's order, duplicates merged (rule 14). */
  features: SimOptionalFeature[];
  externalOrderNumber?: string;
  postalCode?: string;
  properties: EchoGroup[];
  shipTo?: EchoShipTo;
}

export type ValidationResult = { ok: true; order: ValidOrder } | { ok: false; errors: RuleError[] };

/** A JSON object as sent (keys unknown until checked). */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isBlank(value: unknown): boolean {
  return typeof value !== "string" || value.trim() === "";
}

/** Length in Unicode code points, as the contract counts it (CONTRACT.md §9, F30). */
export function codePointLength(value: string): number {
  return [...value].length;
}

/** A `regEx` must match the whole value, in ECMAScript syntax (F30). An unusable pattern matches nothing. */
export function matchesWhole(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return false;
  }
}

/** A value as it appears in a message: strings bare, anything else as JSON. */
export function show(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}
