// Limit/offset paging with `_meta` links (CONTRACT.md §7, D5, F6, F7). Shared by every paged route.
import { flatError } from "./errors.js";
import type { SimResponse } from "./route-types.js";

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

export interface PageMeta {
  href: string;
  limit: number;
  offset: number;
  totalCount: number;
  hrefStart?: string;
  hrefPrevious?: string;
  hrefNext?: string;
  hrefEnd?: string;
}

export type PageResult<T> = { ok: true; meta: PageMeta; items: T[] } | { ok: false; response: SimResponse };

const PAGING_KEYS = new Set(["limit", "offset"]);

/** Digits only: "10.0", "-1", "1e2", " 5" and "" are not integers here (F6). */
function parseCount(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback;
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * One page of `items`. `hrefBase` is the collection's absolute URL without a query string; the request's other
 * query parameters are echoed in every link, in their order, followed by `limit` and `offset` (as in
 * examples/catalog-devices.json). With `pageAlignedOffset` (Premium Mobile, F7) the page is the one containing
 * `offset`, and `_meta.offset` reports its start. `errorId` (optional) makes the 400's id: pass `ctx.errorId`.
 */
export function paginate<T>(
  items: T[],
  query: URLSearchParams,
  hrefBase: string,
  options: { pageAlignedOffset: boolean; errorId?: () => string },
): PageResult<T> {
  const requestedLimit = parseCount(query.get("limit"), DEFAULT_LIMIT);
  const requestedOffset = parseCount(query.get("offset"), 0);
  if (requestedLimit === undefined || requestedLimit < 1 || requestedOffset === undefined) {
    const message = `limit must be an integer from 1 and offset an integer from 0, got limit=${query.get("limit") ?? ""} offset=${query.get("offset") ?? ""}.`;
    return {
      ok: false,
      response: flatError(400, "400-Pagination-error", message, options.errorId?.() ?? pagingErrorId(query)),
    };
  }
  const limit = Math.min(requestedLimit, MAX_LIMIT);
  const offset = options.pageAlignedOffset ? Math.floor(requestedOffset / limit) * limit : requestedOffset;
  const totalCount = items.length;

  const filters = [...query.entries()].filter(([key]) => !PAGING_KEYS.has(key));
  const link = (at: number): string => {
    const params = new URLSearchParams(filters);
    params.append("limit", String(limit));
    params.append("offset", String(at));
    return `${hrefBase}?${params.toString()}`;
  };

  const last = Math.max(0, Math.floor((totalCount - 1) / limit) * limit);
  const meta: PageMeta = { href: link(offset), limit, offset, totalCount };
  if (offset > 0) {
    meta.hrefStart = link(0);
    meta.hrefPrevious = link(Math.max(0, offset - limit));
  }
  if (offset + limit < totalCount) meta.hrefNext = link(offset + limit);
  if (offset !== last && totalCount > 0) meta.hrefEnd = link(last);
  return { ok: true, meta, items: items.slice(offset, offset + limit) };
}

/** Without `options.errorId` (routes pass `ctx.errorId`), a stable 5–12 character id derived from the query. */
function pagingErrorId(query: URLSearchParams): string {
  let hash = 2166136261;
  for (const ch of query.toString()) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `pg${hash.toString(36)}`.slice(0, 12).padEnd(5, "0");
}
