// The order resource (CONTRACT.md §8.12–8.14; examples/port-order-submitted.json, order.json, orders-page.json).
// At submit time the request is frozen into a snapshot whose hrefs are API paths; every response renders it
// against the current public base URL, so a reloaded data file still links to the running simulator.
import { renderManufacturerRef, renderVendorRef } from "../routes/render-refs.js";
import { renderProperties } from "./build-confirmation.js";
import type { OrderParties } from "./build-confirmation.js";
import { renderEmployee, renderShipTo } from "./render-order-parts.js";
import type { SimOrderRecord } from "./order-store.js";
import type { ValidOrder } from "./validation-types.js";

/** What an order shows besides its ids, status and dates. Hrefs are paths below the API base. */
export interface OrderSnapshot {
  accountHolder?: Record<string, unknown>;
  requestedBy?: Record<string, unknown>;
  transactionType: string;
  properties: Record<string, unknown>[];
  shipTo?: Record<string, unknown>;
  /** The single segment's body (F27): the new carrier, the device if one was ordered, the plan. */
  segment: Record<string, unknown>;
}

/** Rendering against an empty base URL leaves hrefs as API paths. */
const asPath = "";

export function buildOrderSnapshot(order: ValidOrder, parties: OrderParties): OrderSnapshot {
  const { device, plan, vendor } = order;
  return {
    ...(parties.accountHolder !== undefined && {
      accountHolder: renderEmployee(parties.accountHolder, asPath),
    }),
    ...(parties.requestedBy !== undefined && { requestedBy: renderEmployee(parties.requestedBy, asPath) }),
    transactionType: "PORT_NUMBER",
    properties: renderProperties(order.properties),
    ...(order.shipTo !== undefined && { shipTo: renderShipTo(order.shipTo, asPath) }),
    segment: {
      accessories: [],
      // A segment has no device when none was ordered (F27); the image is the catalog's (CONTRACT.md §14).
      ...(device !== undefined && {
        device: {
          imageUrl: device.imageUrl,
          manufacturer: renderManufacturerRef(device.manufacturer, asPath),
          name: device.name,
          price: { ...device.price },
        },
      }),
      features: [],
      plan: {
        name: plan.name,
        optionalFeatures: order.features.map((f) => ({ description: f.description, price: { ...f.price } })),
        price: { ...plan.price },
      },
      vendor: renderVendorRef(vendor, asPath),
    },
  };
}

export interface OrderParts {
  orderSegments: boolean;
  properties: boolean;
  shipTo: boolean;
}

export const ALL_PARTS: OrderParts = { orderSegments: true, properties: true, shipTo: true };

/** The order as GET /orders/{id} and the submit response show it; GET /orders leaves parts out (§8.14, F29). */
export function renderOrder(
  record: SimOrderRecord,
  baseUrl: string,
  parts: OrderParts = ALL_PARTS,
): Record<string, unknown> {
  const { snapshot } = record;
  const orderPath = `/orders/${record.orderId}`;
  const segmentQuery = `?orderSegment=${record.segmentId}`;
  const order: Record<string, unknown> = {
    _meta: { href: orderPath },
    ...(snapshot.accountHolder !== undefined && { accountHolder: snapshot.accountHolder }),
    dateSubmitted: record.dateSubmitted,
    ...(record.externalOrderNumber !== undefined && { externalOrderNumber: record.externalOrderNumber }),
    orderId: record.orderId,
    ...(parts.orderSegments && {
      orderSegments: {
        items: [
          {
            _meta: {
              hrefHistory: `${orderPath}/history${segmentQuery}`,
              hrefShipments: `${orderPath}/shipments${segmentQuery}`,
            },
            ...snapshot.segment,
            orderSegmentId: record.segmentId,
            status: record.status,
          },
        ],
      },
    }),
    ...(parts.properties && { properties: snapshot.properties }),
    ...(snapshot.requestedBy !== undefined && { requestedBy: snapshot.requestedBy }),
    serviceNumber: record.serviceNumber,
    ...(parts.shipTo && snapshot.shipTo !== undefined && { shipTo: snapshot.shipTo }),
    status: record.status,
    transactionType: snapshot.transactionType,
    updated: record.updated,
  };
  return withBaseUrl(order, baseUrl) as Record<string, unknown>;
}

/** A deep copy in which every `_meta` path ("/orders/1") becomes an absolute URL. */
export function withBaseUrl(value: unknown, baseUrl: string, inMeta = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withBaseUrl(item, baseUrl));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        withBaseUrl(inner, baseUrl, inMeta || key === "_meta"),
      ]),
    );
  }
  if (inMeta && typeof value === "string" && value.startsWith("/")) return `${baseUrl}${value}`;
  return value;
}
