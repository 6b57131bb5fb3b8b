// Test hooks OUTSIDE the API base path; not part of Tangoe's contract (CONTRACT.md §11.1, F28). No auth.
//   GET  /_sandbox/orders               every order, with the request body it was created from
//   GET  /_sandbox/requests             what the simulator received (no tokens or secrets)
//   POST /_sandbox/orders/{id}/status   {status, comment?}
//   POST /_sandbox/advance              one lifecycle step for every open order
//   POST /_sandbox/knobs                {latencyMs?, rateLimit?, faults?}, as setKnobs
import type { OrderStore, SimOrderRecord } from "../orders/order-store.js";
import { isPlainObject } from "../check-option.js";
import { matchPath } from "./define-routes.js";
import { methodNotAllowed, notFound } from "./errors.js";
import type { SimulatorKnobs } from "./knobs.js";
import type { ReceivedRequest } from "./request-log.js";
import type { SimResponse } from "./route-types.js";

export const SANDBOX_PREFIX = "/_sandbox";

export interface SandboxDeps {
  orders: OrderStore;
  requests(): ReceivedRequest[];
  /** Throws a TypeError naming the bad knob. */
  setKnobs(input: unknown): SimulatorKnobs;
}

/** The public part of an order record (the store's rendering internals stay inside). */
export function describeOrder(o: SimOrderRecord) {
  return {
    orderId: o.orderId,
    segmentId: o.segmentId,
    tenant: o.tenant,
    ...(o.externalOrderNumber === undefined ? {} : { externalOrderNumber: o.externalOrderNumber }),
    serviceId: o.serviceId,
    serviceNumber: o.serviceNumber,
    vendorId: o.vendorId,
    status: o.status,
    dateSubmitted: o.dateSubmitted,
    updated: o.updated,
    request: o.request,
    history: o.history.map((h) => ({ ...h })),
  };
}

const badRequest = (message: string): SimResponse => ({ status: 400, body: { message } });

function parseJson(rawBody: string): { ok: true; value: unknown } | { ok: false } {
  if (rawBody.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(rawBody) as unknown };
  } catch {
    return { ok: false };
  }
}

function setStatus(id: string, rawBody: string, deps: SandboxDeps): SimResponse {
  const body = parseJson(rawBody);
  if (!body.ok || !isPlainObject(body.value))
    return badRequest("The body must be a JSON object {status, comment?}.");
  const { status, comment } = body.value;
  if (typeof status !== "string" || status.trim() === "")
    return badRequest("`status` must be a non-empty string.");
  if (comment !== undefined && typeof comment !== "string") return badRequest("`comment` must be a string.");
  const order = deps.orders.setStatus(id, status, comment);
  if (order === undefined) return { status: 404, body: { message: `Order ${id} was not found.` } };
  return { status: 200, body: { order: describeOrder(order) } };
}

function setKnobs(rawBody: string, deps: SandboxDeps): SimResponse {
  const body = parseJson(rawBody);
  if (!body.ok) return badRequest("The body must be JSON.");
  try {
    return { status: 200, body: { knobs: deps.setKnobs(body.value) } };
  } catch (error) {
    return badRequest(error instanceof Error ? error.message : String(error));
  }
}

export function handleSandbox(method: string, path: string, rawBody: string, deps: SandboxDeps): SimResponse {
  const sub = path.slice(SANDBOX_PREFIX.length);
  const only = (allowed: string, answer: () => SimResponse): SimResponse =>
    method === allowed ? answer() : methodNotAllowed();
  if (sub === "/orders")
    return only("GET", () => ({ status: 200, body: { orders: deps.orders.all().map(describeOrder) } }));
  if (sub === "/requests") return only("GET", () => ({ status: 200, body: { requests: deps.requests() } }));
  if (sub === "/advance")
    return only("POST", () => ({ status: 200, body: { changed: deps.orders.advanceAll() } }));
  if (sub === "/knobs") return only("POST", () => setKnobs(rawBody, deps));
  const params = matchPath("/orders/:id/status", sub);
  if (params !== undefined) return only("POST", () => setStatus(params.id ?? "", rawBody, deps));
  return notFound();
}
