import { describe, expect, it } from "vitest";
import { paginate } from "../../../src/simulator/http/paginate.js";

const BASE = "http://sim/mobproc/v1/assets/services";
const items = Array.from({ length: 72 }, (_, i) => i);
const link = (limit: number, offset: number) => `${BASE}?limit=${limit}&offset=${offset}`;
const page = (query: string, pageAlignedOffset = false, list = items) =>
  paginate(list, new URLSearchParams(query), BASE, { pageAlignedOffset });

describe("paginate (CONTRACT.md §7)", () => {
  it("gives the docs' example: 72 items, limit 10, offset 30 -> Start 0, Previous 20, Next 40, End 70", () => {
    expect(page("limit=10&offset=30")).toEqual({
      ok: true,
      meta: {
        href: link(10, 30),
        limit: 10,
        offset: 30,
        totalCount: 72,
        hrefStart: link(10, 0),
        hrefPrevious: link(10, 20),
        hrefNext: link(10, 40),
        hrefEnd: link(10, 70),
      },
      items: [30, 31, 32, 33, 34, 35, 36, 37, 38, 39],
    });
  });

  it.each([
    ["", { offset: 0, limit: 10, links: ["hrefNext", "hrefEnd"], first: 0, count: 10 }],
    ["offset=70", { offset: 70, limit: 10, links: ["hrefStart", "hrefPrevious"], first: 70, count: 2 }],
    ["limit=100", { offset: 0, limit: 100, links: [], first: 0, count: 72 }],
    ["limit=500", { offset: 0, limit: 100, links: [], first: 0, count: 72 }],
    [
      "limit=10&offset=5",
      {
        offset: 5,
        limit: 10,
        links: ["hrefStart", "hrefPrevious", "hrefNext", "hrefEnd"],
        first: 5,
        count: 10,
      },
    ],
    [
      "limit=10&offset=200",
      { offset: 200, limit: 10, links: ["hrefStart", "hrefPrevious", "hrefEnd"], first: undefined, count: 0 },
    ],
  ])("query %j", (query, want) => {
    const result = page(query);
    if (!result.ok) throw new Error("expected a page");
    expect(result.meta.offset).toBe(want.offset);
    expect(result.meta.limit).toBe(want.limit);
    const links = ["hrefStart", "hrefPrevious", "hrefNext", "hrefEnd"].filter((k) => k in result.meta);
    expect(links).toEqual(want.links);
    expect(result.items[0]).toBe(want.first);
    expect(result.items).toHaveLength(want.count);
  });

  it("links an offset past the end back to the last page and Previous to offset - limit", () => {
    const result = page("limit=10&offset=200");
    expect(result.ok && [result.meta.hrefPrevious, result.meta.hrefEnd]).toEqual([
      link(10, 190),
      link(10, 70),
    ]);
  });

  it("has no position links on an empty collection", () => {
    expect(page("", false, [])).toEqual({
      ok: true,
      meta: { href: link(10, 0), limit: 10, offset: 0, totalCount: 0 },
      items: [],
    });
  });

  it("echoes the other query parameters, in order, before limit and offset", () => {
    const result = paginate(items, new URLSearchParams("vendor=98&service=34415733&offset=10"), BASE, {
      pageAlignedOffset: false,
    });
    expect(result.ok && result.meta.hrefPrevious).toBe(
      `${BASE}?vendor=98&service=34415733&limit=10&offset=0`,
    );
  });

  it("with pageAlignedOffset returns the page containing offset and reports its start (F7)", () => {
    const result = page("limit=10&offset=35", true);
    expect(
      result.ok && [result.meta.offset, result.items[0], result.meta.hrefPrevious, result.meta.hrefNext],
    ).toEqual([30, 30, link(10, 20), link(10, 40)]);
  });

  it.each(["limit=0", "limit=-1", "limit=1.5", "limit=abc", "limit=", "offset=-1", "offset=2.0", "offset=x"])(
    "answers %j with 400-Pagination-error (F6)",
    (query) => {
      const result = paginate(items, new URLSearchParams(query), BASE, {
        pageAlignedOffset: false,
        errorId: () => "abc12",
      });
      const q = new URLSearchParams(query);
      expect(result).toEqual({
        ok: false,
        response: {
          status: 400,
          body: {
            errorCode: "400-Pagination-error",
            id: "abc12",
            message: `limit must be an integer from 1 and offset an integer from 0, got limit=${q.get("limit") ?? ""} offset=${q.get("offset") ?? ""}.`,
            status: 400,
          },
        },
      });
    },
  );

  it("makes a 5-12 character error id without errorId", () => {
    const result = page("limit=0");
    const id = result.ok ? "" : (result.response.body as { id: string }).id;
    expect(id).toMatch(/^[a-z0-9]{5,12}$/);
  });
});
