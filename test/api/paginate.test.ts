import { describe, expect, it } from "vitest";
import { collectPages, type PageRequest } from "../../src/api/paginate.js";
import type { Page } from "../../src/api/wire-types.js";

interface Item {
  id: string;
  v?: number;
}

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: String(from + i) }));

/** A server over `data`; `aligned` mimics Premium Mobile (the page containing offset, §7); `cap` limits `limit`. */
function serve(data: Item[], options: { aligned?: boolean; cap?: number; totalCount?: boolean } = {}) {
  const requests: PageRequest[] = [];
  const fetchPage = ({ offset, limit }: PageRequest): Promise<Page<Item>> => {
    requests.push({ offset, limit });
    const size = Math.min(limit, options.cap ?? limit);
    const start = options.aligned ? Math.floor(offset / size) * size : offset;
    const meta =
      options.totalCount === false
        ? { limit: size, offset: start }
        : { limit: size, offset: start, totalCount: data.length };
    return Promise.resolve({ _meta: meta, items: data.slice(start, start + size) });
  };
  return { requests, fetchPage };
}

describe("collectPages (CONTRACT.md §7 client rule)", () => {
  it.each([
    { n: 0, offsets: [0] },
    { n: 1, offsets: [0] },
    { n: 100, offsets: [0] },
    { n: 101, offsets: [0, 100] },
    { n: 3000, offsets: Array.from({ length: 30 }, (_, i) => i * 100) },
  ])("reads $n items with requests at offsets $offsets", async ({ n, offsets }) => {
    const { requests, fetchPage } = serve(ids(n));
    const items = await collectPages(fetchPage, { idOf: (item) => item.id });
    expect(items.map((item) => item.id)).toEqual(ids(n).map((item) => item.id));
    expect(requests).toEqual(offsets.map((offset) => ({ offset, limit: 100 })));
  });

  it("asks only for multiples of the fixed limit, so page-aligned offsets give the same result", async () => {
    const { requests, fetchPage } = serve(ids(25), { aligned: true });
    const items = await collectPages(fetchPage, { idOf: (item) => item.id, limit: 10 });
    expect(items).toHaveLength(25);
    expect(requests.map((r) => r.offset)).toEqual([0, 10, 20]);
  });

  it("stops on an empty page when there is no totalCount", async () => {
    const { requests, fetchPage } = serve(ids(20), { totalCount: false });
    const items = await collectPages(fetchPage, { idOf: (item) => item.id, limit: 10 });
    expect(items).toHaveLength(20);
    expect(requests.map((r) => r.offset)).toEqual([0, 10, 20]);
  });

  it("adopts a smaller limit echoed by the first page (a server cap) so nothing is skipped", async () => {
    const { requests, fetchPage } = serve(ids(120), { cap: 50 });
    const items = await collectPages(fetchPage, { idOf: (item) => item.id });
    expect(items).toHaveLength(120);
    expect(requests.map((r) => r.offset)).toEqual([0, 50, 100]);
  });

  it("de-duplicates by id, keeping the last copy at the place of the first", async () => {
    const pages: Page<Item>[] = [
      {
        _meta: { totalCount: 4 },
        items: [
          { id: "a", v: 1 },
          { id: "b", v: 1 },
        ],
      },
      {
        _meta: { totalCount: 4 },
        items: [
          { id: "a", v: 2 },
          { id: "c", v: 1 },
        ],
      },
    ];
    const items = await collectPages((r) => Promise.resolve(pages[r.offset / 2] ?? { items: [] }), {
      idOf: (item) => item.id,
      limit: 2,
    });
    expect(items).toEqual([
      { id: "a", v: 2 },
      { id: "b", v: 1 },
      { id: "c", v: 1 },
    ]);
  });

  it("re-reads totalCount on every page", async () => {
    let total = 300;
    const requests: number[] = [];
    const items = await collectPages(
      ({ offset, limit }) => {
        requests.push(offset);
        const page = { _meta: { totalCount: total }, items: ids(Math.min(limit, total - offset), offset) };
        total = 150; // the collection shrank while we read it
        return Promise.resolve(page);
      },
      { idOf: (item) => item.id },
    );
    expect(requests).toEqual([0, 100]);
    expect(items).toHaveLength(150);
  });

  it("stops when a page adds nothing new (a server that ignores offset)", async () => {
    const requests: number[] = [];
    const items = await collectPages(
      ({ offset }) => {
        requests.push(offset);
        return Promise.resolve({ items: ids(3) });
      },
      { idOf: (item) => item.id, limit: 3 },
    );
    expect(items).toHaveLength(3);
    expect(requests).toEqual([0, 3]);
  });
});
