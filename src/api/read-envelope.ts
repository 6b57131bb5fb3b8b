// Unwrapping mobproc response bodies (CONTRACT.md §2 "Shapes", §7 "Envelopes"). Each reader returns undefined
// when the body is not the expected shape, which the sender treats as an unreadable 2xx. Unknown fields are
// ignored; documented alternatives are accepted (a wrapped or a bare order, §2/D12). Items are trusted to match
// wire-types.ts beyond the identity fields checked here: the contract says clients MUST ignore unknown fields,
// and the runner checks what it uses.
import type {
  HistoryItem,
  Meta,
  Order,
  OrderConfirmation,
  Page,
  PropertyGroupDefinition,
} from "./wire-types.js";

export type BodyReader<T> = (body: unknown) => T | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const hasStringId =
  (key: string) =>
  (value: unknown): value is Record<string, unknown> =>
    isRecord(value) && typeof value[key] === "string";

function readMeta(value: unknown): Meta {
  if (!isRecord(value)) return {};
  const meta: Meta = {};
  if (typeof value.href === "string") meta.href = value.href;
  for (const key of ["limit", "offset", "totalCount"] as const) {
    const number = value[key];
    if (typeof number === "number" && Number.isFinite(number)) meta[key] = number;
  }
  return meta;
}

/** `{"<name>": {"_meta": …, "items": […]}}` (D5). Every item must carry a string `idKey`. */
export function readCollection<T>(name: string, idKey = "id"): BodyReader<Page<T>> {
  const valid = hasStringId(idKey);
  return (body) => {
    const inner = isRecord(body) ? body[name] : undefined;
    if (!isRecord(inner) || !Array.isArray(inner.items) || !inner.items.every(valid)) return undefined;
    return { _meta: readMeta(inner._meta), items: inner.items as T[] };
  };
}

/** `GET /regions`: `{"regions": […]}`, a bare array without paging (§2, §8.2); a paged envelope is accepted too. */
export function readRegions<T>(body: unknown): T[] | undefined {
  const regions = isRecord(body) ? body.regions : undefined;
  if (Array.isArray(regions)) return regions.every(hasStringId("id")) ? (regions as T[]) : undefined;
  return readCollection<T>("regions")(body)?.items;
}

/** A bare single resource such as `/regions/{id}` or `/catalog/plans/{id}` (§2). */
export function readResource<T>(body: unknown): T | undefined {
  return hasStringId("id")(body) ? (body as T) : undefined;
}

/** `{"order": {…}}` (D12) or a bare order; `orderId` must be a string. */
export function readOrder(body: unknown): Order | undefined {
  const candidate = isRecord(body) && isRecord(body.order) ? body.order : body;
  return hasStringId("orderId")(candidate) && typeof candidate.status === "string"
    ? (candidate as unknown as Order)
    : undefined;
}

/** `{"orderConfirmation": {…}, "status": "SUCCESS"}` (§8.11). */
export function readConfirmation(body: unknown): OrderConfirmation | undefined {
  const confirmation = isRecord(body) ? body.orderConfirmation : undefined;
  return isRecord(confirmation) && hasConfirmationShape(confirmation) ? confirmation : undefined;
}

/** The parts bulkport reads must have their documented types; anything else is an unreadable answer. */
function hasConfirmationShape(confirmation: Record<string, unknown>): boolean {
  const optional = (value: unknown, check: (value: unknown) => boolean) =>
    value === undefined || check(value);
  const arrayOf = (check: (item: unknown) => boolean) => (value: unknown) =>
    Array.isArray(value) && value.every(check);
  const money = (item: unknown) => isRecord(item) && typeof item.amount === "number";
  const group = (item: unknown) => isRecord(item) && arrayOf(isRecord)(item.fields);
  const { service, shipTo, shoppingCart } = confirmation;
  return (
    optional(confirmation.costSummary, arrayOf(money)) &&
    optional(confirmation.properties, arrayOf(group)) &&
    optional(confirmation.postalCode, (value) => typeof value === "string") &&
    optional(
      service,
      (value) => isRecord(value) && optional(value.serviceNumber, (n) => typeof n === "string"),
    ) &&
    optional(shipTo, (value) => isRecord(value) && optional(value.address, arrayOf(isRecord))) &&
    optional(shoppingCart, isRecord)
  );
}

/** `{"properties": {"_meta": …, "items": [{groupId, fields: […]}]}}` (§8.10, no paging). */
export function readPropertyGroups(body: unknown): PropertyGroupDefinition[] | undefined {
  const inner = isRecord(body) ? body.properties : undefined;
  const items = isRecord(inner) ? inner.items : undefined;
  const validGroup = (group: unknown) =>
    hasStringId("groupId")(group) && Array.isArray(group.fields) && group.fields.every(hasStringId("id"));
  return Array.isArray(items) && items.every(validGroup) ? (items as PropertyGroupDefinition[]) : undefined;
}

/** `{"history": {"items": [{status, date, comment}]}}`, oldest first (§8.15). */
export function readHistory(body: unknown): HistoryItem[] | undefined {
  const inner = isRecord(body) ? body.history : undefined;
  const items = isRecord(inner) ? inner.items : inner;
  const valid = (item: unknown) => isRecord(item) && typeof item.status === "string";
  return Array.isArray(items) && items.every(valid) ? (items as HistoryItem[]) : undefined;
}
