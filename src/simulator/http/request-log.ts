// What the simulator received, for tests ("the number of requests the simulator received", STYLE.md rule 12).
// Context and correlation headers are kept; tokens, passwords and secrets never are (CONTRACT.md §4, §13).
import type { IncomingHttpHeaders } from "node:http";
import { headerValue } from "./check-headers.js";

export interface ReceivedRequest {
  /** Arrival order, from 1. */
  seq: number;
  receivedAt: string;
  method: string;
  /** The full path, e.g. "/mobproc/v1/orders" or "/as/token.oauth2". */
  path: string;
  /** Query parameters (the last value of a repeated one). On the token endpoint only grant_type, client_id
   * and scope are kept. */
  query: Record<string, string>;
  /** The status answered; 0 when the connection was dropped without an answer. */
  status: number;
  /** The injected fault that decided the answer, if any. */
  fault?: "drop" | "server-error" | "commit-then-fail";
  tenant?: string;
  clientId?: string;
  contextEmployeeId?: string;
  contextCompanyEmployeeId?: string;
  contextHierarchyId?: string;
  activityId?: string;
  correlationId?: string;
}

const HEADER_FIELDS = [
  ["tenant", "x-tngo-tenant"],
  ["clientId", "client_id"],
  ["contextEmployeeId", "x-tngo-context-employeeid"],
  ["contextCompanyEmployeeId", "x-tngo-context-companyemployeeid"],
  ["contextHierarchyId", "x-tngo-context-hierarchyid"],
  ["activityId", "x-tngo-context-activityid"],
  ["correlationId", "x-tngo-context-correlationid"],
] as const;

const TOKEN_QUERY_KEYS = new Set(["grant_type", "client_id", "scope"]);

export interface RequestLog {
  /** Reserves the next sequence number when a request arrives. */
  arrive(): number;
  record(entry: {
    seq: number;
    receivedAt: Date;
    method: string;
    path: string;
    query: URLSearchParams;
    headers: IncomingHttpHeaders;
    status: number;
    fault?: ReceivedRequest["fault"];
    isTokenEndpoint: boolean;
  }): void;
  all(): ReceivedRequest[];
}

/** Keeps the newest `max` entries, so a long sandbox session cannot grow without bound. */
export function createRequestLog(max = 200_000): RequestLog {
  let entries: ReceivedRequest[] = [];
  let seq = 0;
  return {
    arrive: () => ++seq,
    record(e) {
      const query: Record<string, string> = {};
      for (const [key, value] of e.query)
        if (!e.isTokenEndpoint || TOKEN_QUERY_KEYS.has(key)) query[key] = value;
      const entry: ReceivedRequest = {
        seq: e.seq,
        receivedAt: e.receivedAt.toISOString(),
        method: e.method,
        path: e.path,
        query,
        status: e.status,
      };
      if (e.fault !== undefined) entry.fault = e.fault;
      for (const [field, header] of HEADER_FIELDS) {
        const value = headerValue(e.headers, header);
        if (value !== undefined) entry[field] = value;
      }
      entries.push(entry);
      if (entries.length > max) entries = entries.slice(entries.length - max);
    },
    all: () => [...entries].sort((a, b) => a.seq - b.seq),
  };
}
