// The paging rule of CONTRACT.md §7, safe both with ordinary offsets and with the Premium Mobile quirk (a page
// aligned to `limit` that merely contains `offset`): keep `limit` fixed and ask only for multiples of it; stop
// on an empty page or when offset + limit >= totalCount (re-read on every page); never follow hrefs; de-dup by id.
import type { Page } from "./wire-types.js";

export const PAGE_LIMIT = 100;

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface CollectPagesOptions<T> {
  /** @default 100, the simulator's cap (§7) */
  limit?: number;
  idOf: (item: T) => string;
}

/**
 * Reads every page through `fetchPage` and returns the items in order, each id once (the
 * last copy read, at the place of the first). If the first page echoes
 * a smaller `_meta.limit` (a server cap), that becomes the step, so no item is skipped. A page that adds no new
 * item ends the walk too, so a server that ignores `offset` cannot make this loop forever.
 */
export async function collectPages<T>(
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  options: CollectPagesOptions<T>,
): Promise<T[]> {
  let limit = options.limit ?? PAGE_LIMIT;
  const byId = new Map<string, T>();
  for (let offset = 0; ; offset += limit) {
    const page = await fetchPage({ offset, limit });
    if (page.items.length === 0) break;
    const echoed = page._meta?.limit;
    if (offset === 0 && echoed !== undefined && Number.isInteger(echoed) && echoed > 0 && echoed < limit) {
      limit = echoed;
    }
    const before = byId.size;
    for (const item of page.items) {
      const id = options.idOf(item);
      byId.set(id, item); // a later copy is newer (e.g. GET /orders sorts by `updated`, §8.14); keep its place
    }
    const total = page._meta?.totalCount;
    if (byId.size === before) break;
    if (total !== undefined && offset + limit >= total) break;
  }
  return [...byId.values()];
}
