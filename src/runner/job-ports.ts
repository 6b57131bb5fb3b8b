// What the runner needs from its collaborators (STYLE.md: the runner receives {client, store, logger, clock}
// as arguments). The real ones are the mobproc client (src/api) and the SQLite store (src/state).
import type { Logger } from "pino";
import type { CallOptions, ConfirmResult, SubmitResult } from "../api/api-results.js";
import type { Order, OrderRequest } from "../api/wire-types.js";
import type { StateStore } from "../state/open-state-store.js";

export interface JobClient {
  confirmOrder(request: OrderRequest, options?: CallOptions): Promise<ConfirmResult>;
  submitOrder(request: OrderRequest, options?: CallOptions): Promise<SubmitResult>;
  listOrders(options: { updatedSince: Date; employee?: string }): Promise<Order[]>;
}

export interface Clock {
  now(): Date;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface JobDeps {
  client: JobClient;
  store: StateStore;
  logger: Logger;
  clock: Clock;
}
