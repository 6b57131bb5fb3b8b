// What the simulator's request log says about a run: how many calls, how many were needed, how many were
// refused with 429, and the call rate the server saw. Pure, so the arithmetic can be checked by reading it.
import type { LoggedRequest } from "./sandbox-process.js";

const ORDERS_PATH = "/mobproc/v1/orders";
const TOKEN_PATH = "/as/token.oauth2";

export interface RequestFigures {
  /** Every request the simulator received, token requests and retries included. */
  calls: number;
  /** Distinct lookup GETs: each page of each reference list once (a retried page counts once). */
  lookups: number;
  /**
   * The fewest calls that could do the job: one token, each lookup page once, one confirm and one submit
   * per row. Reconciliation scans (GET /orders) and retries are extra.
   */
  minimum: number;
  rateLimited: number;
  /** 5xx answers (injected faults). */
  serverErrors: number;
  /** Calls per second between the first and the last arrival: the rate the server's limiter saw. */
  callsPerSec: number | undefined;
}

const lookupKey = (request: LoggedRequest): string => {
  const query = Object.entries(request.query)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  return `${request.path}?${query}`;
};

export function measureRequests(requests: readonly LoggedRequest[], rowsSent: number): RequestFigures {
  const lookups = new Set<string>();
  let rateLimited = 0;
  let serverErrors = 0;
  for (const request of requests) {
    if (request.status === 429) rateLimited += 1;
    if (request.status >= 500) serverErrors += 1;
    if (request.method === "GET" && request.path !== ORDERS_PATH && request.path !== TOKEN_PATH) {
      lookups.add(lookupKey(request));
    }
  }
  const first = requests[0];
  const last = requests[requests.length - 1];
  const windowMs =
    first && last ? new Date(last.receivedAt).getTime() - new Date(first.receivedAt).getTime() : 0;
  return {
    calls: requests.length,
    lookups: lookups.size,
    minimum: 1 + lookups.size + 2 * rowsSent,
    rateLimited,
    serverErrors,
    callsPerSec: windowMs > 0 ? ((requests.length - 1) * 1000) / windowMs : undefined,
  };
}
