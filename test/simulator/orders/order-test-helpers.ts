// Shared test helpers for the simulator's orders: the contract's examples (fixtures/mobproc-examples, unchanged),
// request edits that break one thing, and a validation context over a small fixture.
import { readFileSync } from "node:fs";
import { createFixture } from "../../../src/simulator/seed/create-fixture.js";
import { indexFixture } from "../../../src/simulator/seed/index-fixture.js";
import type { Fixture } from "../../../src/simulator/seed/types.js";
import type { JsonObject, ValidationContext } from "../../../src/simulator/orders/validation-types.js";

/** The host the examples' hrefs use (CONTRACT.md §2). */
export const EXAMPLE_BASE_URL = "https://tngo-mobproc.cloudhub.io/mobproc/v1";

export type ExampleName =
  | "port-order-request"
  | "port-order-confirmation"
  | "port-order-submitted"
  | "order"
  | "order-history"
  | "order-properties-port-number";

export function readExample(name: ExampleName): JsonObject {
  return JSON.parse(
    readFileSync(new URL(`../../../fixtures/mobproc-examples/${name}.json`, import.meta.url), "utf8"),
  ) as JsonObject;
}

/** A fresh copy of examples/port-order-request.json's `orderRequest`. */
export function exampleOrderRequest(): JsonObject {
  return readExample("port-order-request").orderRequest as JsonObject;
}

/** The smallest fixture createFixture allows: the hand-written lines only, which hold the example line. */
export function smallFixture(): Fixture {
  return createFixture({ services: 16 });
}

export function validationContext(
  fixture: Fixture = smallFixture(),
  overrides: Partial<ValidationContext> = {},
): ValidationContext {
  return {
    index: indexFixture(fixture),
    tenant: "ACME",
    requireShipTo: true,
    openPortFor: () => undefined,
    ...overrides,
  };
}

interface Field extends JsonObject {
  id: string;
}

function fields(request: JsonObject): Field[] {
  const groups = request.properties as { fields: Field[] }[];
  return groups[0]?.fields ?? [];
}

/** Replaces a MISCELLANEOUS property (or adds it), or removes it when `value` is undefined. */
export function setProperty(request: JsonObject, id: string, value: JsonObject | undefined): void {
  const list = fields(request);
  const at = list.findIndex((f) => f.id === id);
  if (value === undefined) {
    if (at >= 0) list.splice(at, 1);
    return;
  }
  const field = { id, ...value };
  if (at >= 0) list[at] = field;
  else list.push(field);
}

/** Replaces an address part's value (or adds the part), or removes the part when `value` is undefined. */
export function setAddressPart(request: JsonObject, id: string, value: string | undefined): void {
  const address = (request.shipTo as { address: JsonObject[] }).address;
  const at = address.findIndex((p) => p.id === id);
  if (value === undefined) {
    if (at >= 0) address.splice(at, 1);
  } else if (at >= 0) {
    address[at] = { id, value };
  } else {
    address.push({ id, value });
  }
}

export function cart(request: JsonObject): JsonObject {
  return request.shoppingCart as JsonObject;
}

export function shipTo(request: JsonObject): JsonObject {
  return request.shipTo as JsonObject;
}

/**
 * A response rewritten to the examples' host, so it can be compared with examples/*.json. Only hrefs that start
 * with `baseUrl` change.
 */
export function toExampleHost(value: unknown, baseUrl: string): unknown {
  if (Array.isArray(value)) return value.map((item) => toExampleHost(item, baseUrl));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toExampleHost(v, baseUrl)]));
  }
  if (typeof value === "string" && value.startsWith(baseUrl))
    return `${EXAMPLE_BASE_URL}${value.slice(baseUrl.length)}`;
  return value;
}

export interface PortChoices {
  serviceId: string;
  serviceNumber: string;
  planId: string;
  deviceId?: string;
  optionalFeatureIds?: string[];
  pin?: string;
  externalOrderNumber?: string;
}

/** The example request moved to another line and carrier. */
export function portRequest(choices: PortChoices): { orderRequest: JsonObject } {
  const request = exampleOrderRequest();
  request.serviceId = choices.serviceId;
  if (choices.externalOrderNumber !== undefined) request.externalOrderNumber = choices.externalOrderNumber;
  setProperty(request, "SERVICE_NUMBER", { type: "TEXT", text: choices.serviceNumber });
  if (choices.pin !== undefined) setProperty(request, "PIN_PASSWORD", { type: "TEXT", text: choices.pin });
  const shoppingCart: JsonObject = { planId: choices.planId };
  if (choices.deviceId !== undefined) shoppingCart.deviceId = choices.deviceId;
  if (choices.optionalFeatureIds !== undefined) shoppingCart.optionalFeatureIds = choices.optionalFeatureIds;
  request.shoppingCart = shoppingCart;
  return { orderRequest: request };
}

/** Maria Lopez's Verizon line (CDMA) to AT&T (GSM): a new AT&T device and the PIN are needed. */
export const MARIA_TO_ATT: PortChoices = {
  serviceId: "34415735",
  serviceNumber: "2035550143",
  planId: "6568887001",
  deviceId: "9194714001",
  pin: "4321",
  externalOrderNumber: "MM11235",
};

/** A T-Mobile line (GSM) to AT&T (GSM): no device needed. */
export const TMOBILE_LINE_TO_ATT: PortChoices = {
  serviceId: "34415738",
  serviceNumber: "5123440004",
  planId: "6568887001",
  pin: "1111",
  externalOrderNumber: "MM11236",
};

/**
 * An example with CONTRACT.md §14's known inconsistencies resolved the simulator's way: CONTACT_NUMBER echoed as
 * sent, `/regions/{id}` address labels (F21), the catalog's device image, the serial number without the
 * extract's leading space.
 */
export function resolveKnownInconsistencies(example: JsonObject): JsonObject {
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (typeof value !== "object" || value === null) return value;
    const object: JsonObject = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (key === "fields" && object.id === "CONTACT_NUMBER") object.text = "2035559360";
    if (key === "address" && object.id === "LINE_1") object.label = "Line 1";
    if (key === "address" && object.id === "POSTAL_CODE") object.label = "Postal Code";
    if (key === "serialNumber" && typeof object.value === "string") object.value = object.value.trim();
    if (key === "device" && object.imageUrl === "https://api.tangoe.com/images/devices/iphone5_blk_l.jpg") {
      object.imageUrl = "https://api.tangoe.com/images/devices/VER/iphone5_blk_l.jpg";
    }
    return object;
  };
  return walk(example, "") as JsonObject;
}

/** Ports the example line to T-Mobile (GSM like AT&T, so no device; PIN and ORDER_REASON are required). */
export function toTmobile(request: JsonObject, reason: JsonObject): void {
  cart(request).planId = "6568887101";
  delete cart(request).deviceId;
  delete cart(request).optionalFeatureIds;
  setProperty(request, "PIN_PASSWORD", { type: "TEXT", text: "1234" });
  setProperty(request, "ORDER_REASON", { type: "CHOICE", choice: reason });
}
