// The mobproc client (CONTRACT.md §8): one ky instance per run, ky's own retry and timeout off (send-request.ts
// does both), every attempt through the run's limiter. Run-wide lookups return values and throw ApiError;
// shared and row calls return data (api-results.ts); confirm and submit classify the answer per §5.
import ky from "ky";
import { normalizeApiClientOptions, type ApiClientOptions } from "./api-client-options.js";
import type { CallOptions, ConfirmResult, LookupResult, SubmitResult } from "./api-results.js";
import { createCaller } from "./create-caller.js";
import { createTokenProvider } from "./create-token-provider.js";
import { confirmResultOf, submitResultOf } from "./order-results.js";
import { fetchAllPages, lookupPages } from "./lookup-pages.js";
import * as read from "./read-envelope.js";
import { createSender } from "./send-request.js";
import type * as Wire from "./wire-types.js";

export interface ApiClient {
  /** Bare-token mode has nothing to refresh with: the first 401 ends the run. */
  readonly tokenMode: "password" | "bare";
  listCountries(): Promise<Wire.RegionSummary[]>;
  getCountry(id: string): Promise<Wire.Country>;
  listVendors(): Promise<Wire.Vendor[]>;
  /** The whole service index, paged by 100 (§7, D6); there is no serviceNumber filter (§12). */
  listAllServices(): Promise<Wire.ServiceAsset[]>;
  getService(id: string, options?: CallOptions): Promise<LookupResult<Wire.ServiceAsset>>;
  listPlans(vendorId: string, options?: CallOptions): Promise<LookupResult<Wire.Plan[]>>;
  getPlan(id: string, options?: CallOptions): Promise<LookupResult<Wire.Plan>>;
  listDevices(
    vendorId: string,
    options?: CallOptions & { serviceId?: string },
  ): Promise<LookupResult<Wire.CatalogDevice[]>>;
  /** The new carrier's PORT_NUMBER property set: always by `vendor`, never by `service` (F23). */
  getOrderProperties(
    vendorId: string,
    options?: CallOptions,
  ): Promise<LookupResult<Wire.PropertyGroupDefinition[]>>;
  confirmOrder(request: Wire.OrderRequest, options?: CallOptions): Promise<ConfirmResult>;
  submitOrder(request: Wire.OrderRequest, options?: CallOptions): Promise<SubmitResult>;
  /** Every order updated at or after `updatedSince` (F8), all pages; throws ApiError when it cannot. */
  listOrders(options: { updatedSince: Date; employee?: string | undefined }): Promise<Wire.Order[]>;
  getOrder(id: string, options?: CallOptions): Promise<LookupResult<Wire.Order>>;
  getOrderHistory(id: string, options?: { orderSegment?: string }): Promise<LookupResult<Wire.HistoryItem[]>>;
}

/** The client sends date-times in `Z` form without fractions (§2). */
export const formatDateTime = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, "Z");

const encode = encodeURIComponent;
const PORT = "PORT_NUMBER";

export function createApiClient(options: ApiClientOptions): ApiClient {
  const config = normalizeApiClientOptions(options);
  const { limiter, logger, timeoutMs, sleep, random, now } = config;
  // redirect "manual": a redirect must never carry the credentials or a submit to another origin.
  const http = ky.create({ retry: 0, timeout: false, throwHttpErrors: false, redirect: "manual" });
  const policy = { maxAttempts: config.maxAttempts, maxRateLimited: 50 };
  const send = createSender({ http, limiter, logger, timeoutMs, policy, sleep, random, now });
  const tokens = createTokenProvider({
    credentials: config.credentials,
    clientId: config.clientId,
    send,
    now,
    logger,
  });
  const caller = createCaller({ ...config, tokens, send });

  const get = { method: "GET", mode: "safe" } as const;

  return {
    tokenMode: tokens.mode,
    listCountries: () =>
      caller.fetchRunWide({
        ...get,
        path: "/regions",
        fixedPath: true,
        read: read.readRegions<Wire.RegionSummary>,
      }),
    getCountry: (id) =>
      caller.fetchRunWide({
        ...get,
        path: `/regions/${encode(id)}`,
        fixedPath: false,
        read: read.readResource<Wire.Country>,
      }),
    listVendors: () => fetchAllPages(caller, { path: "/vendors", name: "vendors" }),
    listAllServices: () => fetchAllPages(caller, { path: "/assets/services", name: "services" }),
    getService: (id, { employee } = {}) =>
      caller.lookup({
        ...get,
        path: `/assets/services/${encode(id)}`,
        scope: "row",
        fixedPath: false,
        employee,
        read: read.readResource<Wire.ServiceAsset>,
      }),
    listPlans: (vendorId, { employee } = {}) =>
      lookupPages(caller, {
        path: "/catalog/plans",
        query: { vendor: vendorId },
        scope: "shared",
        employee,
        name: "plans",
      }),
    getPlan: (id, { employee } = {}) =>
      caller.lookup({
        ...get,
        path: `/catalog/plans/${encode(id)}`,
        scope: "shared",
        fixedPath: false,
        employee,
        read: read.readResource<Wire.Plan>,
      }),
    listDevices: (vendorId, { employee, serviceId } = {}) =>
      lookupPages(caller, {
        path: "/catalog/devices",
        query: { transactionType: PORT, service: serviceId, vendor: vendorId },
        scope: "row",
        employee,
        name: "devices",
      }),
    getOrderProperties: (vendorId, { employee } = {}) =>
      caller.lookup({
        ...get,
        path: "/orders/properties",
        query: { transactionType: PORT, vendor: vendorId },
        scope: "shared",
        fixedPath: true,
        employee,
        read: read.readPropertyGroups,
      }),
    confirmOrder: async (request, { employee } = {}) =>
      confirmResultOf(
        await caller.call({
          method: "POST",
          path: "/orders",
          query: { confirm: "true" },
          json: { orderRequest: request },
          mode: "safe",
          scope: "row",
          fixedPath: true,
          employee,
          read: read.readConfirmation,
        }),
        { employee },
      ),
    submitOrder: async (request, { employee } = {}) =>
      submitResultOf(
        await caller.call({
          method: "POST",
          path: "/orders",
          json: { orderRequest: request },
          mode: "submit",
          scope: "row",
          fixedPath: true,
          employee,
          read: read.readOrder,
        }),
        { employee },
      ),
    listOrders: async ({ updatedSince, employee }) => {
      const query = { dateTimeUpdated: formatDateTime(updatedSince) };
      return fetchAllPages(caller, { path: "/orders", query, employee, name: "orders", idKey: "orderId" });
    },
    getOrder: (id, { employee } = {}) =>
      caller.lookup({
        ...get,
        path: `/orders/${encode(id)}`,
        scope: "row",
        fixedPath: false,
        employee,
        read: read.readOrder,
      }),
    getOrderHistory: (id, { orderSegment } = {}) =>
      caller.lookup({
        ...get,
        path: `/orders/${encode(id)}/history`,
        query: { orderSegment },
        scope: "row",
        fixedPath: false,
        read: read.readHistory,
      }),
  };
}
