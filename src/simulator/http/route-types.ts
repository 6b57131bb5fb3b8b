// The contract between the simulator's HTTP core (server, auth, header checks, knobs) and its route handlers.
import type { IncomingHttpHeaders } from "node:http";
import type { FixtureIndex } from "../seed/index-fixture.js";
import type { Fixture, SimEmployee, SimTenant, SimUser } from "../seed/types.js";
import type { OrderStore } from "../orders/order-store.js";

/** Who is calling, after the §4 header checks passed. */
export interface Caller {
  user: SimUser;
  tenant: SimTenant;
  clientId: string;
  /** The context employee (X-TNGO-CONTEXT-EMPLOYEEID, else -COMPANYEMPLOYEEID), when one was sent. */
  actor?: SimEmployee;
}

export interface SimRequest {
  method: string;
  /** The path below the API base, e.g. "/orders" or "/regions/70144640". */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw request body as text ("" when none). */
  rawBody: string;
  caller: Caller;
}

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  fixture: Fixture;
  orders: OrderStore;
  /** The public base URL of the API, used for every `_meta` href (CONTRACT.md §13 publicBaseUrl). */
  baseUrl: string;
  now: () => Date;
  /** A random error id, 5–12 lowercase letters/digits, deterministic per seed (CONTRACT.md §5). */
  errorId: () => string;
  /** Lookup maps over `fixture` (built once per simulator). */
  index: FixtureIndex;
  /** Premium Mobile paging: pass to `paginate` (CONTRACT.md §7, F7). */
  pageAlignedOffset: boolean;
  /** Rule 21: shipTo is required (CONTRACT.md §9, option `requireShipTo`). */
  requireShipTo: boolean;
}

/** A route answers the request, or returns undefined when the path is not its own. */
export type RouteHandler = (req: SimRequest, ctx: RouteContext) => SimResponse | undefined;
